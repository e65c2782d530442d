/**
 * A profile as a run returns it, per column and per dataset. Counts are over the
 * rows the profile read: the whole table, or a sample of it (`sampled`).
 */
export interface TopValue {
  /** As text, at most PROFILE_VALUE_MAX_LENGTH characters. */
  value: string;
  count: number;
}

export interface ColumnProfile {
  column: string;
  fieldUrn: string;
  /** Rows read. */
  rowCount: number;
  nullCount: number;
  /** null when no row was read. */
  nullFraction: number | null;
  /** Distinct non-null values among the rows read: exact for the table unless sampled (then a lower bound). */
  distinctCount: number;
  distinctIsApproximate: boolean;
  /** null for a sensitive column, one whose type has no order, or when every value is null. */
  min: string | null;
  max: string | null;
  /** The most frequent values, most frequent first; null when withheld (sensitive) or not computed (binary). */
  topValues: TopValue[] | null;
  /** True when the column is sensitive: no value of it was read. */
  valuesWithheld: boolean;
  sampled: boolean;
}

export type ProfileOutcome = 'OK' | 'ERROR';

/** One dataset's profile, or why there is none. A run never throws for a single dataset. */
export interface DatasetProfileResult {
  sourceId: string;
  datasetUrn: string;
  /** As polder.yaml names it: `schema.table`, or the bare table for sqlite. */
  dataset: string;
  outcome: ProfileOutcome;
  /** What was read ("4 rows, 5 columns"), that there was nothing to read ("no columns: nothing to profile") or what went wrong ("timed out after 300 ms"). */
  message: string;
  /** ISO 8601, when the profile finished. */
  profiledAt: string;
  durationMs: number;
  sampled: boolean;
  /** Rows read; null for an ERROR, and for a dataset without columns (nothing was read). */
  rowCount: number | null;
  /** Empty for an ERROR, and for a dataset without columns. */
  columns: ColumnProfile[];
}
