/**
 * What a runnable contract rule measures, and its SQL for a crawled table. Pure:
 * measure + target → one statement whose one row's first column is the number
 * the rule's threshold judges.
 *
 * The ODCS library metrics, as Polder's own check kinds measure them
 * (crawlers/src/checks/checkQuery.ts), counted in rows or, with `unit: percent`,
 * as a percentage (0–100) of the table's rows:
 *
 *   rowCount         count(*)                                        Polder's rowCount
 *   nullValues       count(*) - count(c)                             nullFraction, as a count
 *   missingValues    rows whose c is NULL or one of `missingValues`  nullFraction plus listed values
 *   invalidValues    non-null rows whose c is not in `validValues`   acceptedValues (and/or does not match `pattern`)
 *   duplicateValues  count(c) - count(DISTINCT c)                    uniqueness: non-null rows repeating a value
 *
 *   SELECT CASE WHEN count(*) = 0 THEN 0 ELSE 100.0 * (count(*) - count("email")) / count(*) END AS observed FROM "public"."orders"
 *
 * Names are quoted with the dialect's quoteIdentifier; listed values and the
 * pattern are bind parameters, listed text compared with the column cast to text
 * (so `missingValues: [null, '', 'N/A']` can be asked of a number column), and a
 * listed number with the column as its type (bindListedValue.ts: `validValues:
 * [1, 2]` on a text column wants '1' or '2', not '01' as MySQL would have it). The
 * column metrics may read a sample (Polder's sampling: TABLESAMPLE on PostgreSQL,
 * the first rows elsewhere); rowCount and SQL rules always read what they name,
 * as rowCount and customSql checks do.
 *
 * A `sql` rule's query is the contract's own: `{object}` (or `{table}`, or either
 * as `${...}`) becomes the crawled table's quoted qualified name and `{property}`
 * (or `{column}`) the quoted column, then it runs as a customSql check does, as
 * a derived table (one SELECT, LIMIT 2) in a read-only transaction.
 */
import { bindListedValue, type ListedValue } from '../checks/bindListedValue.ts';
import { customSqlWrapper, sampledRelation, type CheckQuery, type Sampling } from '../checks/checkQuery.ts';
import type { CheckTarget } from '../checks/checkTarget.ts';
import { quoteIdentifier } from '../checks/quoteIdentifier.ts';

export const LIBRARY_METRICS = ['rowCount', 'nullValues', 'missingValues', 'invalidValues', 'duplicateValues'] as const;
export type LibraryMetric = (typeof LIBRARY_METRICS)[number];

/** A library metric's count is of rows, or a percentage of the table's rows. */
export type MetricUnit = 'rows' | 'percent';
export type { ListedValue };

export type RuleMeasure =
  | { kind: 'sql'; query: string }
  | { kind: 'rowCount' }
  | { kind: 'nullValues'; unit: MetricUnit }
  | { kind: 'missingValues'; unit: MetricUnit; missingValues: ListedValue[] }
  | { kind: 'invalidValues'; unit: MetricUnit; validValues: ListedValue[] | null; pattern: string | null }
  | { kind: 'duplicateValues'; unit: MetricUnit };

/** The measures that read a column, and so may read a sample. */
export function isColumnMeasure(measure: RuleMeasure): measure is Extract<RuleMeasure, { unit: MetricUnit }> {
  return measure.kind === 'nullValues' || measure.kind === 'missingValues' || measure.kind === 'invalidValues' || measure.kind === 'duplicateValues';
}

const PLACEHOLDER = /\$?\{(object|table|property|column)\}/g;

/** The placeholders a rule's SQL uses: `object` for {object}/{table}, `property` for {property}/{column}. */
export function placeholdersIn(query: string): Set<'object' | 'property'> {
  const found = new Set<'object' | 'property'>();
  for (const match of query.matchAll(PLACEHOLDER)) found.add(match[1] === 'object' || match[1] === 'table' ? 'object' : 'property');
  return found;
}

