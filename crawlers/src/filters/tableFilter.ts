/**
 * Include/exclude patterns for `schema.table` names, as written in polder.yaml:
 * `*` matches any run of characters except a dot, so `sales.*` is every table of
 * the sales schema and `*.tmp_*` every temp table in any schema. An empty include
 * list includes everything; exclude wins over include.
 */
export interface TableFilter {
  include: string[];
  exclude: string[];
}

export function compileTableFilter(filter: TableFilter): (qualifiedName: string) => boolean {
  const include = filter.include.map(globToRegExp);
  const exclude = filter.exclude.map(globToRegExp);
  return (name) => (include.length === 0 || include.some((re) => re.test(name))) && !exclude.some((re) => re.test(name));
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^.]*');
  return new RegExp(`^${body}$`);
}
