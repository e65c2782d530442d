/** The SQL dialects Polder runs checks in, one per checkable source kind. */
export type SqlDialect = 'postgres' | 'mysql' | 'sqlite';

/**
 * Quotes a schema, table or column name for `dialect`, doubling the quote
 * character inside it, so a name is always read as one identifier whatever it
 * holds (`a"; DROP TABLE x; --` is a strange table name, not a statement).
 * NUL cannot be carried by any of these quotings, so it is refused.
 */
export function quoteIdentifier(dialect: SqlDialect, name: string): string {
  if (name.length === 0) throw new Error('An identifier cannot be empty');
  if (name.includes('\0')) throw new Error(`The identifier ${JSON.stringify(name)} contains a NUL character`);
  // MySQL and MariaDB read backticks as identifier quotes whatever the sql_mode (ANSI_QUOTES or not).
  if (dialect === 'mysql') return '`' + name.replaceAll('`', '``') + '`';
  return '"' + name.replaceAll('"', '""') + '"';
}
