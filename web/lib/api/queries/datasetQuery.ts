import { defineDocument } from '../GraphQLDocument';
import { DATASET_LINK_FIELDS, type DatasetLinkFields } from '../fragments/datasetLinkFields';
import { FIELD_ROW_FIELDS, type FieldRowFields } from '../fragments/fieldRowFields';
import { TERM_LINK_FIELDS, type TermLinkFields } from '../fragments/termLinkFields';
import type { OwnershipType } from '../schemaEnums';

export interface DatasetOwner {
  name: string;
  type: OwnershipType;
  /** Set by a person through Polder, rather than declared by the source. */
  edited: boolean;
}

export interface DatasetCertification {
  /** Certified and not expired. */
  active: boolean;
  by: string;
  at: string;
  expiresAt: string;
  note: string | null;
}

/** A page of related datasets, and how many there are in all. */
export interface DatasetLinkPage {
  total: number;
  datasets: DatasetLinkFields[];
}

export interface DatasetDetail extends Omit<DatasetLinkFields, 'domain'> {
  subtype: string;
  description: string | null;
  /** Pass back as `expectedVersion` with an edit: the API refuses it if someone edited since. */
  version: number;
  owners: DatasetOwner[];
  tags: string[];
  certification: DatasetCertification | null;
  restricted: boolean;
  /** Null when masked (restricted, and the viewer is outside its domain). */
  classifications: string[] | null;
  terms: TermLinkFields[];
  viewerCanEdit: boolean;
  viewerCanAssignTerms: boolean;
  domain: { id: string; name: string; description: string | null } | null;
  source: { id: string; kind: string } | null;
  rowEstimate: number | null;
  /** How many columns it has; `fields` holds one page of them. */
  fieldCount: number;
  fields: FieldRowFields[];
  upstream: DatasetLinkPage;
  downstream: DatasetLinkPage;
  /** For a partition, the partitioned table it is part of. */
  partitionOf: DatasetLinkFields | null;
  /** For a partitioned table, its partitions, by name. */
  partitions: DatasetLinkPage;
  /** The data products that expose it as an output port. */
  dataProducts: Array<{ urn: string; name: string }>;
}

export const datasetQuery = defineDocument<
  { dataset: DatasetDetail | null },
  { urn: string; pageSize: number; columnsPage: number; columnsFrom: number; upstreamFrom: number; downstreamFrom: number; partitionsFrom: number }
>(
  /* GraphQL */ `
    query Dataset($urn: ID!, $pageSize: Int!, $columnsPage: Int!, $columnsFrom: Int!, $upstreamFrom: Int!, $downstreamFrom: Int!, $partitionsFrom: Int!) {
      dataset(urn: $urn) {
        ...DatasetLinkFields
        subtype
        description
        version
        owners {
          name
          type
          edited
        }
        tags
        certification {
          active
          by
          at
          expiresAt
          note
        }
        restricted
        classifications
        terms {
          ...TermLinkFields
        }
        viewerCanEdit
        viewerCanAssignTerms
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
        fieldCount
        fields(limit: $columnsPage, offset: $columnsFrom) {
          ...FieldRowFields
        }
        upstream(limit: $pageSize, offset: $upstreamFrom) {
          total
          datasets {
            ...DatasetLinkFields
          }
        }
        downstream(limit: $pageSize, offset: $downstreamFrom) {
          total
          datasets {
            ...DatasetLinkFields
          }
        }
        partitionOf {
          ...DatasetLinkFields
        }
        partitions(limit: $pageSize, offset: $partitionsFrom) {
          total
          datasets {
            ...DatasetLinkFields
          }
        }
        dataProducts {
          urn
          name
        }
      }
    }
  `,
  DATASET_LINK_FIELDS,
  FIELD_ROW_FIELDS,
  TERM_LINK_FIELDS,
);
