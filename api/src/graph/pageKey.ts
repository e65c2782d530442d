import neo4j from 'neo4j-driver';

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

/** Page keys as a query's `$keys`: Neo4j slices lists by integers, not by floats. */
export function pageKeysParameter(keys: readonly PageKey[]): Array<{ urn: string; offset: unknown; limit: unknown }> {
  return keys.map(({ urn, offset, limit }) => ({ urn, offset: neo4j.int(offset), limit: neo4j.int(limit) }));
}
