import { defineDocument } from '../GraphQLDocument';
import { SEARCH_HIT_FIELDS, type SearchHitFields } from '../fragments/searchHitFields';

export interface SearchQueryVariables {
  input: { query: string; start: number; count: number };
}

export interface SearchResults {
  total: number;
  /** True when `total` is the engine's estimate, not an exact count. */
  isTotalEstimate: boolean;
  start: number;
  count: number;
  hits: SearchHitFields[];
}

export const searchQuery = defineDocument<{ search: SearchResults }, SearchQueryVariables>(
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
      }
    }
  `,
  SEARCH_HIT_FIELDS,
);
