/**
 * What OpenLineage says about jobs, around a dataset or a job: (Run)-[:RUN_OF]->(Job)-[:READS|WRITES]->(Dataset).
 * Every method takes a list of keys and sends one query, each key with its own window of the newest runs.
 * A job that writes a dataset hidden from the caller is hidden with its runs, and hidden datasets are left
 * out of a job's inputs and outputs (access/visibleInCypher.ts).
 */
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { inOrder } from '../../graph/inOrder.ts';
import { pageKeysParameter, type PageKey } from '../../graph/pageKey.ts';
import { toDataset, toJob } from '../dataset/dataset.service.ts';
import type { Dataset } from '../dataset/dataset.type.ts';
import type { DatasetRun, Run } from './run.type.ts';
import { visibleAsset, visibleDataset } from '../access/visibleInCypher.ts';

type Props = Record<string, unknown>;

export const MAX_RUNS_PAGE = 100;
/** The most datasets one page of a job's inputs or outputs holds. */
export const MAX_JOB_DATASETS_PAGE = 500;

/** A page of the datasets a job reads or writes, and how many there are in all. */
export interface JobDatasets {
  total: number;
  datasets: Dataset[];
}

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

  /**
   * A page of the active datasets each job reads or writes, by qualified name, and their count (a limit
   * of 0 asks for the count alone). They are sorted and sliced as nodes: only the page's properties are
   * read. Constraint: job_urn.
   */
  async datasetsOfJobs(keys: readonly PageKey[], kind: JobDatasetKind): Promise<JobDatasets[]> {
    const rows = await this.graph.read<{ key: number; total: number; page: Props[] }>(
      `UNWIND range(0, size($keys) - 1) AS key
       WITH key, $keys[key] AS k
       MATCH (j:Job {urn: k.urn})
       WITH key, k, COLLECT { MATCH (j)-[:${kind}]->(d:Dataset) WHERE d.status = 'ACTIVE' AND ${visibleDataset('d')} WITH d ORDER BY d.qualifiedName RETURN d } AS datasets
       RETURN key, size(datasets) AS total, [d IN datasets[k.offset..k.offset + k.limit] | properties(d)] AS page`,
      { keys: pageKeysParameter(keys) },
    );
    const byKey = new Map(rows.map((row) => [Number(row.key), row]));
    return keys.map((_, index) => {
      const row = byKey.get(index);
      return { total: Number(row?.total ?? 0), datasets: (row?.page ?? []).map(toDataset) };
    });
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
