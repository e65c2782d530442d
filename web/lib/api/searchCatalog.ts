import 'server-only';

import { searchPageStart } from '../search/searchPageStart';

import type { ApiResult } from './ApiResult';
import type { FacetFields } from './fragments/facetFields';
import { catalogSearchQuery, type CatalogSearchResults } from './queries/catalogSearchQuery';
import { searchFacetsQuery } from './queries/searchFacetsQuery';
import type { SearchFilter, SearchInput } from './queries/searchInput';
import { requestGraphQL } from './requestGraphQL';
import type { EntityType, SearchSort } from './schemaEnums';

/** Hits per page; also the API's default `count`. */
export const SEARCH_PAGE_SIZE = 20;

/** The kinds of assets that have a trust score. */
const SCORED_TYPES = new Set<EntityType>(['DATASET', 'DATA_PRODUCT']);

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
 * One page of catalog search results, with facet counts for narrowing it, the
 * meanings of a polyseme the query names, and each dataset's and product's
 * trust score.
 *
 * The API counts facets over the assets that pass every filter, so a filtered
 * field would only list the values already chosen, and a second value of it
 * (ORed with the first) could never be picked. So each filtered field's facet
 * is counted by one more search that leaves that field's own filter out: the
 * counts then say how many results each value would add. These run in parallel.
 * Each hit's trust score comes with it (the graph's, the one the dataset page shows).
 *
 * A page past the hits the API pages through (searchPageStart) is not asked
 * for: it would be refused. Only its total and facets are, and it has no hits,
 * so the page says it is past the last result.
 */
export async function searchCatalog({ query, page, sort, filters }: CatalogSearch): Promise<ApiResult<CatalogSearchResults>> {
  const start = searchPageStart(page, SEARCH_PAGE_SIZE);
  // `count: 1` past the reachable pages: the API wants at least one hit, which is dropped.
  const hitRange = start === null ? { start: 0, count: 1 } : { start, count: SEARCH_PAGE_SIZE };
  const searching = requestGraphQL(catalogSearchQuery, {
    input: { query, ...hitRange, orFilters: orFilters(filters), sort },
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
  // A badge for the kinds of assets that have a score ("not scored yet" included), none for the others.
  const served = start === null ? [] : results.data.search.hits;
  const hits = served.map(({ trustScore, ...hit }) => (SCORED_TYPES.has(hit.type) ? { ...hit, trustScore } : hit));
  return { ok: true, data: { ...results.data.search, hits, count: hits.length, facets } };
}

/** The filters as the API takes them: all ANDed, so one group. */
function orFilters(filters: SearchFilter[]): SearchInput['orFilters'] {
  return filters.length === 0 ? [] : [{ and: filters }];
}
