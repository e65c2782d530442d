import { offsetParam } from './offsetParam';

/**
 * Where each list of a page read a page at a time starts: each one's offset is a URL parameter named
 * after it (`?owns=50`), leniently read (offsetParam).
 */
export function listOffsets<List extends string>(query: Record<string, string | string[] | undefined>, lists: readonly List[]): Record<List, number> {
  return Object.fromEntries(lists.map((list) => [list, offsetParam(query[list])])) as Record<List, number>;
}

/**
 * The page at `path` showing `list` from its `from`-th item, scrolled to it (its element has the list's
 * name as id); the other lists' offsets kept, and first pages left out of the URL.
 */
export function listPageHref<List extends string>(path: string, offsets: Record<List, number>, list: NoInfer<List>, from: number): string {
  const params = new URLSearchParams();
  for (const name of Object.keys(offsets) as List[]) {
    const offset = name === list ? from : offsets[name];
    if (offset > 0) params.set(name, String(offset));
  }
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}#${list}`;
}
