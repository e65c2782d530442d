/**
 * Where a check points: the table to query, and the Dataset (and Field) URNs
 * the crawler gave it, so the check's graph nodes hang from the same assets.
 *
 * The dataset is named as the crawler names it: `schema.table` (split at the
 * first dot) for postgres and mysql; the bare table for sqlite, whose crawler
 * files every table under `main`.
 */
import { formatUrn, parseUrn } from '@polder/graph-schema';
import type { CheckConfig, SourceConfigOf } from '@polder/runtime';
import type { SqlDialect } from './quoteIdentifier.ts';

export type CheckableSource = SourceConfigOf<'postgres' | 'mysql' | 'sqlite'>;

export interface CheckTarget {
  dialect: SqlDialect;
  /** `null` for sqlite: the table is looked up in the main database. */
  schema: string | null;
  table: string;
  column: string | null;
  datasetUrn: string;
  fieldUrn: string | null;
}

export function checkTarget(check: CheckConfig, source: CheckableSource): CheckTarget {
  const column = 'column' in check && check.column !== undefined ? check.column : null;
  let schema: string | null;
  let table: string;
  if (source.kind === 'sqlite') {
    schema = null;
    table = check.dataset;
  } else {
    const dot = check.dataset.indexOf('.');
    if (dot <= 0) throw new Error(`check ${check.id}: dataset "${check.dataset}" is not schema.table`);
    schema = check.dataset.slice(0, dot);
    table = check.dataset.slice(dot + 1);
  }
  const datasetUrn = tableDatasetUrn(source, schema, table);
  const fieldUrn = column === null ? null : formatUrn('field', parseUrn(datasetUrn), column);
  return { dialect: source.kind, schema, table, column, datasetUrn, fieldUrn };
}

/** The URN the source's crawler gives a table (throws InvalidUrnError for a name no URN can hold). */
export function tableDatasetUrn(source: CheckableSource, schema: string | null, table: string): string {
  if (source.kind === 'sqlite') return formatUrn('dataset', 'sqlite', source.id, `main.${table}`);
  // The PostgreSQL crawler prefixes the database (one source, one database); MySQL's schema is its database.
  const local = `${schema}.${table}`;
  return formatUrn('dataset', source.kind, source.id, source.kind === 'postgres' ? `${source.connection.database}.${local}` : local);
}
