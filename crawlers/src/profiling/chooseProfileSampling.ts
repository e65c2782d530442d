/**
 * How much of a table a profile reads. Pure. A profile always reads at most
 * `sampleRows` rows, whatever the store says about the table's size (a planner
 * estimate can be stale by orders of magnitude), so its cost stays bounded:
 *
 * - PostgreSQL, when its planner estimate (free to read) says the table is
 *   larger than `sampleRows`: TABLESAMPLE SYSTEM at the percentage of pages
 *   that yields about `sampleRows` rows (chooseSampling.ts, as checks do),
 *   still capped at `sampleRows`. The rows come from pages across the table.
 * - Otherwise (MySQL, SQLite; PostgreSQL with a small or missing estimate): the
 *   first `sampleRows` rows, after a bounded count (`probedRows`, at most
 *   `sampleRows + 1`) has said whether that is the whole table.
 *
 * The checks read a never-analysed PostgreSQL table whole; a profile does not,
 * because it runs over every table of a source, unattended.
 */
import { chooseSampling } from '../checks/chooseSampling.ts';
import type { SqlDialect } from '../checks/quoteIdentifier.ts';
import type { ProfileSampling } from './profileQuery.ts';

/** TABLESAMPLE when PostgreSQL's estimate calls for it; undefined means "count, then read the first rows". */
export function pageSampling(dialect: SqlDialect, sampleRows: number, estimatedRows: number | null, seed: number): ProfileSampling | undefined {
  const sampling = chooseSampling(dialect, sampleRows, estimatedRows);
  if (dialect !== 'postgres' || sampling?.method !== 'tablesample') return undefined;
  return { method: 'tablesample', percent: sampling.percent, rows: sampleRows, seed };
}

/** The first rows: the whole table when the bounded count found no more than `sampleRows`. */
export function firstRowsSampling(sampleRows: number, probedRows: number): { sampling: ProfileSampling; sampled: boolean } {
  return { sampling: { method: 'limit', rows: sampleRows }, sampled: probedRows > sampleRows };
}
