import { defineDocument } from '../GraphQLDocument';

/** A dataset's columns as choices: their URNs and names, in position order. */
export interface DatasetColumns {
  urn: string;
  name: string;
  qualifiedName: string;
  /** How many columns it has: more than `fields` when they fill more than one page. */
  fieldCount: number;
  fields: Array<{ urn: string; name: string }>;
}

export const datasetColumnsQuery = defineDocument<{ dataset: DatasetColumns | null }, { urn: string; limit: number }>(/* GraphQL */ `
  query DatasetColumns($urn: ID!, $limit: Int!) {
    dataset(urn: $urn) {
      urn
      name
      qualifiedName
      fieldCount
      fields(limit: $limit) {
        urn
        name
      }
    }
  }
`);
