/**
 * Polder's own reads of a store's tables (profiling, quality checks, contract rules), which the
 * store's usage counters count like anyone else's. Left in, they made every profiled or checked
 * table look used: in the demo, a table nobody queries read as 1,700 scans a day (one profile's scan
 * in the minute between two starts), and on a six-hourly profile, as at least 4 scans a day where
 * the truth is 0 ("measured, and unused": what a catalog should be able to say).
 *
 * So each read-only session measures what it read before it closes (ReadOnlyConnection.ownReads),
 * the run records that on the datasets (recordOwnReads.ts), and the next crawl's rate leaves it out
 * (pendingOwnReads below, usageRate.ts).
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

/** Own reads recorded on a dataset since its last usage reading: their sum, and when the latest were counted. */
export interface PendingOwnReads {
  reads: number;
  until: string;
}

/**
 * Which of a dataset's pending own reads a usage reading taken at `readAt` holds. Pure.
 * All of them when the last were counted by then (the usual case: a profile or a check between two
 * crawls); otherwise none yet, and they wait for the next reading, which holds them for sure. A
 * session that ran across the crawl's reading of the counters thus leaves its reads in one window
 * and takes them out of the next (never below 0): one window a little high, the next a little low.
 */
export function pendingOwnReads(pending: PendingOwnReads | null, readAt: string): { subtract: number; keep: PendingOwnReads | null } {
  if (pending === null) return { subtract: 0, keep: null };
  return Date.parse(pending.until) <= Date.parse(readAt) ? { subtract: pending.reads, keep: null } : { subtract: 0, keep: pending };
}
