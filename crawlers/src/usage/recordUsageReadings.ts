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
 * What reaches readers is the popularity computed from the rates (refreshPopularity.ts).
 */
import type { Driver } from 'neo4j-driver';
import { batches } from '../writer/graphWrites.ts';
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
           MATCH (d:Dataset {urn: urn}) WHERE d.usage_readAt IS NOT NULL
           RETURN urn, d.usage_signal AS signal, d.usage_reads AS reads, d.usage_writes AS writes, d.usage_readAt AS readAt, d.usage_countingSince AS countingSince`,
          { urns: batch.map((reading) => reading.datasetUrn) },
        );
        const before = new Map<string, PreviousReading>(previous.records.map((record) => [record.get('urn'), record.toObject() as PreviousReading]));
        const rows = batch.map((reading) => {
          const rate = usageRate(before.get(reading.datasetUrn) ?? null, reading);
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
