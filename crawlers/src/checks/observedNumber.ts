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
  throw new Error(`${what} returned ${JSON.stringify(String(value)).slice(0, 80)}, which is not a number`);
}
