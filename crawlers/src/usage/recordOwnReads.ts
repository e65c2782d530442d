/**
 * Records Polder's own reads of tables (OwnReads.ts) on their datasets, in one transaction per batch.
 * Each read goes where placeOwnReads says, by when it was counted against the dataset's last usage
 * reading:
 *
 *   usage_ownReadsPending, usage_ownReadsPendingAt   for the next reading to leave out: one entry per
 *       session, its reads and when they were counted (ISO 8601, the store's clock), as two lists of
 *       at most MAX_PENDING_OWN_READS entries (boundPending)
 *   usage_readsPerDay                                corrected, for reads the last reading held but
 *       whose rate could not leave out, because they were recorded after it; popularity is then
 *       recomputed (refreshPopularity.ts)
 *
 * The datasets are locked before their last reading is read, as recordUsageReadings.ts does before
 * writing one, so a crawl's reading and a check's own reads recorded at the same moment are applied
 * one after the other, never half of each. A dataset the graph does not hold (a table the crawler
 * skips, or not crawled yet) is passed over.
 */
import type { Driver } from 'neo4j-driver';
import { batches } from '../writer/graphWrites.ts';
import { boundPending, placeOwnReads, type LastReading, type OwnReads, type PendingOwnRead } from './OwnReads.ts';
import { LOCK_DATASETS, PENDING_OWN_READS } from './lockDatasets.ts';
import { refreshPopularity } from './refreshPopularity.ts';

export async function recordOwnReads(driver: Driver, reads: readonly OwnReads[], options: { database?: string } = {}): Promise<{ corrected: number }> {
  const byDataset = new Map<string, PendingOwnRead[]>();
  for (const { datasetUrn, reads: count, at } of reads) {
    if (count > 0) byDataset.set(datasetUrn, [...(byDataset.get(datasetUrn) ?? []), { reads: count, at }]);
  }
  let corrected = 0;
  const session = driver.session({ database: options.database });
  try {
    for (const batch of batches([...byDataset.keys()].sort())) {
      corrected += await session.executeWrite(async (tx) => {
        // Constraint: dataset_urn (migration 001).
        const last = await tx.run(
          `${LOCK_DATASETS}
           RETURN urn, d.usage_readAt AS readAt, d.usage_measuredFrom AS measuredFrom, d.usage_measuredAt AS measuredAt, d.usage_readsPerDay AS readsPerDay,
                  ${PENDING_OWN_READS} AS pending`,
          { urns: batch },
        );
        const rows = last.records.map((record) => {
          const { urn, pending, ...reading } = record.toObject() as LastReading & { urn: string; pending: PendingOwnRead[] };
          const placed = placeOwnReads(reading.readAt === null ? null : reading, byDataset.get(urn)!);
          const kept = boundPending([...pending, ...placed.pending]);
          return { urn, pendingReads: kept.map((own) => own.reads), pendingAt: kept.map((own) => own.at), correctedReadsPerDay: placed.correctedReadsPerDay };
        });
        await tx.run(
          `UNWIND $rows AS row MATCH (d:Dataset {urn: row.urn})
           SET d.usage_ownReadsPending = CASE WHEN size(row.pendingReads) > 0 THEN row.pendingReads END,
               d.usage_ownReadsPendingAt = CASE WHEN size(row.pendingAt) > 0 THEN row.pendingAt END,
               d.usage_readsPerDay = coalesce(row.correctedReadsPerDay, d.usage_readsPerDay)`,
          { rows },
        );
        return rows.filter((row) => row.correctedReadsPerDay !== null).length;
      });
    }
  } finally {
    await session.close();
  }
  // A corrected rate may move the ranking, which is global.
  if (corrected > 0) await refreshPopularity(driver, options);
  return { corrected };
}
