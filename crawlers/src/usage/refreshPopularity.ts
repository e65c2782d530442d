/**
 * Recomputes every dataset's popularity from its usage signals, in one batch:
 * read the signals, rank them (popularityOf.ts, pure), write the popularities
 * that changed. Run after every crawl (crawlSource.ts) and after lineage is
 * loaded in bulk; it is global because a percentile rank is: one table getting
 * busier moves the others.
 *
 * Signals:
 * - the store's counters, as a rate between crawls (recordUsageReadings.ts);
 * - OpenLineage: completed runs, in the last 30 days, of the jobs that read the
 *   dataset, per day. A job's READS edges are the union of its runs' inputs (the
 *   graph keeps no per-run inputs), so a run counts for every input of its job.
 *
 * A changed popularity is queued for the search index and for trust (and policy)
 * assessment in the same transaction, like any other change of the graph.
 * A dataset without any signal has no popularity (null): "no usage data".
 */
import type { Driver } from 'neo4j-driver';
import { inWriteTransaction } from '@polder/runtime';
import { enqueueAssessments } from '../writer/assessmentOutbox.ts';
import { batches } from '../writer/graphWrites.ts';
import { enqueueSearchDocuments } from '../writer/outbox.ts';
import { popularityOf, type DatasetUsageSignals } from './popularityOf.ts';
import type { StoreUsageSignal } from './UsageReading.ts';

/** How far back OpenLineage runs count. */
export const JOB_RUN_WINDOW_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface PopularityRefresh {
  /** Datasets with at least one usage signal. */
  measured: number;
  /** Datasets whose popularity changed (and were queued for search and trust). */
  changed: number;
}

interface StoredUsage {
  urn: string;
  active: boolean;
  signal: StoreUsageSignal | null;
  readsPerDay: number | null;
  jobRunsPerDay: number | null;
  popularity: number | null;
}

export async function refreshPopularity(driver: Driver, options: { database?: string; now?: Date } = {}): Promise<PopularityRefresh> {
  const now = options.now ?? new Date();
  return await inWriteTransaction(driver, options.database, async (tx) => {
    // A label scan: every dataset that has, or had, a usage signal.
    const stored = await tx.run(
      `MATCH (d:Dataset)
       WHERE d.usage_readsPerDay IS NOT NULL OR d.usage_jobRunsPerDay IS NOT NULL OR d.popularity IS NOT NULL
       RETURN d.urn AS urn, d.status = 'ACTIVE' AS active, d.usage_signal AS signal, d.usage_readsPerDay AS readsPerDay,
              d.usage_jobRunsPerDay AS jobRunsPerDay, d.popularity AS popularity`,
    );
    // Bounded by the jobs and their runs in the window; a run is counted once per job.
    const jobs = await tx.run(
      `MATCH (j:Job)-[:READS]->(d:Dataset)
       WITH j, collect(d.urn) AS datasets
       RETURN datasets, COUNT { MATCH (r:Run)-[:RUN_OF]->(j) WHERE r.state = 'COMPLETE' AND r.endedAt >= $since } AS runs`,
      { since: new Date(now.getTime() - JOB_RUN_WINDOW_DAYS * DAY_MS).toISOString() },
    );

    const usage = new Map<string, StoredUsage>(stored.records.map((record) => [record.get('urn'), record.toObject() as StoredUsage]));
    const jobRuns = new Map<string, number>();
    for (const record of jobs.records) {
      for (const urn of record.get('datasets') as string[]) jobRuns.set(urn, (jobRuns.get(urn) ?? 0) + (record.get('runs') as number));
    }
    // Datasets that jobs read but that had no signal yet: their activity is read below.
    const unseen = [...jobRuns.keys()].filter((urn) => !usage.has(urn));
    if (unseen.length > 0) {
      const found = await tx.run(`UNWIND $urns AS urn MATCH (d:Dataset {urn: urn}) RETURN urn, d.status = 'ACTIVE' AS active`, { urns: unseen });
      for (const record of found.records) {
        usage.set(record.get('urn'), { urn: record.get('urn'), active: record.get('active'), signal: null, readsPerDay: null, jobRunsPerDay: null, popularity: null });
      }
    }

    const signals: DatasetUsageSignals[] = [];
    const jobRunsPerDay = new Map<string, number | null>();
    for (const dataset of usage.values()) {
      const runs = jobRuns.get(dataset.urn);
      jobRunsPerDay.set(dataset.urn, runs === undefined ? null : runs / JOB_RUN_WINDOW_DAYS);
      if (!dataset.active) continue;
      const rates: DatasetUsageSignals['rates'] = {};
      if (dataset.signal && dataset.readsPerDay !== null) rates[dataset.signal] = dataset.readsPerDay;
      if (runs !== undefined) rates.openlineage = runs / JOB_RUN_WINDOW_DAYS;
      if (Object.keys(rates).length > 0) signals.push({ urn: dataset.urn, rates });
    }
    const popularity = popularityOf(signals);

    const rows = [...usage.values()]
      .map((dataset) => ({ urn: dataset.urn, popularity: popularity.get(dataset.urn) ?? null, jobRunsPerDay: jobRunsPerDay.get(dataset.urn) ?? null, before: dataset }))
      .filter((row) => row.popularity !== row.before.popularity || row.jobRunsPerDay !== row.before.jobRunsPerDay);
    for (const batch of batches(rows)) {
      // Constraint: dataset_urn (migration 001).
      await tx.run(
        `UNWIND $rows AS row MATCH (d:Dataset {urn: row.urn}) SET d.popularity = row.popularity, d.usage_jobRunsPerDay = row.jobRunsPerDay`,
        { rows: batch.map(({ urn, popularity, jobRunsPerDay }) => ({ urn, popularity, jobRunsPerDay })) },
      );
    }
    const changed = rows.filter((row) => row.popularity !== row.before.popularity).map((row) => row.urn);
    await enqueueSearchDocuments(tx, changed, now.getTime());
    await enqueueAssessments(tx, changed, now.getTime());
    return { measured: signals.length, changed: changed.length };
  });
}
