/**
 * SQL text to node-sql-parser's AST, in the grammar of the statement's dialect. A failure is
 * a warning for the caller, never an exception.
 */
// node-sql-parser is CommonJS; under ESM its named exports hang off the default export.
import nodeSqlParser from 'node-sql-parser';
import { isNode, listOf, type AstNode } from './astNodes.ts';
import type { SqlDialect } from './types.ts';

const { Parser } = nodeSqlParser;
const parser = new Parser();

/**
 * node-sql-parser's grammar per dialect. It has no DuckDB grammar; DuckDB's SQL is modelled on
 * PostgreSQL's (dbt-duckdb's compiled models parse with it), so PostgreSQL's reads it.
 */
const GRAMMARS: Record<SqlDialect, string> = {
  postgres: 'postgresql',
  duckdb: 'postgresql',
  mysql: 'mysql',
  mariadb: 'mariadb',
  sqlite: 'sqlite',
  bigquery: 'bigquery',
  snowflake: 'snowflake',
};

export type ParsedSql = { statements: AstNode[] } | { warning: string };

export function parseSql(sql: string, dialect: string): ParsedSql {
  if (!Object.hasOwn(GRAMMARS, dialect)) {
    return { warning: `unknown SQL dialect "${dialect}" (known: ${Object.keys(GRAMMARS).join(', ')})` };
  }
  const database = GRAMMARS[dialect as SqlDialect];
  let ast: unknown;
  try {
    ast = parser.astify(sql, { database });
  } catch (error) {
    if (leadingKeyword(sql) === 'MERGE') {
      return { warning: `MERGE is not supported by the SQL parser for ${dialect}: no lineage extracted` };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { warning: `could not parse SQL (${dialect}): ${message.split('\n')[0]}` };
  }
  const statements = listOf(ast).filter(isNode);
  return statements.length > 0 ? { statements } : { warning: 'the SQL holds no statement' };
}

/**
 * The first word of the SQL, past blanks and comments, upper-cased: only to name a statement
 * the parser does not know (MERGE) in the warning, never to read lineage.
 */
function leadingKeyword(sql: string): string {
  let at = 0;
  for (;;) {
    while (at < sql.length && sql[at]!.trim() === '') at += 1;
    const [opening, closing] = sql.startsWith('--', at) ? ['--', '\n'] : sql.startsWith('/*', at) ? ['/*', '*/'] : [];
    if (opening === undefined || closing === undefined) break;
    const end = sql.indexOf(closing, at + opening.length);
    at = end === -1 ? sql.length : end + closing.length;
  }
  let end = at;
  while (end < sql.length && sql[end]!.toLowerCase() !== sql[end]!.toUpperCase()) end += 1;
  return sql.slice(at, end).toUpperCase();
}
