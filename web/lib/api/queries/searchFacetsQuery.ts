import { defineDocument } from '../GraphQLDocument';
import { FACET_FIELDS, type FacetFields } from '../fragments/facetFields';
import type { SearchInput } from './searchInput';

/** Only the facet counts of a search; the hits it must still return are not read. */
export const searchFacetsQuery = defineDocument<
  { search: { facets: FacetFields[] } },
  { input: Pick<SearchInput, 'query' | 'count' | 'orFilters'> }
>(
  /* GraphQL */ `
    query SearchFacets($input: SearchInput!) {
      search(input: $input) {
        facets {
          ...FacetFields
        }
      }
    }
  `,
  FACET_FIELDS,
);
