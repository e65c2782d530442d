import 'server-only';

import type { ApiResult } from './ApiResult';
import { searchQuery, type SearchResults } from './queries/searchQuery';
import { requestGraphQL } from './requestGraphQL';

/** Hits per page; also the API's default `count`. */
export const SEARCH_PAGE_SIZE = 20;

/** One page (1-based) of catalog search results. An empty query lists everything. */
export async function searchCatalog(query: string, page: number): Promise<ApiResult<SearchResults>> {
  const result = await requestGraphQL(searchQuery, {
    input: { query, start: (page - 1) * SEARCH_PAGE_SIZE, count: SEARCH_PAGE_SIZE },
  });
  return result.ok ? { ok: true, data: result.data.search } : result;
}
