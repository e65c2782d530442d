/**
 * What OpenLineage says about jobs, around a dataset or a job: (Run)-[:RUN_OF]->(Job)-[:READS|WRITES]->(Dataset).
 * Every method takes a list of keys and sends one query, each key with its own window of the newest runs.
 * A job that writes a dataset hidden from the caller is hidden with its runs, and hidden datasets are left
 * out of a job's inputs and outputs (access/visibleInCypher.ts).
 */
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { inOrder } from '../../graph/inOrder.ts';
import { toDataset, toJob } from '../dataset/dataset.service.ts';
import type { Dataset } from '../dataset/dataset.type.ts';
import type { DatasetRun, Run } from './run.type.ts';
import { visibleAsset, visibleDataset } from '../access/visibleInCypher.ts';

type Props = Record<string, unknown>;

export const MAX_RUNS_PAGE = 100;

/** Which way a job meets a dataset. The relationship type is spliced into Cypher: only these two values. */
export type JobDatasetKind = 'READS' | 'WRITES';

// The newest first: by start, else by the latest event (a run whose START was never sent), then by URN.
const NEWEST_RUNS = `ORDER BY coalesce(r.startedAt, r.eventTime) DESC, r.urn LIMIT $limit`;

export class JobsService {
  constructor(private readonly graph: GraphReader) {}

  /** The newest `limit` runs of the jobs that write or read each dataset. Constraint: dataset_urn. */
  async runsOfDatasets(datasetUrns: readonly string[], limit: number): Promise<DatasetRun[][]> {
    const rows = await this.graph.read<{ key: string; run: Props; job: Props; isOutput: boolean; isInput: boolean }>(
      `UNWIND $urns AS key
       CALL (key) {
         MATCH (d:Dataset {urn: key})<-[io:READS|WRITES]-(j:Job)<-[:RUN_OF]-(r:Run)
         WHERE ${visibleDataset('d')} AND ${visibleAsset('j')}
         WITH r, j, collect(type(io)) AS roles
         ${NEWEST_RUNS}
         RETURN properties(r) AS run, properties(j) AS job, 'WRITES' IN roles AS isOutput, 'READS' IN roles AS isInput
       }
       RETURN key, run, job, isOutput, isInput`,
      { urns: datasetUrns, limit: neo4j.int(limit) },
    );
    return inOrder(datasetUrns, rows.map((row) => ({ key: row.key, value: { ...toRun(row.run, row.job), isOutput: row.isOutput, isInput: row.isInput } })));
  }

  /** The newest `limit` runs of each job. Constraint: job_urn. */
  async runsOfJobs(jobUrns: readonly string[], limit: number): Promise<Run[][]> {
    const rows = await this.graph.read<{ key: string; run: Props; job: Props }>(
      `UNWIND $urns AS key
       CALL (key) {
         MATCH (j:Job {urn: key})<-[:RUN_OF]-(r:Run) WHERE ${visibleAsset('j')}
         WITH r, j ${NEWEST_RUNS}
         RETURN properties(r) AS run, properties(j) AS job
       }
       RETURN key, run, job`,
      { urns: jobUrns, limit: neo4j.int(limit) },
    );
    return inOrder(jobUrns, rows.map((row) => ({ key: row.key, value: toRun(row.run, row.job) })));
  }

  /** The active datasets each job reads or writes, by qualified name. Constraint: job_urn. */
  async datasetsOfJobs(jobUrns: readonly string[], kind: JobDatasetKind): Promise<Dataset[][]> {
    const rows = await this.graph.read<{ key: string; dataset: Props }>(
      `UNWIND $urns AS key
       MATCH (:Job {urn: key})-[:${kind}]->(d:Dataset) WHERE d.status = 'ACTIVE' AND ${visibleDataset('d')}
       RETURN key, properties(d) AS dataset ORDER BY d.qualifiedName`,
      { urns: jobUrns },
    );
    return inOrder(jobUrns, rows.map((row) => ({ key: row.key, value: toDataset(row.dataset) })));
  }
}

function toRun(run: Props, job: Props): Run {
  return {
    urn: run.urn as string,
    runId: run.runId as string,
    state: (run.state as string | undefined) ?? 'OTHER',
    startedAt: (run.startedAt as string | undefined) ?? null,
    endedAt: (run.endedAt as string | undefined) ?? null,
    job: toJob(job),
  };
}
