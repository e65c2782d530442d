import type { StoreUsageSignal, UsageReading } from './UsageReading.ts';

/** The reading a dataset kept from the previous crawl (see recordUsageReadings.ts). */
export interface PreviousReading {
  signal: StoreUsageSignal;
  reads: number;
  writes: number | null;
  readAt: string;
  countingSince: string | null;
}

/** Reads (and writes) a day over a window of time, and the window. */
export interface UsageRate {
  readsPerDay: number;
  writesPerDay: number | null;
  /** Start and end of the window the rate was measured over (ISO 8601). */
  measuredFrom: string;
  measuredAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How much a dataset was used, from two readings of cumulative counters. Pure.
 *
 * - Between two crawls (the usual case): the counters' increase over the time
 *   between the previous reading and this one.
 * - On the first crawl, or when the counters were reset in between (their
 *   `countingSince` moved, or they went down): this reading's counters over the
 *   time since they were reset.
 * - Without a previous reading and without a reset time, or with no time
 *   elapsed: unknown (null), never 0, because nothing was measured.
 *
 *   previous 120 reads at 10:00, now 168 at 16:00, same reset → 48 reads in 6 h = 192 a day
 *
 * A crawl soon after another measures a short window: the rate is then noisy,
 * but never wrong about the window it names (`measuredFrom`..`measuredAt`).
 *
 * `ownReads` are Polder's own reads the counters hold (profiles, checks: OwnReads.ts):
 * they are not usage, and are taken out of the reads (never below 0).
 *
 *   previous 120 reads at 10:00, now 168 at 16:00, 8 of them a profile's → 40 reads in 6 h = 160 a day
 */
export function usageRate(previous: PreviousReading | null, reading: UsageReading, ownReads = 0): UsageRate | null {
  const now = Date.parse(reading.readAt);
  const continues =
    previous !== null &&
    previous.signal === reading.signal &&
    previous.countingSince === reading.countingSince &&
    reading.reads >= previous.reads &&
    Date.parse(previous.readAt) < now;
  if (continues) {
    const days = (now - Date.parse(previous.readAt)) / DAY_MS;
    const writes = reading.writes !== null && previous.writes !== null && reading.writes >= previous.writes ? (reading.writes - previous.writes) / days : null;
    return { readsPerDay: Math.max(0, reading.reads - previous.reads - ownReads) / days, writesPerDay: writes, measuredFrom: previous.readAt, measuredAt: reading.readAt };
  }
  if (reading.countingSince === null) return null;
  const since = Date.parse(reading.countingSince);
  if (!(since < now)) return null;
  const days = (now - since) / DAY_MS;
  return {
    readsPerDay: Math.max(0, reading.reads - ownReads) / days,
    writesPerDay: reading.writes === null ? null : reading.writes / days,
    measuredFrom: reading.countingSince,
    measuredAt: reading.readAt,
  };
}
