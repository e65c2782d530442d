/**
 * Writes one run's profiles to the graph in one transaction, one UNWIND statement:
 *
 *   (ProfileRun)-[:PROFILES]->(Dataset)        created: one per dataset and run; the newest
 *                                              PROFILE_HISTORY runs of a dataset are kept
 *   (ColumnProfile)-[:PROFILES]->(Field)       merged: the latest profile of the column
 *
 * A dataset or column no longer in the graph (dropped and re-crawled while the
 * run went on) is skipped, and counted.
 */
// Constraints: profilerun_urn, columnprofile_urn (migration 008); dataset_urn, field_urn (migration 001).
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { inWriteTransaction } from '@polder/runtime';
import type { ProfileGraphRow } from './profileGraphRows.ts';

/** How many runs of a dataset are kept: enough to see a trend, few enough to cost nothing. */
export const PROFILE_HISTORY = 10;

export interface ProfileWriteCounts {
  datasets: number;
  columns: number;
  /** Datasets not in the graph any more. */
  missingDatasets: number;
  prunedRuns: number;
}

const WRITE_RUN = `
UNWIND $rows AS row
OPTIONAL MATCH (d:Dataset {urn: row.datasetUrn})
CALL (d, row) {
  WITH * WHERE d IS NOT NULL
  CREATE (run:ProfileRun:Entity {urn: row.runUrn})
  SET run += row.runProps, run.provider = row.provider, run.status = 'ACTIVE', run.createdAt = $now, run.updatedAt = $now
  CREATE (run)-[:PROFILES {provider: row.provider}]->(d)
  WITH d, row
  UNWIND row.columns AS col
  MATCH (d)-[:HAS_FIELD]->(f:Field {urn: col.fieldUrn})
  MERGE (p:ColumnProfile {urn: col.profileUrn})
    ON CREATE SET p:Entity, p.createdAt = $now
  SET p += col.props, p.provider = row.provider, p.status = 'ACTIVE', p.updatedAt = $now
  MERGE (p)-[:PROFILES {provider: row.provider}]->(f)
  RETURN count(p) AS columns
}
CALL (d) {
  WITH * WHERE d IS NOT NULL
  MATCH (old:ProfileRun)-[:PROFILES]->(d)
  WITH old ORDER BY old.profiledAt DESC, old.urn DESC SKIP $keep
  DETACH DELETE old
  RETURN count(*) AS pruned
}
RETURN d IS NOT NULL AS found, columns, pruned`;

export async function writeProfiles(driver: Driver, rows: readonly ProfileGraphRow[], options: { database?: string; now?: Date } = {}): Promise<ProfileWriteCounts> {
  const counts: ProfileWriteCounts = { datasets: 0, columns: 0, missingDatasets: 0, prunedRuns: 0 };
  if (rows.length === 0) return counts;
  const now = (options.now ?? new Date()).toISOString();
  const records = await inWriteTransaction(driver, options.database, async (tx) => (await tx.run(WRITE_RUN, { rows, now, keep: neo4j.int(PROFILE_HISTORY) })).records);
  for (const record of records) {
    if (record.get('found') !== true) {
      counts.missingDatasets++;
      continue;
    }
    counts.datasets++;
    counts.columns += toNumber(record.get('columns'));
    counts.prunedRuns += toNumber(record.get('pruned'));
  }
  return counts;
}

// Neo4j integers arrive as the driver's Integer unless the driver was told otherwise.
function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : value === null || value === undefined ? 0 : Number((value as { toNumber(): number }).toNumber());
}
