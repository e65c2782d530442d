/**
 * Records Polder's own reads of tables (OwnReads.ts) on their datasets, to be left out of the
 * rate the next usage reading gives (recordUsageReadings.ts), in one statement per batch:
 *
 *   usage_ownReads        the reads recorded since the last usage reading, summed
 *   usage_ownReadsUntil   when the latest of them were counted (ISO 8601, the store's clock)
 *
 * A dataset the graph does not hold (a table the crawler skips, or not crawled yet) is passed over.
 */
import type { Driver } from 'neo4j-driver';
import { batches } from '../writer/graphWrites.ts';
import type { OwnReads } from './OwnReads.ts';

export async function recordOwnReads(driver: Driver, reads: readonly OwnReads[], options: { database?: string } = {}): Promise<void> {
  // One row per dataset, so no row of the statement has to see another's write.
  const byDataset = new Map<string, OwnReads>();
  for (const read of reads) {
    const seen = byDataset.get(read.datasetUrn);
    byDataset.set(read.datasetUrn, seen ? { datasetUrn: read.datasetUrn, reads: seen.reads + read.reads, at: Date.parse(read.at) > Date.parse(seen.at) ? read.at : seen.at } : read);
  }
  for (const batch of batches([...byDataset.values()])) {
    // Constraint: dataset_urn (migration 001).
    await driver.executeQuery(
      `UNWIND $reads AS read
       MATCH (d:Dataset {urn: read.datasetUrn})
       SET d.usage_ownReads = coalesce(d.usage_ownReads, 0) + read.reads,
           d.usage_ownReadsUntil = CASE WHEN d.usage_ownReadsUntil IS NULL OR datetime(d.usage_ownReadsUntil) < datetime(read.at) THEN read.at ELSE d.usage_ownReadsUntil END`,
      { reads: batch },
      { database: options.database },
    );
  }
}
