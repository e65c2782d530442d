/**
 * The runs of the jobs around a dataset (OpenLineage): (Run)-[:RUN_OF]->(Job)-[:READS|WRITES]->(Dataset).
 * One query for a list of datasets, each with its own window of the newest runs.
 */
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { toJob } from '../dataset/dataset.service.ts';
import type { DatasetRun } from './datasetRun.type.ts';
import { visibleAsset, visibleDataset } from '../access/visibleInCypher.ts';

type Props = Record<string, unknown>;

export const MAX_DATASET_RUNS = 100;

export class JobRunsService {
  constructor(private readonly graph: GraphReader) {}

  /**
   * The newest `limit` runs of the jobs that write or read each dataset, newest started first. A job that
   * writes a dataset hidden from the caller is hidden with its runs (access/visibleInCypher.ts), even
   * beside a dataset they may see. Constraint: dataset_urn.
   */
  async runsOfDatasets(datasetUrns: readonly string[], limit: number): Promise<DatasetRun[][]> {
    const rows = await this.graph.read<{ key: string; run: Props; job: Props; isOutput: boolean; isInput: boolean }>(
      `UNWIND $urns AS key
       CALL (key) {
         MATCH (d:Dataset {urn: key})<-[io:READS|WRITES]-(j:Job)<-[:RUN_OF]-(r:Run)
         WHERE ${visibleDataset('d')} AND ${visibleAsset('j')}
         WITH r, j, collect(type(io)) AS roles
         ORDER BY coalesce(r.startedAt, r.eventTime) DESC, r.urn LIMIT $limit
         RETURN properties(r) AS run, properties(j) AS job, 'WRITES' IN roles AS isOutput, 'READS' IN roles AS isInput
       }
       RETURN key, run, job, isOutput, isInput`,
      { urns: datasetUrns, limit: neo4j.int(limit) },
    );
    const byDataset = new Map<string, DatasetRun[]>(datasetUrns.map((urn) => [urn, []]));
    for (const row of rows) {
      byDataset.get(row.key)?.push({
        urn: row.run.urn as string,
        runId: row.run.runId as string,
        state: (row.run.state as string | undefined) ?? 'OTHER',
        startedAt: (row.run.startedAt as string | undefined) ?? null,
        endedAt: (row.run.endedAt as string | undefined) ?? null,
        job: toJob(row.job),
        isOutput: row.isOutput,
        isInput: row.isInput,
      });
    }
    return datasetUrns.map((urn) => byDataset.get(urn)!);
  }
}
