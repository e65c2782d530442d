/**
 * PostgreSQL's own parser (libpg-query: the server's grammar compiled to WebAssembly), for what
 * node-sql-parser's grammar lacks: MERGE. It gives PostgreSQL's parse tree (`MergeStmt`,
 * `RangeVar`, ...), the shapes `rewriteMerge.ts` reads.
 *
 * Its WebAssembly module loads asynchronously, and lineage is synchronous: whoever may hand
 * MERGE to `sqlLineage` awaits `ensurePostgresParser()` once before (a dbt crawl does). Until it
 * has loaded, `parsePostgres` says so and the MERGE gets a warning; nothing throws.
 *
 * libpg-query starts compiling its module when it is imported, so it is imported on first need,
 * not with this file: a process that never meets SQL never pays for it.
 */
import { lineAndColumn } from './describeParseFailure.ts';

export type { A_Const, MergeStmt, MergeWhenClause, Node, RangeVar, ResTarget } from 'libpg-query';
import type { Node } from 'libpg-query';

type LibPgQuery = typeof import('libpg-query');

let parser: LibPgQuery | undefined;
let loadFailure: string | undefined;
let loading: Promise<void> | undefined;

/** Loads the parser, once; later calls wait for the same load. Never rejects: a failure is reported by `parsePostgres`. */
export function ensurePostgresParser(): Promise<void> {
  loading ??= (async () => {
    try {
      const module = await import('libpg-query');
      await module.loadModule();
      parser = module;
    } catch (error) {
      loadFailure = error instanceof Error ? error.message : String(error);
    }
  })();
  return loading;
}

/** Whether `parsePostgres` can parse yet: results read before the parser loaded say it had not (LineageMemo keeps them apart). */
export function postgresParserState(): 'loaded' | 'not loaded' | 'failed' {
  return parser !== undefined ? 'loaded' : loadFailure !== undefined ? 'failed' : 'not loaded';
}

/** One statement of the SQL: its parse tree, and its text (the statement alone, without the `;`). */
export interface PostgresStatement {
  node: Node;
  text: string;
}

export type PostgresParse =
  | { statements: PostgresStatement[] }
  /** A syntax error, with where it is: `syntax error at or near "SET" at line 2, column 26`. */
  | { error: string }
  /** Why there is no parser to ask. */
  | { unavailable: string };

export function parsePostgres(sql: string): PostgresParse {
  if (parser === undefined) {
    return {
      unavailable:
        loadFailure === undefined
          ? 'PostgreSQL\'s parser is not loaded (await ensurePostgresParser() before reading the SQL)'
          : `PostgreSQL's parser could not be loaded: ${loadFailure}`,
    };
  }
  let tree: ReturnType<LibPgQuery['parseSync']>;
  try {
    tree = parser.parseSync(sql);
  } catch (error) {
    if (!parser.hasSqlDetails(error) || error.sqlDetails === undefined) return { error: (error as Error).message };
    return { error: `${error.sqlDetails.message} at ${lineAndColumn(sql, error.sqlDetails.cursorPosition)}` };
  }
  // Statement locations count bytes of the UTF-8 text, not characters.
  const bytes = Buffer.from(sql, 'utf8');
  const statements = (tree.stmts ?? []).flatMap(({ stmt, stmt_location: start = 0, stmt_len: length = 0 }) => {
    if (stmt === undefined) return [];
    const end = length > 0 ? start + length : bytes.length;
    return [{ node: stmt, text: bytes.subarray(start, end).toString('utf8') }];
  });
  return { statements };
}
