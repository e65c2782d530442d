/**
 * The fields a search can be filtered on, as `SearchFilter.field` in
 * api/schema.graphql names them, with the reader's word for each. Each field is
 * also its URL parameter (`?domain=Rentals`); key order is the URL's order.
 *
 * `subtype` and `source` have no facet (the API counts none), but the API
 * filters on them, so a hand-made link such as `?subtype=VIEW` works too.
 */
export const SEARCH_FILTER_FIELD_LABELS = {
  type: 'Type',
  subtype: 'Kind',
  domain: 'Domain',
  platform: 'Platform',
  source: 'Source',
  owner: 'Owner',
  tag: 'Tag',
  term: 'Glossary term',
  // Certified datasets and products, and approved glossary terms and polysemes: the index keeps one flag for both.
  certified: 'Certified or approved',
} as const;

export type SearchFilterField = keyof typeof SEARCH_FILTER_FIELD_LABELS;

export const SEARCH_FILTER_FIELDS = Object.keys(SEARCH_FILTER_FIELD_LABELS) as SearchFilterField[];

export function isSearchFilterField(name: string): name is SearchFilterField {
  return Object.hasOwn(SEARCH_FILTER_FIELD_LABELS, name);
}

/** A filter of the search page: a known field and the values it may have (any of them). */
export interface FieldFilter {
  field: SearchFilterField;
  values: string[];
}
