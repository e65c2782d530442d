import { defineDocument } from '../GraphQLDocument';

/** A dataset carrying a term: on itself, on some of its columns, or both. */
export interface CarryingDatasetEntry {
  dataset: { urn: string; name: string; qualifiedName: string | null; domain: { name: string } | null };
  carriesItself: boolean;
  columns: Array<{ urn: string; name: string }>;
}

export interface TermCarriersPage {
  total: number;
  datasets: CarryingDatasetEntry[];
}

export const termCarriersQuery = defineDocument<
  { glossaryTerm: { carryingDatasets: TermCarriersPage } | null },
  { urn: string; limit: number; offset: number }
>(/* GraphQL */ `
  query TermCarriers($urn: ID!, $limit: Int!, $offset: Int!) {
    glossaryTerm(urn: $urn) {
      carryingDatasets(limit: $limit, offset: $offset) {
        total
        datasets {
          dataset {
            urn
            name
            qualifiedName
            domain {
              name
            }
          }
          carriesItself
          columns {
            urn
            name
          }
        }
      }
    }
  }
`);
