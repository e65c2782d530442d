/** One page of a list that belongs to one node (a term's children, a job's inputs): whose, and which page. */
export interface PageKey {
  urn: string;
  limit: number;
  offset: number;
}

/** DataLoader's cache key of a PageKey: the same page of the same node's list is loaded once per request. */
export function pageCacheKey(key: PageKey): string {
  return `${key.urn}\u0000${key.limit}\u0000${key.offset}`;
}