/** The rule's SQL with its placeholders replaced by quoted names. */
export function substitutePlaceholders(query: string, names: { object: string; property: string | null }): string {
  return query.replace(PLACEHOLDER, (placeholder, name: string) => {
    if (name === 'object' || name === 'table') return names.object;
    if (names.property === null) throw new Error(`${placeholder} names a column, and this rule is not a property's`);
    return names.property;
  });
}

export function contractRuleQuery(measure: RuleMeasure, target: CheckTarget, sampling?: Sampling): CheckQuery {
  const quote = (name: string) => quoteIdentifier(target.dialect, name);
  const table = target.schema === null ? quote(target.table) : `${quote(target.schema)}.${quote(target.table)}`;
  const column = () => {
    if (target.column === null) throw new Error(`a ${measure.kind} rule needs a column`);
    return quote(target.column);
  };
  if (measure.kind === 'sql') {
    const sql = substitutePlaceholders(measure.query, { object: table, property: target.column === null ? null : quote(target.column) });
    return { sql: customSqlWrapper(sql), params: [] };
  }
  if (measure.kind === 'rowCount') return { sql: `SELECT count(*) AS observed FROM ${table}`, params: [] };

  const c = column();
  const params: ListedValue[] = [];
  const placeholders = (values: readonly ListedValue[]) => values.map((value) => bindListedValue(target.dialect, params, value)).join(', ');
  // Listed text is compared with the column as text: compared with a number column, '' or 'N/A' is an error on
  // PostgreSQL (invalid input syntax for type integer) and equals 0 on MySQL and MariaDB, which convert it.
  const listed = (values: readonly ListedValue[]) => {
    const numbers = values.filter((value) => typeof value === 'number');
    const texts = values.filter((value) => typeof value === 'string');
    const tests = [
      ...(numbers.length > 0 ? [`${c} IN (${placeholders(numbers)})`] : []),
      ...(texts.length > 0 ? [`${asText(target.dialect, c)} IN (${placeholders(texts)})`] : []),
    ];
    return tests.join(' OR ');
  };
  let rows: string;
  switch (measure.kind) {
    case 'nullValues':
      rows = `count(*) - count(${c})`;
      break;
    case 'missingValues':
      rows =
        measure.missingValues.length === 0
          ? `count(*) - count(${c})`
          : `coalesce(sum(CASE WHEN ${c} IS NULL OR ${listed(measure.missingValues)} THEN 1 ELSE 0 END), 0)`;
      break;
    case 'invalidValues': {
      const invalid: string[] = [];
      if (measure.validValues !== null) invalid.push(`NOT (${listed(measure.validValues)})`);
      if (measure.pattern !== null) invalid.push(notMatching(target.dialect, c, placeholders([measure.pattern])));
      rows = `coalesce(sum(CASE WHEN ${c} IS NOT NULL AND (${invalid.join(' OR ')}) THEN 1 ELSE 0 END), 0)`;
      break;
    }
    case 'duplicateValues':
      rows = `count(${c}) - count(DISTINCT ${c})`;
      break;
  }
  const observed = measure.unit === 'percent' ? `CASE WHEN count(*) = 0 THEN 0 ELSE 100.0 * (${rows}) / count(*) END` : rows;
  const from = sampling ? sampledRelation(target.dialect, table, c, sampling) : table;
  return { sql: `SELECT ${observed} AS observed FROM ${from}`, params };
}

/** The column's value as text, as the dialect casts it. */
function asText(dialect: CheckTarget['dialect'], column: string): string {
  switch (dialect) {
    case 'postgres':
      return `CAST(${column} AS text)`;
    case 'mysql':
      return `CAST(${column} AS CHAR)`;
    case 'sqlite':
      return `CAST(${column} AS TEXT)`;
  }
}

/** A value that does not match the pattern; SQLite has no regular expressions, which the planner knows. */
function notMatching(dialect: CheckTarget['dialect'], column: string, placeholder: string): string {
  switch (dialect) {
    case 'postgres':
      return `CAST(${column} AS text) !~ ${placeholder}`;
    case 'mysql':
      return `CAST(${column} AS CHAR) NOT REGEXP ${placeholder}`;
    case 'sqlite':
      throw new Error('SQLite has no regular expressions: an invalidValues rule with a pattern cannot run on it');
  }
}
