import { defineDocument } from '../GraphQLDocument';
import { DATASET_LINK_FIELDS, type DatasetLinkFields } from '../fragments/datasetLinkFields';
import { RUN_FIELDS, type RunFields } from '../fragments/runFields';

/** A job (from OpenLineage) with its SQL, its newest runs, and a page each of the datasets it reads and writes. */
export interface JobDetail {
  urn: string;
  /** OpenLineage namespace, e.g. the scheduler that runs it. */
  namespace: string;
  name: string;
  description: string | null;
  /** The SQL it runs, when its producer reports it. */
  sql: string | null;
  /** Newest started first. */
  runs: RunFields[];
  inputCount: number;
  inputs: DatasetLinkFields[];
  outputCount: number;
  outputs: DatasetLinkFields[];
}

export const jobQuery = defineDocument<
  { job: JobDetail | null },
  { urn: string; runs: number; pageSize: number; inputsFrom: number; outputsFrom: number }
>(
  /* GraphQL */ `
    query Job($urn: ID!, $runs: Int!, $pageSize: Int!, $inputsFrom: Int!, $outputsFrom: Int!) {
      job(urn: $urn) {
        urn
        namespace
        name
        description
        sql
        runs(limit: $runs) {
          ...RunFields
        }
        inputCount
        inputs(limit: $pageSize, offset: $inputsFrom) {
          ...DatasetLinkFields
        }
        outputCount
        outputs(limit: $pageSize, offset: $outputsFrom) {
          ...DatasetLinkFields
        }
      }
    }
  `,
  RUN_FIELDS,
  DATASET_LINK_FIELDS,
);
