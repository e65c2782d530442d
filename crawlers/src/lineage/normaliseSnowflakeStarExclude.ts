/**
 * Snowflake's `* EXCLUDE (a, t.b)` (or `EXCLUDE a`), which node-sql-parser's Snowflake grammar
 * reads as a call to `exclude` hung on the star as its `suffix`, becomes the star's
 * `starModifiers` (see `astNodes.ts`), as DuckDB's `EXCLUDE` does; left as it is, lineage would
 * read a bare star, with edges from the columns left out.
 *
 * The grammar reads no `* REPLACE (...)`, `* RENAME (...)` or `* ILIKE '...'`: those fail to
 * parse, and that failure is the warning.
 *
 * @example
 * // SELECT * EXCLUDE (a) FROM t, whose select-list item node-sql-parser gives as
 * //   { expr: { type: 'column_ref', column: '*', suffix: { type: 'function', name: exclude, args: [<a>] } } }
 * // → { expr: { type: 'column_ref', column: '*', suffix: null }, starModifiers: { exclude: [a], excludeKeyword: 'EXCLUDE', replace: [] } }
 */
import { columnRef, functionName, isNode, listOf, type AstNode, type ColumnRef } from './astNodes.ts';

/** Changes `select`'s select list in place; says why when an EXCLUDE is not one lineage can read. */
export function normaliseSnowflakeStarExclude(select: AstNode): string | undefined {
  for (const item of listOf(select.columns)) {
    if (!isNode(item) || !isNode(item.expr) || columnRef(item.expr)?.column !== '*') continue;
    const suffix = item.expr.suffix;
    if (!isNode(suffix) || suffix.type !== 'function' || functionName(suffix) !== 'exclude') continue;
    const exclude: ColumnRef[] = [];
    for (const written of isNode(suffix.args) ? listOf(suffix.args.value) : []) {
      const excluded = excludedName(written);
      if (excluded === undefined) return '* EXCLUDE lists something that is not a column name';
      exclude.push(excluded);
    }
    const writable = item as Record<string, unknown>;
    writable.expr = { ...item.expr, suffix: null };
    writable.starModifiers = { exclude, excludeKeyword: 'EXCLUDE', replace: [] };
  }
  return undefined;
}

/** `a`, `t.a`, or `"A"`, which the grammar gives as a string node. */
function excludedName(written: unknown): ColumnRef | undefined {
  if (!isNode(written)) return undefined;
  if (written.type === 'double_quote_string' && typeof written.value === 'string') return { qualifier: [], column: written.value };
  return columnRef(written);
}
