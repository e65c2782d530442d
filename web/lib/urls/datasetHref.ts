/**
 * The dataset page of `urn`, optionally scrolled to one column.
 *
 * The URN is one path segment, so it is percent-encoded whole: its `:` `(` `,`
 * would otherwise be read as URL syntax by some clients.
 */
export function datasetHref(urn: string, column?: string): string {
  const path = `/datasets/${encodeURIComponent(urn)}`;
  return column === undefined ? path : `${path}#${encodeURIComponent(columnAnchorId(column))}`;
}

/** The `id` of a column's row in the schema table; ids may not hold white space. */
export function columnAnchorId(column: string): string {
  return `column-${column.replace(/\s/g, '_')}`;
}
