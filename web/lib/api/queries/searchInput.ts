import type { SearchSort } from '../schemaEnums';

/** One condition of a search: `field` has any of `values`. (The web never sends `negated` yet.) */
export interface SearchFilter {
  field: string;
  values: string[];
}

/** The API's `SearchInput`; `orFilters` groups are ORed, the conditions inside a group ANDed. */
export interface SearchInput {
  query: string;
  start: number;
  count: number;
  orFilters: Array<{ and: SearchFilter[] }>;
  sort: SearchSort;
}
