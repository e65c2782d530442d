import { defineDocument } from '../GraphQLDocument';
import { CONTRACT_CONFORMANCE_FIELDS, type ContractConformanceFields } from '../fragments/contractConformanceFields';
import { DATASET_LINK_FIELDS, type DatasetLinkFields } from '../fragments/datasetLinkFields';
import { FIELD_ROW_FIELDS, type FieldRowFields } from '../fragments/fieldRowFields';
import { OWNER_FIELDS, type OwnerFields } from '../fragments/ownerFields';
import type { RunFields } from '../fragments/runFields';
import { TERM_LINK_FIELDS, type TermLinkFields } from '../fragments/termLinkFields';

/** An owner of a dataset or data product, with the person or team it names. */
export type DatasetOwner = OwnerFields;

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
  /** May mark it restricted, or lift the restriction: the rule `setRestricted` enforces. */
  viewerCanRestrict: boolean;
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
  /** The SQL of a view, as its store reports it; null for anything else. */
  viewDefinition: string | null;
  /** The newest runs of the jobs that write or read it (OpenLineage), newest started first. */
  runs: DatasetRunFields[];
  /** For a crawled table: how it keeps each data contract that describes it; empty when none does. */
  contractConformance: ContractConformanceFields[];
}

/** A run of a job that writes or reads the dataset, and which of the two. */
export interface DatasetRunFields extends RunFields {
  job: { urn: string; name: string; namespace: string };
  /** Its job writes the dataset. */
  isOutput: boolean;
  /** Its job reads the dataset. */
  isInput: boolean;
}

export const datasetQuery = defineDocument<
  { dataset: DatasetDetail | null },
  { urn: string; pageSize: number; columnsPage: number; columnsFrom: number; upstreamFrom: number; downstreamFrom: number; partitionsFrom: number; runs: number }
>(
  /* GraphQL */ `
    query Dataset($urn: ID!, $pageSize: Int!, $columnsPage: Int!, $columnsFrom: Int!, $upstreamFrom: Int!, $downstreamFrom: Int!, $partitionsFrom: Int!, $runs: Int!) {
      dataset(urn: $urn) {
        ...DatasetLinkFields
        subtype
        description
        version
        owners {
          ...OwnerFields
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
        viewerCanRestrict
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
        viewDefinition
        runs(limit: $runs) {
          urn
          runId
          state
          startedAt
          endedAt
          job {
            urn
            name
            namespace
          }
          isOutput
          isInput
        }
        contractConformance {
          ...ContractConformanceFields
        }
      }
    }
  `,
  DATASET_LINK_FIELDS,
  FIELD_ROW_FIELDS,
  TERM_LINK_FIELDS,
  OWNER_FIELDS,
  CONTRACT_CONFORMANCE_FIELDS,
);
