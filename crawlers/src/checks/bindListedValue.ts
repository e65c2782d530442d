/**
 * Binds one listed value (an acceptedValues check's values, a contract rule's
 * validValues, missingValues or pattern) as a parameter of `params`, and returns
 * its placeholder, so that a listed number compares with a text column as text
 * and with a number column as a number, on every dialect:
 *
 *   VARCHAR code IN (1)      '1' only; not '01', '1.0', ' 1', nor 'abc' for 0
 *   DECIMAL amount IN (2.5)  2.50
 *
 * PostgreSQL does so with the value as given (node-postgres sends a number as
 * text, of no type, and the server reads it as the column's type). The others
 * need the number as text:
 * - MySQL and MariaDB compare a string column with a number as numbers ('01' = 1,
 *   'abc' = 0); with text, a string column compares as text and a number column
 *   still as a number (the server converts the text);
 * - SQLite gets a JavaScript number from better-sqlite3 as a REAL, which a TEXT
 *   column reads as '1.0' (so '1' never equals 1). `(? + 0)` turns the text back
 *   into a number without affinity: a TEXT column applies its own ('1'), a number
 *   column compares numbers, and so does a view's untyped column holding numbers.
 */
import type { SqlDialect } from './quoteIdentifier.ts';

export type ListedValue = string | number;

export function bindListedValue(dialect: SqlDialect, params: Array<string | number>, value: ListedValue): string {
  if (dialect === 'postgres') {
    params.push(value);
    return `$${params.length}`;
  }
  if (typeof value === 'string') {
    params.push(value);
    return '?';
  }
  params.push(String(value));
  return dialect === 'sqlite' ? '(? + 0)' : '?';
}
