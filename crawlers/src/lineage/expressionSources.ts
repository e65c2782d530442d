/**
 * The base-table columns an expression reads, and how each reaches its result. Every column
 * in an expression feeds it: in `CASE WHEN a THEN b END` both `a` and `b` are EXPRESSION
 * sources, as in `a || b` or `CAST(a AS int)`; a bare column is an IDENTITY source; a column
 * inside an aggregate's arguments is an AGGREGATION source (its window, `OVER (PARTITION BY
 * p)`, only shapes it: EXPRESSION; its `FILTER (WHERE c)` only picks the rows: FILTER). Used as an influence (a WHERE clause, say), every column
 * becomes a source of that kind.
 *
 * The walk visits every field of nodes it does not know, so expression forms that differ per
 * dialect (JSON operators, intervals, `::` casts...) still yield their columns.
 */
import { isAggregateCall } from './aggregateFunctions.ts';
import { asSelect, columnRef, isNode, type AstNode } from './astNodes.ts';
import type { LineageContext } from './LineageContext.ts';
import { compose, isInfluence, strongest, type DirectTransformation, type Source } from './Relation.ts';
import { resolveColumn } from './resolveColumn.ts';
import type { Scope } from './Scope.ts';
import type { Transformation } from './types.ts';

export interface ExpressionScope {
  scope: Scope;
  lineage: LineageContext;
  /**
   * The select list's columns by output name, for GROUP BY and HAVING, which may name them
   * (`GROUP BY day` for `date_trunc('day', at) AS day`).
   */
  aliases?: ReadonlyMap<string, Source[]>;
}

export function expressionSources(expression: unknown, use: Transformation, at: ExpressionScope): Source[] {
  const sources: Source[] = [];
  // A stack rather than recursion: `a + b + c ...` nests one node per operator, and generated
  // SQL chains thousands of them. Parts are pushed last-first so they are read in SQL order.
  const pending: Array<[unknown, Transformation]> = [[expression, use]];
  const push = (parts: unknown[], partUse: Transformation): void => {
    for (let index = parts.length - 1; index >= 0; index -= 1) pending.push([parts[index], partUse]);
  };
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [node, nodeUse] = next;
    if (Array.isArray(node)) {
      push(node, nodeUse);
      continue;
    }
    if (!isNode(node)) continue;
    const query = asSelect(node);
    if (query !== undefined) {
      // A scalar, IN or EXISTS subquery: its columns feed the expression as they feed the subquery.
      const relation = at.lineage.analyseQuery(query, at.scope);
      sources.push(...relation.columns.flatMap((column) => column.sources.map((source) => compose(source, nodeUse))));
    } else if (node.type === 'column_ref') {
      sources.push(...columnSources(node, nodeUse, at));
    } else if (isAggregateCall(node)) {
      const { over, filter, ...call } = node;
      pending.push([over, deeper(nodeUse, 'EXPRESSION')]);
      // `FILTER (WHERE ...)` decides which rows are aggregated, as a WHERE clause decides which exist.
      pending.push([filter, isInfluence(nodeUse) ? nodeUse : 'FILTER']);
      push(Object.values(call), deeper(nodeUse, 'AGGREGATION'));
    } else {
      push(Object.values(node), deeper(nodeUse, 'EXPRESSION'));
    }
  }
  return sources;
}

function columnSources(node: AstNode, use: Transformation, at: ExpressionScope): Source[] {
  const ref = columnRef(node);
  // `COUNT(*)` and `COUNT(t.*)` count rows: no column feeds them.
  if (ref === undefined || ref.column === '*') return [];
  const name = ref.column.toLowerCase();
  const alias = ref.qualifier.length === 0 ? at.aliases?.get(name) : undefined;
  // SQL reads a FROM column before an alias of the same name; when the tables' columns are
  // unknown, an existing alias is the likelier meaning.
  if (alias !== undefined && !at.scope.items.some((item) => item.relation?.columns.some((c) => c.name === name))) {
    return alias.map((source) => compose(source, use));
  }
  const sources = resolveColumn(ref, at.scope, at.lineage);
  if (sources !== undefined) return sources.map((source) => compose(source, use));
  at.lineage.warnings.push(`column "${[...ref.qualifier, ref.column].join('.')}" matches no table in scope`);
  return [];
}

/** How a column inside `level` reaches the result: influence stays influence, values take the stronger step. */
function deeper(use: Transformation, level: DirectTransformation): Transformation {
  return isInfluence(use) ? use : strongest(use, level);
}
