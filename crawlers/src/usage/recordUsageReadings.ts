/**
 * Records a crawl's usage readings on its datasets, with the rate since the
 * previous crawl's reading (usageRate.ts).
 *
 * The counters are not crawled properties, though the crawl reads them: they
 * move with every query against the table, and crawled properties are
 * content-hashed, so every re-crawl would rewrite every used table, refresh
 * its search document and queue its trust and policy assessments, for nothing
 * a reader sees. They are kept instead in the `usage_*` properties of the
 * dataset, owned by this module (as `editable_*` are owned by the edits):
 *
 *   usage_signal, usage_reads, usage_writes, usage_readAt, usage_countingSince   the last reading
 *   usage_readsPerDay, usage_writesPerDay, usage_measuredFrom, usage_measuredAt  the rate it gave
 *
 * The rate leaves out Polder's own reads recorded since the last reading (usage_ownReadsPending,
 * recordOwnReads.ts) that this reading's counters hold; those it does not hold yet stay for the next.
 * The datasets are locked first, so own reads recorded meanwhile wait and then see this reading.
 *
 * What reaches readers is the popularity computed from the rates (refreshPopularity.ts).
 */
import type { Driver } from 'neo4j-driver';
import { batches } from '../writer/graphWrites.ts';
import { pendingOwnReads, type PendingOwnRead } from './OwnReads.ts';
import { LOCK_DATASETS, PENDING_OWN_READS } from './lockDatasets.ts';
import type { UsageReading } from './UsageReading.ts';
import { usageRate, type PreviousReading } from './usageRate.ts';

export async function recordUsageReadings(driver: Driver, readings: UsageReading[], options: { database?: string } = {}): Promise<{ recorded: number; withRate: number }> {
  let withRate = 0;
  const session = driver.session({ database: options.database });
  try {
    // In URN order, as recordOwnReads.ts locks them, so the two cannot deadlock.
    for (const batch of batches([...readings].sort((a, b) => (a.datasetUrn < b.datasetUrn ? -1 : a.datasetUrn > b.datasetUrn ? 1 : 0)))) {
      withRate += await session.executeWrite(async (tx) => {
        // Constraint: dataset_urn (migration 001).
        const previous = await tx.run(
          `${LOCK_DATASETS}
           RETURN urn, d.usage_signal AS signal, d.usage_reads AS reads, d.usage_writes AS writes, d.usage_readAt AS readAt, d.usage_countingSince AS countingSince,
                  ${PENDING_OWN_READS} AS ownReads`,
          { urns: batch.map((reading) => reading.datasetUrn) },
        );
        const before = new Map(previous.records.map((record) => [record.get('urn') as string, record.toObject() as PreviousReading & { ownReads: PendingOwnRead[] }]));
        const rows = batch.map((reading) => {
          const last = before.get(reading.datasetUrn);
          const own = pendingOwnReads(last?.ownReads ?? [], reading.readAt);
          const rate = usageRate(last?.readAt ? last : null, reading, own.subtract);
          return {
            urn: reading.datasetUrn,
            props: {
              usage_signal: reading.signal,
              usage_reads: reading.reads,
              usage_writes: reading.writes,
              usage_readAt: reading.readAt,
              usage_countingSince: reading.countingSince,
              usage_readsPerDay: rate?.readsPerDay ?? null,
              usage_writesPerDay: rate?.writesPerDay ?? null,
              usage_measuredFrom: rate?.measuredFrom ?? null,
              usage_measuredAt: rate?.measuredAt ?? null,
              // The datasets are locked: nothing was recorded since they were read.
              usage_ownReadsPending: own.keep.length > 0 ? own.keep.map((kept) => kept.reads) : null,
              usage_ownReadsPendingAt: own.keep.length > 0 ? own.keep.map((kept) => kept.at) : null,
            },
          };
        });
        await tx.run(`UNWIND $rows AS row MATCH (d:Dataset {urn: row.urn}) SET d += row.props`, { rows });
        return rows.filter((row) => row.props.usage_readsPerDay !== null).length;
      });
    }
  } finally {
    await session.close();
  }
  return { recorded: readings.length, withRate };
}
