import { MAX_SEARCH_HITS } from './searchLimits';

/**
 * The last page of `total` results that shows any: where a page past the end
 * leads back to. Never past the MAX_SEARCH_HITS the API pages through (see
 * searchPageStart), which would be past the end again; page 1 when there are none.
 */
export function lastSearchPage(total: number, pageSize: number): number {
  return Math.max(1, Math.min(Math.ceil(total / pageSize), Math.floor(MAX_SEARCH_HITS / pageSize)));
}
