/**
 * A dataset's profile as SQL, per dialect. Pure: table + columns + sampling →
 * statements, each returning rows of eight columns in one shape, whatever the
 * store (parseProfileRows.ts reads them back):
 *
 *   col  kind       value    n          non_null  distinct_count  min_value  max_value
 *   0    summary    NULL     rows read  non-null  distinct        min        max
 *   0    top        'open'   2          NULL      NULL            NULL       NULL      (at most 5 per column)
 *
 * The sample is read once (a CTE, materialized) and every column is computed
 * from it, so one statement costs one bounded read of the table however many
 * columns it has, plus a GROUP BY per column over the sample:
 *
 *   WITH sample AS MATERIALIZED (SELECT "id" AS c0, "email" AS c1 FROM "public"."orders" LIMIT 10000),
 *   summary AS (SELECT count(*) AS row_count, count(c0) AS n0, count(DISTINCT c0) AS d0, ... FROM sample)
 *   SELECT 0 AS col, 'summary' AS kind, NULL AS value, row_count AS n, n0 AS non_null, ... FROM summary
 *   UNION ALL SELECT 0, 'top', value, n, NULL, NULL, NULL, NULL FROM (SELECT ... GROUP BY g ORDER BY n DESC, value LIMIT 5) AS top0
 *   UNION ALL ...
 *
 * A sensitive column is read for its nulls and distinct count only: its min,
 * max and top values are not in the statement at all, so they never leave the
 * store. Names are quoted with `quoteIdentifier`; the only other text spliced in
 * is numbers Polder computed (sample size, percentage, seed), checked here.
 *
 * SQLite caps a compound SELECT at 500 parts, so a wide table is profiled
 * PROFILE_COLUMNS_PER_QUERY columns at a time (two parts each), each statement
 * reading the same sample (the same rows first, or the same REPEATABLE pages).
 */
import type { CheckQuery } from '../checks/checkQuery.ts';
import { quoteIdentifier, type SqlDialect } from '../checks/quoteIdentifier.ts';
import type { ColumnKind } from './columnKind.ts';

export const PROFILE_TOP_VALUES = 5;
/** Longer values are cut: a profile shows what values look like, not whole documents. */
export const PROFILE_VALUE_MAX_LENGTH = 200;
export const PROFILE_COLUMNS_PER_QUERY = 200;

/**
 * How much of the table a profile reads: PostgreSQL's TABLESAMPLE SYSTEM at a
 * percentage of its pages (REPEATABLE, so every statement of one profile reads
 * the same pages), capped at `rows`; or the first `rows` rows.
 */
export type ProfileSampling = { method: 'tablesample'; percent: number; rows: number; seed: number } | { method: 'limit'; rows: number };

export interface ProfileQueryColumn {
  /** Position in the dataset's column list: what the rows' `col` refers to. */
  index: number;
  name: string;
  kind: ColumnKind;
  sensitive: boolean;
}

export interface ProfileQueryTable {
  dialect: SqlDialect;
  /** `null` for sqlite. */
  schema: string | null;
  table: string;
}

export function quotedTable({ dialect, schema, table }: ProfileQueryTable): string {
  const quote = (name: string) => quoteIdentifier(dialect, name);
  return schema === null ? quote(table) : `${quote(schema)}.${quote(table)}`;
}

/** The statements of one profile: one per PROFILE_COLUMNS_PER_QUERY columns. */
export function profileQueries(target: ProfileQueryTable, columns: readonly ProfileQueryColumn[], sampling: ProfileSampling): CheckQuery[] {
  const queries: CheckQuery[] = [];
  for (let start = 0; start < columns.length; start += PROFILE_COLUMNS_PER_QUERY) {
    queries.push(profileQuery(target, columns.slice(start, start + PROFILE_COLUMNS_PER_QUERY), sampling));
  }
  return queries;
}

