import { defineDocument } from '../GraphQLDocument';

export interface ProfileValueCount {
  value: string;
  count: number;
}

/** A column's latest profile; values are null when withheld (sensitive column) or masked. */
export interface ColumnProfileFields {
  /** Rows read: the whole table, or the sample when `sampled`. */
  rowCount: number;
  nullCount: number;
  /** 0–1; null when no row was read. */
  nullFraction: number | null;
  distinctCount: number;
  /** The count is of a sample's distinct values: the table may hold more. */
  distinctIsApproximate: boolean;
  min: string | null;
  max: string | null;
  topValues: ProfileValueCount[] | null;
  /**
   * No value is shown, to anyone: the column is sensitive (classified, or named for a secret or a
   * person's details), or its dataset is restricted. Values were then not read, except by a profile
   * taken before the column became sensitive (its stored values go at the next profile).
   */
  valuesWithheld: boolean;
  /** ISO 8601. */
  profiledAt: string;
  sampled: boolean;
}

export interface ProfiledField {
  urn: string;
  name: string;
  position: number;
  /** Null when the column has never been profiled. */
  profile: ColumnProfileFields | null;
}

/** The columns of a dataset with their latest profiles. */
export interface DatasetProfile {
  urn: string;
  /** Restricted datasets have every column's values withheld, whatever the column holds. */
  restricted: boolean;
  fields: ProfiledField[];
}

export const datasetProfileQuery = defineDocument<{ dataset: DatasetProfile | null }, { urn: string; columnsPage: number; columnsFrom: number }>(/* GraphQL */ `
  query DatasetProfile($urn: ID!, $columnsPage: Int!, $columnsFrom: Int!) {
    dataset(urn: $urn) {
      urn
      restricted
      fields(limit: $columnsPage, offset: $columnsFrom) {
        urn
        name
        position
        profile {
          rowCount
          nullCount
          nullFraction
          distinctCount
          distinctIsApproximate
          min
          max
          topValues {
            value
            count
          }
          valuesWithheld
          profiledAt
          sampled
        }
      }
    }
  }
`);
