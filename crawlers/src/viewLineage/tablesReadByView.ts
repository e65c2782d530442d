/**
 * The tables a view reads, from its SQL, for stores that do not record them (MariaDB,
 * MySQL before 8.0.13, SQLite). Pure: the SQL comes from the catalog the extract read.
 *
 * A view's SQL may be beyond the parser (a dialect feature it lacks); that is an expected
 * outcome, returned as `unparseable` with a short reason for the crawl's warning, never thrown.
 */
import nodeSqlParser from 'node-sql-parser';
import { describeParseFailure } from '../lineage/describeParseFailure.ts';
import { dropCharsetIntroducers } from '../lineage/dropCharsetIntroducers.ts';
import { sqlTooLongToParse } from '../lineage/sqlTooLongToParse.ts';
import { LEXICONS, type SqlLexicon } from '../lineage/tokenizeSql.ts';
import { dropJoinGroupParentheses } from './dropJoinGroupParentheses.ts';

/** Named as in `lineage/SqlLineage.ts`, so a source can move to full SQL lineage without renaming. */
export type ViewSqlDialect = 'mysql' | 'mariadb' | 'sqlite';

export interface TableReference {
  /** As written; null when the view names the table without a schema. */
  schema: string | null;
  name: string;
}

export type TablesReadByView = { kind: 'tables'; tables: TableReference[] } | { kind: 'unparseable'; reason: string };

const PARSER_DATABASE: Record<ViewSqlDialect, string> = { mysql: 'MySQL', mariadb: 'MariaDB', sqlite: 'Sqlite' };

const LEXICON: Record<ViewSqlDialect, SqlLexicon> = { mysql: LEXICONS.mysql, mariadb: LEXICONS.mysql, sqlite: LEXICONS.sqlite };

const parser = new nodeSqlParser.Parser();

/** `sql` is a query (MySQL's VIEW_DEFINITION) or a whole `CREATE VIEW` statement (SQLite's sqlite_schema.sql). */
export function tablesReadByView(sql: string, dialect: ViewSqlDialect): TablesReadByView {
  const tooLong = sqlTooLongToParse(sql);
  if (tooLong) return { kind: 'unparseable', reason: tooLong };
  // MySQL and MariaDB store charset introducers (`_utf8mb4' '`) the parser cannot read; see dropCharsetIntroducers.ts.
  const stored = dialect === 'sqlite' ? sql : dropCharsetIntroducers(sql);
  const parseable = dropJoinGroupParentheses(stored, LEXICON[dialect]);
  let ast: unknown;
  try {
    ast = parser.astify(parseable, { database: PARSER_DATABASE[dialect] });
  } catch (error) {
    return { kind: 'unparseable', reason: describeParseFailure(error, parseable, LEXICON[dialect]) };
  }
  // A name a WITH clause defines reads like a table in FROM, but is not one.
  const commonTableExpressions = new Set<string>();
  const found: TableReference[] = [];
  walk(ast, commonTableExpressions, found);
  const seen = new Set<string>();
  return {
    kind: 'tables',
    tables: found.filter((table) => {
      const key = `${table.schema}\u0000${table.name}`;
      if (seen.has(key) || (table.schema === null && commonTableExpressions.has(table.name.toLowerCase()))) return false;
      seen.add(key);
      return true;
    }),
  };
}

/**
 * Collects the tables of every FROM clause and the names every WITH clause defines, in
 * subqueries too. The parser's own `tableList` misses the tables of a parenthesised join
 * nested on the right (`a join (b join c on ...) on ...`), which the AST has, so the AST is read.
 */
function walk(node: unknown, commonTableExpressions: Set<string>, found: TableReference[]): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, commonTableExpressions, found);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (Array.isArray(record.with)) {
    for (const cte of record.with) {
      const name = text((cte as { name?: unknown }).name);
      if (name) commonTableExpressions.add(name.toLowerCase());
    }
  }
  if (Array.isArray(record.from)) for (const item of record.from) collectFromItem(item, found);
  for (const value of Object.values(record)) walk(value, commonTableExpressions, found);
}

/** A FROM item is a table (`{db, table}`), a join group (`{expr: [items]}`) or a subquery (walked as any node). */
function collectFromItem(item: unknown, found: TableReference[]): void {
  if (typeof item !== 'object' || item === null) return;
  const { db, table, expr } = item as { db?: unknown; table?: unknown; expr?: unknown };
  const name = text(table);
  if (name) found.push({ schema: text(db) ?? null, name });
  if (Array.isArray(expr)) for (const nested of expr) collectFromItem(nested, found);
}

/** An identifier as the AST gives it: a string, or `{value}` when it was quoted. */
function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'string') return (value as { value: string }).value;
  return undefined;
}
