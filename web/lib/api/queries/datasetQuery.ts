import { defineDocument } from '../GraphQLDocument';
import { DATASET_LINK_FIELDS, type DatasetLinkFields } from '../fragments/datasetLinkFields';
import { FIELD_ROW_FIELDS, type FieldRowFields } from '../fragments/fieldRowFields';

export interface DatasetDetail extends Omit<DatasetLinkFields, 'domain'> {
  subtype: string;
  description: string | null;
  domain: { id: string; name: string; description: string | null } | null;
  source: { id: string; kind: string } | null;
  rowEstimate: number | null;
  fields: FieldRowFields[];
  upstream: DatasetLinkFields[];
  downstream: DatasetLinkFields[];
}

export const datasetQuery = defineDocument<{ dataset: DatasetDetail | null }, { urn: string }>(
  /* GraphQL */ `
    query Dataset($urn: ID!) {
      dataset(urn: $urn) {
        ...DatasetLinkFields
        subtype
        description
        domain {
          id
          name
          description
        }
        source {
          id
          kind
        }
        rowEstimate
        fields {
          ...FieldRowFields
        }
        upstream {
          ...DatasetLinkFields
        }
        downstream {
          ...DatasetLinkFields
        }
      }
    }
  `,
  DATASET_LINK_FIELDS,
  FIELD_ROW_FIELDS,
);
