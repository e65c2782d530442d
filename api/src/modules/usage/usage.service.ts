/** Reads datasets by usage. */
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { visibleDataset } from '../access/visibleInCypher.ts';
import { toDataset } from '../dataset/dataset.service.ts';
import type { Dataset } from '../dataset/dataset.type.ts';

export class UsageService {
  constructor(private readonly graph: GraphReader) {}

  /**
   * The most popular datasets the caller may see; only those measured and used (popularity above 0).
   * Not a partition: its reads are its partitioned table's too (crawlers/src/sources/postgres/extract.ts),
   * and that table is what people query and look for.
   */
  // Index: dataset_popularity (migration 009): a range seek, in popularity order.
  async popularDatasets(count: number): Promise<Dataset[]> {
    const rows = await this.graph.read<{ props: Record<string, unknown> }>(
      `MATCH (d:Dataset) WHERE d.popularity > 0 AND d.status = 'ACTIVE' AND ${visibleDataset('d')}
         AND NOT EXISTS { (d)-[:PARTITION_OF]->(:Dataset {status: 'ACTIVE'}) }
       RETURN properties(d) AS props
       ORDER BY d.popularity DESC, coalesce(d.usage_readsPerDay, 0) + coalesce(d.usage_jobRunsPerDay, 0) DESC, d.qualifiedName
       LIMIT $count`,
      { count: neo4j.int(count) },
    );
    return rows.map((row) => toDataset(row.props));
  }
}
