import { defineDocument } from '../GraphQLDocument';
import { FACET_FIELDS } from '../fragments/facetFields';
import { SEARCH_HIT_FIELDS, type SearchHitFields } from '../fragments/searchHitFields';
import type { SearchInput } from './searchInput';
import type { SearchResults } from './searchQuery';

/** One sense of a polyseme: what the word means in one domain. */
export interface SearchMeaningSense {
  urn: string;
  name: string;
  definition: string | null;
  /** The glossary holding it: `enterprise` or a domain id. */
  glossary: string;
  domain: { id: string; name: string } | null;
}

/** A polyseme the query names ("which meaning?"), with its senses. */
export interface SearchMeaning {
  urn: string;
  label: string;
  description: string | null;
  senses: SearchMeaningSense[];
}

/** The search page's answer: a page of hits, each with its trust score, facets, and the meanings of the words searched for. */
export interface CatalogSearchResponse extends Omit<SearchResults, 'hits'> {
  hits: Array<SearchHitFields & { trustScore: number | null; partitionOf: { urn: string; name: string } | null }>;
  meanings: SearchMeaning[];
}

/** A hit as the search page shows it. */
export interface CatalogSearchHit extends SearchHitFields {
  /** 0–100; null for a dataset or product not scored yet; undefined for kinds of assets that have no score. */
  trustScore?: number | null;
  /** For a partition, its partitioned table. */
  partitionOf?: { urn: string; name: string } | null;
}

export interface CatalogSearchResults extends Omit<CatalogSearchResponse, 'hits'> {
  hits: CatalogSearchHit[];
}

// `meanings` costs the API one more small index query (beside the search), `trustScore` and `partitionOf` one graph query each for the page; only this page asks for them.
export const catalogSearchQuery = defineDocument<{ search: CatalogSearchResponse }, { input: SearchInput }>(
  /* GraphQL */ `
    query CatalogSearch($input: SearchInput!) {
      search(input: $input) {
        total
        isTotalEstimate
        start
        count
        hits {
          ...SearchHitFields
          trustScore
          partitionOf {
            urn
            name
          }
        }
        facets {
          ...FacetFields
        }
        meanings {
          urn
          label
          description
          senses {
            urn
            name
            definition
            glossary
            domain {
              id
              name
            }
          }
        }
      }
    }
  `,
  SEARCH_HIT_FIELDS,
  FACET_FIELDS,
);
