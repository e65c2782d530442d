/**
 * Polder's own reads of a store's tables (profiling, quality checks, contract rules), which the
 * store's usage counters count like anyone else's. Left in, they made every profiled or checked
 * table look used: in the demo, a table nobody queries read as 1,700 scans a day (one profile's scan
 * in the minute between two starts), and on a six-hourly profile, as at least 4 scans a day where
 * the truth is 0 ("measured, and unused": what a catalog should be able to say).
 *
 * So each read-only session measures what it read before it closes (ReadOnlyConnection.ownReads),
 * the run records that on the datasets (recordOwnReads.ts, placeOwnReads below), and the next
 * crawl's rate leaves it out (recordUsageReadings.ts, pendingOwnReads below, usageRate.ts); or, when
 * that crawl's reading came first, its rate is corrected. Each own read is kept with the time it was
 * counted, so that it is taken out of the one window whose reading holds it, and no other.
 */

/** What one session read of one table, in the store's units (UsageReading.ts), by the store's clock. */
export interface OwnTableReads {
  schema: string;
  table: string;
  reads: number;
  /** When the session counted them (ISO 8601): they were all made before. */
  at: string;
}

/** The same, once the table is known as a dataset. */
export interface OwnReads {
  datasetUrn: string;
  reads: number;
  at: string;
}

/** One session's own reads of a dataset, recorded and not yet taken out of a usage reading. */
export interface PendingOwnRead {
  reads: number;
  at: string;
}

/**
 * Which of a dataset's pending own reads a usage reading taken at `readAt` holds. Pure.
 * Those counted by then: the reading's rate leaves them out. The others, counted after it
 * (a session that ran across the crawl's reading of the counters), wait for the next reading.
 */
export function pendingOwnReads(pending: readonly PendingOwnRead[], readAt: string): { subtract: number; keep: PendingOwnRead[] } {
  const reading = Date.parse(readAt);
  let subtract = 0;
  const keep: PendingOwnRead[] = [];
  for (const own of pending) {
    if (Date.parse(own.at) <= reading) subtract += own.reads;
    else keep.push(own);
  }
  return { subtract, keep };
}

/** A dataset's last usage reading and the rate it gave, as recordUsageReadings.ts left them. */
export interface LastReading {
  readAt: string;
  /** The window of the rate; null when the reading gave none. */
  measuredFrom: string | null;
  measuredAt: string | null;
  readsPerDay: number | null;
}

/**
 * Where own reads recorded after a dataset's last usage reading belong. Pure.
 *
 * - Counted after that reading (the usual case): pending, for the next reading to leave out.
 * - Counted before it, within its window: the reading held them, but they were recorded too late
 *   for its rate to leave them out (a check that ran at the same moment as the crawl). The rate is
 *   corrected: it is what readers see until the next crawl, and a short window makes one scan look
 *   like thousands a day.
 * - Counted before that window began: a reading already past held them; nothing to correct.
 */
export function placeOwnReads(last: LastReading | null, reads: readonly PendingOwnRead[]): { pending: PendingOwnRead[]; correctedReadsPerDay: number | null } {
  if (last === null) return { pending: [...reads], correctedReadsPerDay: null };
  const reading = Date.parse(last.readAt);
  const windowStart = last.measuredFrom === null ? Number.NaN : Date.parse(last.measuredFrom);
  const pending: PendingOwnRead[] = [];
  let late = 0;
  for (const own of reads) {
    const at = Date.parse(own.at);
    if (at > reading) pending.push(own);
    else if (at > windowStart) late += own.reads;
  }
  if (late === 0 || last.readsPerDay === null || last.measuredFrom === null || last.measuredAt === null) return { pending, correctedReadsPerDay: null };
  const days = (Date.parse(last.measuredAt) - windowStart) / DAY_MS;
  return { pending, correctedReadsPerDay: Math.max(0, last.readsPerDay - late / days) };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** At most this many pending own reads are kept per dataset (see boundPending). */
export const MAX_PENDING_OWN_READS = 100;

/**
 * A dataset's pending own reads, at most `max` entries. Pure. A dataset no crawl reads any more (its
 * source left polder.yaml, its checks did not) would gather one entry per check run forever; past
 * `max`, the oldest entries become one, at the time of the latest of them: the next reading then
 * leaves them out together, or keeps them together, as the whole list was kept before it was per session.
 */
export function boundPending(pending: readonly PendingOwnRead[], max = MAX_PENDING_OWN_READS): PendingOwnRead[] {
  if (pending.length <= max) return [...pending];
  const byTime = [...pending].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const oldest = byTime.slice(0, byTime.length - max + 1);
  return [{ reads: oldest.reduce((sum, own) => sum + own.reads, 0), at: oldest.at(-1)!.at }, ...byTime.slice(oldest.length)];
}
