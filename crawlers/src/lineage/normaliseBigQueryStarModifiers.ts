/**
 * BigQuery's `* EXCEPT (a, b)` and `* REPLACE (expr AS c, ...)`, which node-sql-parser's BigQuery
 * grammar reads as a select-list item of its own kind, become the star's `starModifiers` (see
 * `astNodes.ts`), as DuckDB's `EXCLUDE` and `REPLACE` do; left as they are, lineage would read a
 * bare star: edges from the columns left out, and IDENTITY ones for those replaced.
 *
 * The grammar reads one of them after a star, not both (`* EXCEPT (a) REPLACE (...)` fails to
 * parse, and that failure is the warning).
 *
 * @example
 * // SELECT * EXCEPT (a) FROM t, whose select list node-sql-parser gives as
 * //   [{ type: 'except', expr: <*>, expr_list: [{ expr: <a> }] }]
 * // → [{ expr: <*>, as: null, starModifiers: { exclude: [a], excludeKeyword: 'EXCEPT', replace: [] } }]
 */
import { columnRef, identifier, isNode, type AstNode, type StarModifiers } from './astNodes.ts';

/** Changes `select`'s select list in place; says why when a modifier is not one lineage can read. */
export function normaliseBigQueryStarModifiers(select: AstNode): string | undefined {
  if (!Array.isArray(select.columns)) return undefined;
  const items = select.columns as unknown[];
  for (const [index, item] of items.entries()) {
    if (!isNode(item) || (item.type !== 'except' && item.type !== 'replace') || !Array.isArray(item.expr_list)) continue;
    const star = isNode(item.expr) ? columnRef(item.expr) : undefined;
    if (star?.column !== '*') return `${String(item.type).toUpperCase()} (...) follows no * in the select list`;
    const entries = item.expr_list.filter(isNode);
    const modifiers: StarModifiers = { exclude: [], excludeKeyword: 'EXCEPT', replace: [] };
    if (item.type === 'except') {
      for (const entry of entries) {
        const excluded = isNode(entry.expr) ? columnRef(entry.expr) : undefined;
        if (excluded === undefined) return '* EXCEPT lists something that is not a column name';
        modifiers.exclude.push(excluded);
      }
    } else {
      for (const entry of entries) {
        const column = identifier(entry.as);
        // BigQuery rejects a replacement without a name; which column it replaces is unknown.
        if (column === undefined) return '* REPLACE gives one of its expressions no column name (AS ...)';
        modifiers.replace.push({ column: column.toLowerCase(), expression: entry.expr });
      }
    }
    items[index] = { expr: item.expr, as: null, starModifiers: modifiers };
  }
  return undefined;
}
