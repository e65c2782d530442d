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
 * The rate leaves out Polder's own reads recorded since the last reading (usage_ownReads,
 * recordOwnReads.ts) that this reading's counters hold; those it does not hold yet stay for the next.
 *
 * What reaches readers is the popularity computed from the rates (refreshPopularity.ts).
 */
import type { Driver } from 'neo4j-driver';
import { batches } from '../writer/graphWrites.ts';
import { pendingOwnReads, type PendingOwnReads } from './OwnReads.ts';
import type { UsageReading } from './UsageReading.ts';
import { usageRate, type PreviousReading } from './usageRate.ts';

export async function recordUsageReadings(driver: Driver, readings: UsageReading[], options: { database?: string } = {}): Promise<{ recorded: number; withRate: number }> {
  let withRate = 0;
  const session = driver.session({ database: options.database });
  try {
    for (const batch of batches(readings)) {
      withRate += await session.executeWrite(async (tx) => {
        // Constraint: dataset_urn (migration 001).
        const previous = await tx.run(
          `UNWIND $urns AS urn
           MATCH (d:Dataset {urn: urn}) WHERE d.usage_readAt IS NOT NULL OR d.usage_ownReads IS NOT NULL
           RETURN urn, d.usage_signal AS signal, d.usage_reads AS reads, d.usage_writes AS writes, d.usage_readAt AS readAt, d.usage_countingSince AS countingSince,
                  CASE WHEN d.usage_ownReads IS NOT NULL THEN {reads: d.usage_ownReads, until: d.usage_ownReadsUntil} END AS ownReads`,
          { urns: batch.map((reading) => reading.datasetUrn) },
        );
        const before = new Map(previous.records.map((record) => [record.get('urn') as string, record.toObject() as PreviousReading & { ownReads: PendingOwnReads | null }]));
        const rows = batch.map((reading) => {
          const last = before.get(reading.datasetUrn);
          const own = pendingOwnReads(last?.ownReads ?? null, reading.readAt);
          const rate = usageRate(last?.readAt ? last : null, reading, own.subtract);
          return {
            urn: reading.datasetUrn,
            // Taken out by what was read, not set: own reads recorded while this transaction ran stay.
            ownReadsTaken: own.subtract,
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
            },
          };
        });
        await tx.run(
          `UNWIND $rows AS row MATCH (d:Dataset {urn: row.urn})
           WITH d, row, coalesce(d.usage_ownReads, 0) - row.ownReadsTaken AS ownReadsLeft
           SET d += row.props,
               d.usage_ownReads = CASE WHEN ownReadsLeft > 0 THEN ownReadsLeft END,
               d.usage_ownReadsUntil = CASE WHEN ownReadsLeft > 0 THEN d.usage_ownReadsUntil END`,
          { rows },
        );
        return rows.filter((row) => row.props.usage_readsPerDay !== null).length;
      });
    }
  } finally {
    await session.close();
  }
  return { recorded: readings.length, withRate };
}
