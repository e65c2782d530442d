/**
 * What a store says about how much one of its tables is used: cumulative
 * counters, read at a time, counting since the store last reset them. A
 * reading is a fact about the store, not about the table's shape, so it is
 * kept out of the crawled properties (see recordUsageReadings.ts for why).
 *
 * - `postgres`: pg_stat_user_tables, reads = seq_scan + idx_scan (scans, not rows),
 *   writes = n_tup_ins + n_tup_upd + n_tup_del (rows); counting since
 *   pg_stat_database.stats_reset.
 * - `mariadb`: information_schema.TABLE_STATISTICS (with `userstat=ON`), reads =
 *   ROWS_READ, writes = ROWS_CHANGED (rows); counting since the server started.
 *
 * The two count different things, so their rates are only ever compared with
 * rates of the same signal (popularityOf.ts).
 */
export type StoreUsageSignal = 'postgres' | 'mariadb';

export interface UsageReading {
  datasetUrn: string;
  signal: StoreUsageSignal;
  /** Cumulative reads since `countingSince`. */
  reads: number;
  /** Cumulative writes since `countingSince`; null when the store does not count them. */
  writes: number | null;
  /** When the counters were read, by the store's clock (ISO 8601). */
  readAt: string;
  /** Since when the counters count (their last reset), by the store's clock; null when the store does not say. */
  countingSince: string | null;
}

/** A table's counters as an extract reads them, before the mapper knows the table's URN. */
export interface TableUsageCounters {
  /** The dataset's `qualifiedName`, as the source's mapper writes it. */
  qualifiedName: string;
  reads: number;
  writes: number | null;
}
