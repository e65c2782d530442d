import { defineDocument } from '../GraphQLDocument';
import { FACET_FIELDS, type FacetFields } from '../fragments/facetFields';
import { SEARCH_HIT_FIELDS, type SearchHitFields } from '../fragments/searchHitFields';
import type { SearchInput } from './searchInput';

export interface SearchResults {
  total: number;
  /** True when `total` is the engine's estimate, not an exact count. */
  isTotalEstimate: boolean;
  start: number;
  count: number;
  hits: SearchHitFields[];
  facets: FacetFields[];
}

export const searchQuery = defineDocument<{ search: SearchResults }, { input: SearchInput }>(
  /* GraphQL */ `
    query Search($input: SearchInput!) {
      search(input: $input) {
        total
        isTotalEstimate
        start
        count
        hits {
          ...SearchHitFields
        }
        facets {
          ...FacetFields
        }
      }
    }
  `,
  SEARCH_HIT_FIELDS,
  FACET_FIELDS,
);
