/**
 * Why a check, a contract rule or a column profile could not run, as stored on its result in the graph and shown to every
 * reader. A store's error may quote a value of the table: PostgreSQL's `invalid input syntax for type
 * timestamp with time zone: "<value>"`, MySQL's `Incorrect datetime value: '<value>'` or `Duplicate entry
 * '<value>'`. A check may read a column nobody may see the values of, so such quotes are masked; the
 * quoted names of columns and tables (`column "x" does not exist`, SQLite's `no such column: "x"`) stay,
 * as they say what to fix.
 */
import { isTimeout } from './withTimeout.ts';

/** The longest reason stored: a reason, not a dump. */
export const MOST_REASON_CHARACTERS = 300;

// SQLite names what it cannot find after a colon too (`no such column: "emial"`): a name, which stays.
const SQLITE_NAME = String.raw`(?<!no such (?:column|table|function))`;

const QUOTED_VALUES = [
  // PostgreSQL and MySQL put a rejected value after a colon, at the end or before " for column".
  new RegExp(String.raw`${SQLITE_NAME}(: )"(?:[^"]|"")*"`, 'g'),
  new RegExp(String.raw`${SQLITE_NAME}(: )'(?:[^']|'')*'`, 'g'),
  // PostgreSQL: value "..." is out of range; MySQL: Duplicate entry '...', Truncated incorrect ... value: '...'.
  /(value )"(?:[^"]|"")*"/gi,
  /(entry )'(?:[^']|'')*'/gi,
];

export function checkErrorReason(error: unknown, timeoutMs: number): string {
  if (isTimeout(error)) return `timed out after ${timeoutMs.toLocaleString('en-US')} ms`;
  const message = (error as { message?: unknown } | null)?.message;
  let reason = typeof message === 'string' ? message : String(error);
  for (const pattern of QUOTED_VALUES) reason = reason.replace(pattern, '$1(value withheld)');
  return reason.length > MOST_REASON_CHARACTERS ? `${reason.slice(0, MOST_REASON_CHARACTERS - 1)}…` : reason;
}
