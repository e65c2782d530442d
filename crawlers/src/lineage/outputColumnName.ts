/**
 * The name an unaliased select-list expression gets, by PostgreSQL's rule (FigureColname):
 * a column keeps its name (also through a cast: `x::int` is `x`), a function call takes the
 * function's, CASE is `case`, a scalar subquery takes its column's, anything else `?column?`.
 * MySQL and SQLite name such columns after their text instead; that text is not in the AST.
 */
import { asSelect, columnRef, functionName, identifier, isNode, listOf } from './astNodes.ts';

const UNNAMED = '?column?';

export function outputColumnName(expression: unknown): string {
  if (!isNode(expression)) return UNNAMED;
  const query = asSelect(expression);
  if (query !== undefined) {
    const [first] = listOf(query.columns);
    return isNode(first) ? (identifier(first.as) ?? outputColumnName(first.expr)) : UNNAMED;
  }
  switch (expression.type) {
    case 'column_ref':
      return columnRef(expression)?.column ?? UNNAMED;
    case 'cast':
      return outputColumnName(expression.expr);
    case 'aggr_func':
    case 'function':
    case 'window_func':
      return functionName(expression) ?? UNNAMED;
    case 'case':
      return 'case';
    default:
      return UNNAMED;
  }
}
