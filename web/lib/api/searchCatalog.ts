import 'server-only';

import type { ApiResult } from './ApiResult';
import type { FacetFields } from './fragments/facetFields';
import { searchFacetsQuery } from './queries/searchFacetsQuery';
import type { SearchFilter, SearchInput } from './queries/searchInput';
import { searchQuery, type SearchResults } from './queries/searchQuery';
import { requestGraphQL } from './requestGraphQL';
import type { SearchSort } from './schemaEnums';

/** Hits per page; also the API's default `count`. */
export const SEARCH_PAGE_SIZE = 20;

export interface CatalogSearch {
  /** Empty lists everything. */
  query: string;
  /** 1-based. */
  page: number;
  sort: SearchSort;
  /** Conditions that must all hold, one per field; each matches any of its values. */
  filters: SearchFilter[];
}

/**
 * One page of catalog search results, with facet counts for narrowing it.
 *
 * The API counts facets over the assets that pass every filter, so a filtered
 * field would only list the values already chosen, and a second value of it
 * (ORed with the first) could never be picked. So each filtered field's facet
 * is counted by one more search that leaves that field's own filter out: the
 * counts then say how many results each value would add. These run in parallel.
 */
export async function searchCatalog({ query, page, sort, filters }: CatalogSearch): Promise<ApiResult<SearchResults>> {
  const searching = requestGraphQL(searchQuery, {
    input: { query, start: (page - 1) * SEARCH_PAGE_SIZE, count: SEARCH_PAGE_SIZE, orFilters: orFilters(filters), sort },
  });
  // `count: 1` because the API wants at least one hit; it is not read.
  const counting = filters.map((omitted) =>
    requestGraphQL(searchFacetsQuery, {
      input: { query, count: 1, orFilters: orFilters(filters.filter((filter) => filter !== omitted)) },
    }),
  );
  const [results, recounts] = await Promise.all([searching, Promise.all(counting)]);
  if (!results.ok) return results;

  const recounted = new Map<string, FacetFields>();
  for (const [index, recount] of recounts.entries()) {
    if (!recount.ok) return recount;
    const { field } = filters[index]!;
    const facet = recount.data.search.facets.find((candidate) => candidate.field === field);
    if (facet) recounted.set(field, facet);
  }
  const facets = results.data.search.facets.map((facet) => recounted.get(facet.field) ?? facet);
  return { ok: true, data: { ...results.data.search, facets } };
}

/** The filters as the API takes them: all ANDed, so one group. */
function orFilters(filters: SearchFilter[]): SearchInput['orFilters'] {
  return filters.length === 0 ? [] : [{ and: filters }];
}
