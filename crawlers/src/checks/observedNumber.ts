/**
 * The number a check's query returned: the first column of its one row. Pure.
 * Drivers hand numbers back in their own ways (PostgreSQL's bigint and numeric
 * as strings, MySQL's DECIMAL as a string, SQLite's as numbers), so any numeric
 * string is read as a number; anything else is an error a person must fix.
 */
export function observedNumber(firstColumn: unknown[], what: string): number | null {
  if (firstColumn.length === 0) throw new Error(`${what} returned no row; it must return one number`);
  if (firstColumn.length > 1) throw new Error(`${what} returned several rows; it must return one number`);
  const value = firstColumn[0];
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw new Error(`${what} returned ${kindOf(value)}, which is not a number`);
}

/**
 * What a value is, never what it holds: the error becomes the result's message, shown to every
 * reader, and a customSql check may have selected a column nobody may see the values of
 * (`SELECT email ...`), which checkErrorReason.ts could not tell from the words around it.
 */
function kindOf(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : 'text';
  if (value instanceof Date) return 'a date';
  if (value instanceof Uint8Array) return 'bytes';
  return `a value of type ${typeof value}`;
}
