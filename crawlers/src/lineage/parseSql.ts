/**
 * SQL text to node-sql-parser's AST, in the grammar of the statement's dialect. A failure is
 * a warning for the caller, never an exception.
 *
 * Before parsing, what a store writes into its SQL that the grammar lacks, and that has no
 * bearing on lineage, is set aside with a lexer (never a pattern over the raw text):
 * PostgreSQL's casts to types the grammar does not know (`'active'::rental_status`, see
 * `replaceUnknownCastTypes.ts`), MySQL's charset introducers (`_utf8mb4' '`, see
 * `dropCharsetIntroducers.ts`).
 *
 * node-sql-parser has no MERGE in any grammar. In PostgreSQL's grammar (postgres, duckdb), SQL
 * that holds one is read by PostgreSQL's own parser instead, see `parseMerge.ts`.
 */
// node-sql-parser is CommonJS; under ESM its named exports hang off the default export.
import nodeSqlParser from 'node-sql-parser';
import { isNode, listOf } from './astNodes.ts';
import { describeParseFailure } from './describeParseFailure.ts';
import { dropCharsetIntroducers } from './dropCharsetIntroducers.ts';
import { holdsMerge } from './holdsMerge.ts';
import { parseMerge, type ParsedStatement } from './parseMerge.ts';
import { replaceUnknownCastTypes } from './replaceUnknownCastTypes.ts';
import { LEXICONS, type SqlLexicon } from './tokenizeSql.ts';
import type { SqlDialect } from './types.ts';

const { Parser } = nodeSqlParser;
const parser = new Parser();

interface DialectReading {
  /** node-sql-parser's grammar. */
  grammar: string;
  lexicon: SqlLexicon;
  /** Rewrites that keep the lineage and let the grammar read the SQL. */
  prepare?: (sql: string, grammar: string) => string;
}

/**
 * node-sql-parser 5.4 has no DuckDB grammar; DuckDB's SQL is modelled on PostgreSQL's
 * (dbt-duckdb's compiled models parse with it), so PostgreSQL's reads it. DuckDB's own
 * additions (`SELECT * EXCLUDE (...)`, `GROUP BY ALL`, `QUALIFY`, `FROM t SELECT ...`, list and
 * struct literals) do not parse.
 */
const DIALECTS: Record<SqlDialect, DialectReading> = {
  postgres: { grammar: 'postgresql', lexicon: LEXICONS.postgres, prepare: replaceUnknownCastTypes },
  duckdb: { grammar: 'postgresql', lexicon: LEXICONS.postgres, prepare: replaceUnknownCastTypes },
  mysql: { grammar: 'mysql', lexicon: LEXICONS.mysql, prepare: dropCharsetIntroducers },
  mariadb: { grammar: 'mariadb', lexicon: LEXICONS.mysql, prepare: dropCharsetIntroducers },
  sqlite: { grammar: 'sqlite', lexicon: LEXICONS.sqlite },
  bigquery: { grammar: 'bigquery', lexicon: LEXICONS.standard },
  snowflake: { grammar: 'snowflake', lexicon: LEXICONS.standard },
};

export type ParsedSql = { statements: ParsedStatement[] } | { warning: string };

export function parseSql(sql: string, dialect: string): ParsedSql {
  if (!Object.hasOwn(DIALECTS, dialect)) {
    return { warning: `unknown SQL dialect "${dialect}" (known: ${Object.keys(DIALECTS).join(', ')})` };
  }
  const { grammar, lexicon, prepare } = DIALECTS[dialect as SqlDialect];
  const parseable = prepare ? prepare(sql, grammar) : sql;
  let ast: unknown;
  try {
    ast = parser.astify(parseable, { database: grammar });
  } catch (error) {
    const failure = { warning: `could not parse SQL (${dialect}): ${describeParseFailure(error, parseable, lexicon)}` };
    if (!holdsMerge(sql, lexicon)) return failure;
    if (grammar !== 'postgresql') {
      return {
        warning: `cannot read MERGE (${dialect}): node-sql-parser has no grammar for it, and PostgreSQL's parser reads only postgres and duckdb SQL: no lineage extracted`,
      };
    }
    return parseMerge(sql, dialect, (statement) => parseSql(statement, dialect)) ?? failure;
  }
  const statements = listOf(ast).filter(isNode);
  return statements.length > 0 ? { statements: statements.map((statement) => ({ ast: statement })) } : { warning: 'the SQL holds no statement' };
}
