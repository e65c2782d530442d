import { DATA_PRODUCT_SUMMARY_FIELDS, type DataProductSummaryFields } from './dataProductSummaryFields';
import type { OwnerFields } from './ownerFields';

/** A domain with what it holds, counted, and the products it publishes. */
export const DOMAIN_SUMMARY_FIELDS = /* GraphQL */ `
  fragment DomainSummaryFields on Domain {
    urn
    id
    name
    description
    owners {
      ...OwnerFields
    }
    datasetCount
    sourceCount
    dataProductCount
    dataProducts {
      ...DataProductSummaryFields
    }
  }
  ${DATA_PRODUCT_SUMMARY_FIELDS}
`;
// OwnerFields comes with DATA_PRODUCT_SUMMARY_FIELDS: a document may define a fragment only once.

export interface DomainSummaryFields {
  urn: string;
  /** Short id from polder.yaml, e.g. `rentals`. */
  id: string;
  name: string;
  description: string | null;
  owners: OwnerFields[];
  /** Crawled datasets; the schema objects contracts declare are not counted. */
  datasetCount: number;
  sourceCount: number;
  dataProductCount: number;
  dataProducts: DataProductSummaryFields[];
}
