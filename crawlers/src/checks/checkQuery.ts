/**
 * A check's SQL, per dialect. Pure: check config + target → one statement that
 * returns one row whose first column, `observed`, is the number the check is
 * judged on (evaluateCheck.ts). Names are quoted with `quoteIdentifier`, values
 * (accepted values, bound by bindListedValue.ts) are bind parameters; nothing from polder.yaml is spliced as SQL
 * except a customSql check's own query, which runs read-only (see the sessions).
 *
 *   rowCount       SELECT count(*) AS observed FROM "public"."orders"
 *   nullFraction   SELECT CASE WHEN count(*) = 0 THEN 0 ELSE 1.0 * (count(*) - count("email")) / count(*) END AS observed FROM ...
 *   uniqueness     SELECT count("email") - count(DISTINCT "email") AS observed FROM ...
 *
 * nullFraction, uniqueness and acceptedValues may read a sample (`sampling`),
 * which bounds their cost on large tables; rowCount, freshness (a max, which an
 * index answers) and customSql always read what they name.
 */
import type { CheckConfig, CheckConfigOf } from '@polder/runtime';
import { bindListedValue } from './bindListedValue.ts';
import type { CheckTarget } from './checkTarget.ts';
import { quoteIdentifier, type SqlDialect } from './quoteIdentifier.ts';

export interface CheckQuery {
  sql: string;
  params: Array<string | number>;
}

/**
 * How to read a sample: PostgreSQL's TABLESAMPLE SYSTEM (whole pages, so it
 * never reads the rest of the table), or elsewhere the first `rows` rows the
 * engine hands out (a LIMIT-ed subquery: cheap, though biased to storage order).
 */
export type Sampling = { method: 'tablesample'; percent: number } | { method: 'limit'; rows: number };

/** The kinds whose query can read a sample instead of the whole table. */
export function canSample(check: CheckConfig): check is CheckConfigOf<'nullFraction' | 'uniqueness' | 'acceptedValues'> {
  return check.kind === 'nullFraction' || check.kind === 'uniqueness' || check.kind === 'acceptedValues';
}

export function checkQuery(check: CheckConfig, target: CheckTarget, sampling?: Sampling): CheckQuery {
  const { dialect } = target;
  const quote = (name: string) => quoteIdentifier(dialect, name);
  const table = target.schema === null ? quote(target.table) : `${quote(target.schema)}.${quote(target.table)}`;
  const column = () => {
    if (target.column === null) throw new Error(`check ${check.id}: a ${check.kind} check needs a column`);
    return quote(target.column);
  };
  const from = (columns: string) => (canSample(check) && sampling ? sampledRelation(dialect, table, columns, sampling) : table);

  switch (check.kind) {
    case 'rowCount':
      return { sql: `SELECT count(*) AS observed FROM ${table}`, params: [] };
    case 'freshness':
      return { sql: freshnessSql(dialect, column(), table), params: [] };
    case 'nullFraction': {
      const c = column();
      return { sql: `SELECT CASE WHEN count(*) = 0 THEN 0 ELSE 1.0 * (count(*) - count(${c})) / count(*) END AS observed FROM ${from(c)}`, params: [] };
    }
    case 'uniqueness': {
      const c = column();
      return { sql: `SELECT count(${c}) - count(DISTINCT ${c}) AS observed FROM ${from(c)}`, params: [] };
    }
    case 'acceptedValues': {
      const c = column();
      const params: CheckQuery['params'] = [];
      const placeholders = check.values.map((value) => bindListedValue(dialect, params, value));
      return { sql: `SELECT count(*) AS observed FROM ${from(c)} WHERE ${c} IS NOT NULL AND ${c} NOT IN (${placeholders.join(', ')})`, params };
    }
    case 'customSql':
      return { sql: customSqlWrapper(check.sql), params: [] };
  }
}

/**
 * Age of the newest value, in minutes, computed by the store against its own
 * clock, so a timestamp without time zone is read in the session's zone on both
 * sides. SQLite has no timestamp type: text is read as ISO 8601 (UTC unless it
 * says otherwise), a number as Unix seconds.
 */
function freshnessSql(dialect: SqlDialect, column: string, table: string): string {
  switch (dialect) {
    case 'postgres':
      return `SELECT EXTRACT(EPOCH FROM now() - CAST(max(${column}) AS timestamptz)) / 60 AS observed FROM ${table}`;
    case 'mysql':
      return `SELECT TIMESTAMPDIFF(SECOND, max(${column}), NOW()) / 60 AS observed FROM ${table}`;
    case 'sqlite':
      return `SELECT (julianday('now') - julianday(CASE WHEN typeof(newest) IN ('integer', 'real') THEN datetime(newest, 'unixepoch') ELSE newest END)) * 1440.0 AS observed FROM (SELECT max(${column}) AS newest FROM ${table})`;
  }
}

export function sampledRelation(dialect: SqlDialect, table: string, column: string, sampling: Sampling): string {
  if (sampling.method === 'tablesample') {
    if (dialect !== 'postgres') throw new Error(`TABLESAMPLE sampling is PostgreSQL's; ${dialect} samples with a LIMIT`);
    // A number Polder computed, checked here because it is the one value spliced into the text.
    if (!(sampling.percent > 0 && sampling.percent <= 100)) throw new Error(`A sample percentage must be in (0, 100], not ${sampling.percent}`);
    return `${table} TABLESAMPLE SYSTEM (${sampling.percent})`;
  }
  if (!Number.isSafeInteger(sampling.rows) || sampling.rows <= 0) throw new Error(`A sample size must be a positive integer, not ${sampling.rows}`);
  return `(SELECT ${column} FROM ${table} LIMIT ${sampling.rows}) AS sampled`;
}

/**
 * A customSql check's query runs as a derived table: whatever it is, the store
 * must accept it as a SELECT inside another (a second statement, or PostgreSQL's
 * data-modifying WITH, is refused by the parser), and LIMIT 2 is enough to tell
 * "one row" from "several". The newline keeps a trailing `-- comment` from
 * swallowing the closing parenthesis. The transaction is read-only as well.
 */
export function customSqlWrapper(sql: string): string {
  const body = sql.trim().replace(/;\s*$/, '').trimEnd();
  return `SELECT * FROM (\n${body}\n) AS custom_check LIMIT 2`;
}

/**
 * What chooseSampling needs to know of the table's size. PostgreSQL: the planner's
 * estimate, free to read. Elsewhere: a count that stops at `sampleRows + 1`, so
 * it costs at most that many rows however large the table is.
 */
export function tableSizeQuery(target: CheckTarget, sampleRows: number): CheckQuery {
  const quote = (name: string) => quoteIdentifier(target.dialect, name);
  const table = target.schema === null ? quote(target.table) : `${quote(target.schema)}.${quote(target.table)}`;
  if (target.dialect === 'postgres') {
    // to_regclass parses the quoted name as an identifier; reltuples is -1 until the table is first analysed.
    return { sql: `SELECT CASE WHEN reltuples < 0 THEN NULL ELSE reltuples::float8 END AS observed FROM pg_class WHERE oid = to_regclass($1)`, params: [table] };
  }
  return { sql: `SELECT count(*) AS observed FROM (SELECT 1 AS one FROM ${table} LIMIT ${sampleRows + 1}) AS probe`, params: [] };
}
