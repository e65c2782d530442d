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
 * What the grammar lacks and lineage needs is set aside the same way and put back into the AST
 * after parsing (see `SetAside.ts`): in PostgreSQL's grammar (postgres, duckdb), FILTER after an
 * aggregate it reads as a plain function (`setAsideAggregateFilters.ts`); for DuckDB, its
 * `* EXCLUDE`, `* REPLACE`, `GROUP BY ALL` and `ORDER BY ALL` (`setAsideDuckDbSyntax.ts`).
 *
 * What a grammar does read, but in a shape of its own where lineage reads one shape for every
 * dialect, is mapped onto that shape after parsing: BigQuery's `* EXCEPT` and `* REPLACE`
 * (`normaliseBigQueryStarModifiers.ts`), Snowflake's `* EXCLUDE` and `GROUP BY ALL`
 * (`normaliseSnowflakeStarExclude.ts`, `normaliseSnowflakeGroupByAll.ts`).
 *
 * node-sql-parser has no MERGE in any grammar. In PostgreSQL's grammar (postgres, duckdb), SQL
 * that holds one is read by PostgreSQL's own parser instead, see `parseMerge.ts`.
 */
// node-sql-parser is CommonJS; under ESM its named exports hang off the default export.
import nodeSqlParser from 'node-sql-parser';
import { isNode, listOf, type AstNode } from './astNodes.ts';
import { describeParseFailure } from './describeParseFailure.ts';
import { dropCharsetIntroducers } from './dropCharsetIntroducers.ts';
import { holdsMerge } from './holdsMerge.ts';
import { normaliseBigQueryStarModifiers } from './normaliseBigQueryStarModifiers.ts';
import { normaliseSnowflakeGroupByAll } from './normaliseSnowflakeGroupByAll.ts';
import { normaliseSnowflakeStarExclude } from './normaliseSnowflakeStarExclude.ts';
import { parseMerge, type ParsedStatement } from './parseMerge.ts';
import { putBackSetAside, type PutBackFailure } from './putBackSetAside.ts';
import { replaceUnknownCastTypes } from './replaceUnknownCastTypes.ts';
import { selectsIn } from './selectsIn.ts';
import { applyEdits, combineSetAsides, type SetAside } from './SetAside.ts';
import { setAsideAggregateFilters } from './setAsideAggregateFilters.ts';
import { setAsideDuckDbSyntax } from './setAsideDuckDbSyntax.ts';
import { sqlTooLongToParse } from './sqlTooLongToParse.ts';
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
  /** Syntax the grammar lacks that lineage needs: set aside before parsing, put back after. */
  setAside?: (sql: string, grammar: string) => SetAside;
  /** Shapes of the grammar's own that lineage reads in another: mapped after parsing. */
  normalise?: readonly NormaliseSelect[];
}

/** Maps a shape in one SELECT in place; a result says why the SELECT cannot be read. */
type NormaliseSelect = (select: AstNode) => string | undefined;

/**
 * node-sql-parser 5.4 has no DuckDB grammar; DuckDB's SQL is modelled on PostgreSQL's
 * (dbt-duckdb's compiled models parse with it), so PostgreSQL's reads it, with DuckDB's
 * `* EXCLUDE (...)`, `* REPLACE (...)`, `GROUP BY ALL` and `ORDER BY ALL` set aside and put back.
 * Its other additions (`* RENAME (...)`, `COLUMNS(...)`, `QUALIFY`, `FROM t SELECT ...`, list and
 * struct literals) do not parse.
 */
const DIALECTS: Record<SqlDialect, DialectReading> = {
  postgres: { grammar: 'postgresql', lexicon: LEXICONS.postgres, prepare: replaceUnknownCastTypes, setAside: setAsideAggregateFilters },
  duckdb: {
    grammar: 'postgresql',
    lexicon: LEXICONS.postgres,
    prepare: replaceUnknownCastTypes,
    setAside: (sql, grammar) => combineSetAsides([setAsideDuckDbSyntax(sql), setAsideAggregateFilters(sql, grammar)]),
  },
  mysql: { grammar: 'mysql', lexicon: LEXICONS.mysql, prepare: dropCharsetIntroducers },
  mariadb: { grammar: 'mariadb', lexicon: LEXICONS.mysql, prepare: dropCharsetIntroducers },
  sqlite: { grammar: 'sqlite', lexicon: LEXICONS.sqlite },
  bigquery: { grammar: 'bigquery', lexicon: LEXICONS.standard, normalise: [normaliseBigQueryStarModifiers] },
  snowflake: { grammar: 'snowflake', lexicon: LEXICONS.standard, normalise: [normaliseSnowflakeStarExclude, normaliseSnowflakeGroupByAll] },
};

export type ParsedSql = { statements: ParsedStatement[] } | { warning: string };

export function parseSql(sql: string, dialect: string): ParsedSql {
  if (!Object.hasOwn(DIALECTS, dialect)) {
    return { warning: `unknown SQL dialect "${dialect}" (known: ${Object.keys(DIALECTS).join(', ')})` };
  }
  const tooLong = sqlTooLongToParse(sql);
  if (tooLong) return { warning: `not parsed: ${tooLong}` };
  const { grammar, lexicon, prepare, setAside, normalise = [] } = DIALECTS[dialect as SqlDialect];
  const prepared = prepare ? prepare(sql, grammar) : sql;
  const aside = setAside?.(prepared, grammar) ?? { edits: [], restorations: new Map() };
  const parseable = applyEdits(prepared, aside.edits);
  const putsBack = aside.restorations.size > 0;
  // Untrimmed, so that offsets (the put-back's, and a syntax error's) index the SQL as given.
  const astify = (text: string): unknown =>
    parser.astify(text, { database: grammar, trimQuery: false, parseOptions: { includeLocations: putsBack } });
  let ast: unknown;
  let failure: PutBackFailure | undefined;
  try {
    ast = astify(parseable);
    failure = putsBack ? putBackSetAside(ast, prepared, aside, astify) : undefined;
    failure ??= normaliseSelects(ast, normalise);
  } catch (error) {
    failure = { error, text: parseable };
  }
  if (failure !== undefined) {
    const why = 'warning' in failure ? failure.warning : describeParseFailure(failure.error, failure.text, lexicon);
    const unread = { warning: `could not parse SQL (${dialect}): ${why}` };
    if (!holdsMerge(sql, lexicon)) return unread;
    if (grammar !== 'postgresql') {
      return {
        warning: `cannot read MERGE (${dialect}): node-sql-parser has no grammar for it, and PostgreSQL's parser reads only postgres and duckdb SQL: no lineage extracted`,
      };
    }
    return parseMerge(sql, dialect, (statement) => parseSql(statement, dialect)) ?? unread;
  }
  const statements = listOf(ast).filter(isNode);
  return statements.length > 0 ? { statements: statements.map((statement) => ({ ast: statement })) } : { warning: 'the SQL holds no statement' };
}

function normaliseSelects(ast: unknown, normalise: readonly NormaliseSelect[]): { warning: string } | undefined {
  if (normalise.length === 0) return undefined;
  for (const select of selectsIn(ast)) {
    for (const step of normalise) {
      const warning = step(select);
      if (warning !== undefined) return { warning };
    }
  }
  return undefined;
}
