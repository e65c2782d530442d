/** One facet of a search: a filter field and its values among the matching assets. */
export const FACET_FIELDS = /* GraphQL */ `
  fragment FacetFields on Facet {
    field
    values {
      value
      count
    }
  }
`;

export interface FacetFields {
  /** A filter field: type, domain, platform, owner, tag, term or certified. */
  field: string;
  /** Most frequent first; `count` is over all matching assets, not one page. */
  values: Array<{ value: string; count: number }>;
}
