/**
 * A sample of latencies boiled down to what a speed goal is judged on, and the
 * table `bench web` prints its figures in, each beside its goal:
 *
 *   measure                 n     p50     p95     max  goal           verdict
 *   dataset page, full    100  212 ms  287 ms  301 ms  p95 <= 300 ms  met
 */
import { percentile } from './percentile.ts';

export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  max: number;
}

/** p50, p95 (nearest rank) and max of `samples`, in their unit (ms here). */
export function summariseLatencies(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) throw new Error('summariseLatencies: no samples (the measurement produced none)');
  return { count: samples.length, p50: percentile([...samples], 50), p95: percentile([...samples], 95), max: Math.max(...samples) };
}

export interface LatencyRow {
  measure: string;
  summary: LatencySummary;
  /** The goal on p95, in ms; none for a figure shown only to explain another. */
  goalP95Ms?: number;
}

/** The rows as an aligned text table; a row with a goal says whether its p95 met it. */
export function formatLatencyTable(rows: readonly LatencyRow[]): string[] {
  const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
  const cells = rows.map((row) => [
    row.measure,
    String(row.summary.count),
    ms(row.summary.p50),
    ms(row.summary.p95),
    ms(row.summary.max),
    row.goalP95Ms === undefined ? '—' : `p95 <= ${row.goalP95Ms.toLocaleString('en')} ms`,
    row.goalP95Ms === undefined ? '' : row.summary.p95 <= row.goalP95Ms ? 'met' : 'NOT MET',
  ]);
  const table = [['measure', 'n', 'p50', 'p95', 'max', 'goal', 'verdict'], ...cells];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((line) => line[column]!.length)));
  // The text columns align left, the figures right.
  const alignRight = [false, true, true, true, true, false, false];
  return table.map((line) =>
    line
      .map((cell, column) => (alignRight[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}
