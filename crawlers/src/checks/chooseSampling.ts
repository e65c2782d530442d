/**
 * Whether a check reads a sample, and how. Pure: the table's size as the store
 * can tell it cheaply → the Sampling for checkQuery, or none.
 *
 * PostgreSQL knows a planner estimate (pg_class.reltuples) and samples by pages
 * with TABLESAMPLE SYSTEM at the percentage that yields about `sampleRows` rows;
 * a table it has never analysed (no estimate) is read whole. MySQL and SQLite
 * count at most `sampleRows + 1` rows (a bounded probe) and, past that, read the
 * first `sampleRows` rows.
 */
import type { Sampling } from './checkQuery.ts';
import type { SqlDialect } from './quoteIdentifier.ts';

export function chooseSampling(dialect: SqlDialect, sampleRows: number | undefined, tableRows: number | null): Sampling | undefined {
  if (sampleRows === undefined || tableRows === null || tableRows <= sampleRows) return undefined;
  if (dialect !== 'postgres') return { method: 'limit', rows: sampleRows };
  // Rounded up to 4 decimals (what TABLESAMPLE reads sensibly), never to 0.
  const percent = Math.min(100, Math.ceil((sampleRows / tableRows) * 100 * 10_000) / 10_000);
  return { method: 'tablesample', percent };
}