function profileQuery(target: ProfileQueryTable, columns: readonly ProfileQueryColumn[], sampling: ProfileSampling): CheckQuery {
  const { dialect } = target;
  if (columns.length === 0) throw new Error('A profile needs at least one column');
  const alias = (column: ProfileQueryColumn) => `c${column.index}`;
  const text = (expression: string) => `CAST(${expression} AS ${dialect === 'mysql' ? 'CHAR' : 'TEXT'})`;
  const shown = (expression: string) => `substr(${text(expression)}, 1, ${PROFILE_VALUE_MAX_LENGTH})`;
  // Compared as text when the type itself cannot be (PostgreSQL's json has no equality).
  const compared = (column: ProfileQueryColumn) => (column.kind === 'comparable' ? text(alias(column)) : alias(column));
  const hasRange = (column: ProfileQueryColumn) => column.kind === 'orderable' && !column.sensitive;
  const hasTop = (column: ProfileQueryColumn) => column.kind !== 'binary' && !column.sensitive;

  const selected = columns.map((column) => `${quoteIdentifier(dialect, column.name)} AS ${alias(column)}`).join(', ');
  const materialized = dialect === 'mysql' ? '' : ' MATERIALIZED';
  const sample = `sample AS${materialized} (SELECT ${selected} FROM ${sampledFrom(target, sampling)})`;

  const aggregates = ['count(*) AS row_count'];
  for (const column of columns) {
    const c = alias(column);
    aggregates.push(`count(${c}) AS n${column.index}`, `count(DISTINCT ${compared(column)}) AS d${column.index}`);
    if (hasRange(column)) aggregates.push(`${shown(`min(${c})`)} AS lo${column.index}`, `${shown(`max(${c})`)} AS hi${column.index}`);
  }
  const summary = `summary AS (SELECT ${aggregates.join(', ')} FROM sample)`;

  const parts: string[] = [];
  columns.forEach((column, position) => {
    const i = column.index;
    const [min, max] = hasRange(column) ? [`lo${i}`, `hi${i}`] : [typedNull(dialect), typedNull(dialect)];
    parts.push(
      position === 0
        ? `SELECT ${i} AS col, 'summary' AS kind, ${typedNull(dialect)} AS value, row_count AS n, n${i} AS non_null, d${i} AS distinct_count, ${min} AS min_value, ${max} AS max_value FROM summary`
        : `SELECT ${i}, 'summary', NULL, row_count, n${i}, d${i}, ${min}, ${max} FROM summary`,
    );
    if (hasTop(column)) {
      // Grouped by what the distinct count compares, in a derived table, so every store accepts the GROUP BY (MySQL's ONLY_FULL_GROUP_BY too).
      const values = `SELECT ${compared(column)} AS g FROM sample WHERE ${alias(column)} IS NOT NULL`;
      parts.push(
        `SELECT ${i}, 'top', value, n, NULL, NULL, NULL, NULL FROM (SELECT ${shown('g')} AS value, count(*) AS n FROM (${values}) AS v${i} GROUP BY g ORDER BY n DESC, value LIMIT ${PROFILE_TOP_VALUES}) AS top${i}`,
      );
    }
  });
  return { sql: `WITH ${sample},\n${summary}\n${parts.join('\nUNION ALL ')}`, params: [] };
}

/** The first part's NULL fixes the column's type for every part: text. */
function typedNull(dialect: SqlDialect): string {
  return `CAST(NULL AS ${dialect === 'mysql' ? 'CHAR' : 'TEXT'})`;
}

function sampledFrom(target: ProfileQueryTable, sampling: ProfileSampling): string {
  const table = quotedTable(target);
  // Numbers Polder computed, checked here because they are the only values spliced into the text.
  if (!Number.isSafeInteger(sampling.rows) || sampling.rows <= 0) throw new Error(`A sample size must be a positive integer, not ${sampling.rows}`);
  if (sampling.method === 'limit') return `${table} LIMIT ${sampling.rows}`;
  if (target.dialect !== 'postgres') throw new Error(`TABLESAMPLE sampling is PostgreSQL's; ${target.dialect} samples with a LIMIT`);
  if (!(sampling.percent > 0 && sampling.percent <= 100)) throw new Error(`A sample percentage must be in (0, 100], not ${sampling.percent}`);
  if (!Number.isSafeInteger(sampling.seed)) throw new Error(`A sample seed must be an integer, not ${sampling.seed}`);
  return `${table} TABLESAMPLE SYSTEM (${sampling.percent}) REPEATABLE (${sampling.seed}) LIMIT ${sampling.rows}`;
}

/** How many rows the table has, counting at most `limit + 1`: what tells a larger table from one read whole. */
export function boundedCountQuery(target: ProfileQueryTable, limit: number): CheckQuery {
  if (!Number.isSafeInteger(limit) || limit <= 0) throw new Error(`A row limit must be a positive integer, not ${limit}`);
  return { sql: `SELECT count(*) AS observed FROM (SELECT 1 AS one FROM ${quotedTable(target)} LIMIT ${limit + 1}) AS probe`, params: [] };
}
