/**
 * SQL in PostgreSQL's grammar that holds a MERGE, which node-sql-parser cannot read: PostgreSQL's
 * own parser reads it (see `postgresParseTree.ts`), each MERGE becomes the INSERT ... SELECTs
 * it amounts to (see `rewriteMerge.ts`), and node-sql-parser reads those, and the script's
 * other statements, one at a time.
 */
import type { AstNode } from './astNodes.ts';
import type { ParsedSql } from './parseSql.ts';
import { parsePostgres, type MergeStmt } from './postgresParseTree.ts';
import { rewriteMerge, type MergeRewrite } from './rewriteMerge.ts';

/** A MERGE: the table it writes, and one INSERT ... SELECT (node-sql-parser's AST) per WHEN clause that writes columns. */
export interface MergeStatement {
  /** Name parts as written, outermost first. */
  target: string[];
  writes: AstNode[];
  /** WHEN clauses whose rewriting node-sql-parser could not read. */
  warnings: string[];
}

/** One statement: read by node-sql-parser, a MERGE, or one that could not be read (and why). */
export type ParsedStatement = { ast: AstNode } | { merge: MergeStatement } | { unread: string };

/**
 * The statements of `sql`, or undefined when PostgreSQL's parser finds no MERGE in it.
 * `parseStatement` reads one statement that is not a MERGE, as node-sql-parser does.
 */
export function parseMerge(sql: string, dialect: string, parseStatement: (sql: string) => ParsedSql): ParsedSql | undefined {
  const tree = parsePostgres(sql);
  if ('unavailable' in tree) return { warning: `cannot read MERGE (${dialect}): ${tree.unavailable}: no lineage extracted` };
  if ('error' in tree) return { warning: `could not parse SQL (${dialect}): ${tree.error}` };
  if (!tree.statements.some(({ node }) => 'MergeStmt' in node)) return undefined;
  const statements = tree.statements.flatMap(({ node, text }): ParsedStatement[] => {
    if ('MergeStmt' in node) return [readMerge(node.MergeStmt, parseStatement)];
    const parsed = parseStatement(text);
    return 'warning' in parsed ? [{ unread: parsed.warning }] : parsed.statements;
  });
  return { statements };
}

function readMerge(statement: MergeStmt, parseStatement: (sql: string) => ParsedSql): ParsedStatement {
  let rewrite: MergeRewrite;
  try {
    rewrite = rewriteMerge(statement);
  } catch (error) {
    // pgsql-deparser throws on a parse-tree node it does not know: one MERGE must not fail the whole lineage.
    return { unread: `MERGE could not be rewritten as INSERT ... SELECT: ${(error as Error).message}` };
  }
  const merge: MergeStatement = { target: rewrite.target, writes: [], warnings: [] };
  for (const { clause, sql } of rewrite.writes) {
    const parsed = parseStatement(sql);
    const [only] = 'statements' in parsed ? parsed.statements : [];
    if (only !== undefined && 'ast' in only) merge.writes.push(only.ast);
    else {
      const why = 'warning' in parsed ? parsed.warning : 'it is not one statement';
      merge.warnings.push(`MERGE's WHEN clause ${clause}, read as "${sql}": ${why}; its writes are missing from the lineage`);
    }
  }
  return { merge };
}
