/**
 * Where a check points: the table to query, and the Dataset (and Field) URNs
 * the crawler gave it, so the check's graph nodes hang from the same assets.
 *
 * The dataset is named as the crawler names it: `schema.table` for postgres and
 * mysql; the bare table for sqlite, whose crawler files every table under `main`.
 * Where `schema.table` splits is what the crawler read (readCrawledTableNames.ts):
 * `dot.schema.v.dot` is the view `v.dot` of the schema `dot.schema` when that is
 * what was crawled. Only a dataset not crawled yet is split at the first dot.
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

/** A crawled dataset's schema and table, as its crawler read them from the store. */
export interface CrawledTableName {
  schema: string;
  table: string;
}

/** Crawled datasets' names by their URN: what readCrawledTableNames returns. */
export type CrawledTableNames = ReadonlyMap<string, CrawledTableName>;

export function checkTarget(check: CheckConfig, source: CheckableSource, crawled: CrawledTableNames = new Map()): CheckTarget {
  const column = 'column' in check && check.column !== undefined ? check.column : null;
  const datasetUrn = checkDatasetUrn(check, source);
  let schema: string | null;
  let table: string;
  if (source.kind === 'sqlite') {
    schema = null;
    table = check.dataset;
  } else {
    ({ schema, table } = crawled.get(datasetUrn) ?? splitAtFirstDot(check));
  }
  const fieldUrn = column === null ? null : formatUrn('field', parseUrn(datasetUrn), column);
  return { dialect: source.kind, schema, table, column, datasetUrn, fieldUrn };
}

function splitAtFirstDot(check: CheckConfig): CrawledTableName {
  const dot = check.dataset.indexOf('.');
  if (dot <= 0) throw new Error(`check ${check.id}: dataset "${check.dataset}" is not schema.table`);
  return { schema: check.dataset.slice(0, dot), table: check.dataset.slice(dot + 1) };
}

/**
 * The URN the source's crawler gives the dataset a check names (throws InvalidUrnError for a name
 * no URN can hold). Found without splitting the name: a URN joins schema and table with a dot too.
 */
export function checkDatasetUrn(check: Pick<CheckConfig, 'dataset'>, source: CheckableSource): string {
  if (source.kind === 'sqlite') return formatUrn('dataset', 'sqlite', source.id, `main.${check.dataset}`);
  // The PostgreSQL crawler prefixes the database (one source, one database); MySQL's schema is its database.
  return formatUrn('dataset', source.kind, source.id, source.kind === 'postgres' ? `${source.connection.database}.${check.dataset}` : check.dataset);
}

/** The URN the source's crawler gives a table (throws InvalidUrnError for a name no URN can hold). */
export function tableDatasetUrn(source: CheckableSource, schema: string | null, table: string): string {
  return checkDatasetUrn({ dataset: source.kind === 'sqlite' || schema === null ? table : `${schema}.${table}` }, source);
}
