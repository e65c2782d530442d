/**
 * The lineage of a query (a SELECT, with its WITH clause and UNION branches): the sources
 * of each output column. Each column's value sources come from its select-list expression;
 * the columns of the query's JOIN conditions, WHERE, GROUP BY, HAVING and QUALIFY decide
 * which rows exist, so they are influence sources of every output column. DuckDB's GROUP BY ALL
 * groups by the select-list items that hold no aggregate, so their sources are its GROUP BY's.
 */
import { holdsAggregate } from './aggregateFunctions.ts';
import {
  asSelect,
  columnRef,
  functionName,
  identifier,
  isGroupByAll,
  isNode,
  listOf,
  starModifiers,
  tableNameParts,
  type AstNode,
} from './astNodes.ts';
import { expandStar } from './expandStar.ts';
import { expressionSources, type ExpressionScope } from './expressionSources.ts';
import type { LineageContext } from './LineageContext.ts';
import { outputColumnName } from './outputColumnName.ts';
import { compose, mergeSources, type DerivedColumn, type FromItem, type Relation, type Source } from './Relation.ts';
import { renameColumns } from './renameColumns.ts';
import { resolveAmong } from './resolveColumn.ts';
import { Scope } from './Scope.ts';

export function analyseQuery(select: AstNode, parent: Scope | undefined, lineage: LineageContext): Relation {
  const scope = new Scope(parent);
  const ctes = listOf(select.with).filter(isNode);
  // RECURSIVE belongs to the whole WITH clause; the AST marks only its first CTE.
  const recursive = ctes.some((cte) => cte.recursive === true);
  for (const cte of ctes) defineCte(cte, recursive, scope, lineage);
  return setOperation(select, scope, lineage);
}

/** `a UNION b UNION ALL c` (also INTERSECT, EXCEPT): output column i is fed by column i of every branch. */
function setOperation(select: AstNode, scope: Scope, lineage: LineageContext): Relation {
  const branches: Relation[] = [];
  for (let branch: unknown = select; isNode(branch); branch = branch._next) {
    branches.push(selectCore(branch, new Scope(scope), lineage));
  }
  return branches.reduce((all, branch) => union(all, branch, lineage));
}

function union(first: Relation, second: Relation, lineage: LineageContext): Relation {
  if (first.columns.length !== second.columns.length) {
    lineage.warnings.push(`set operation branches have ${first.columns.length} and ${second.columns.length} columns`);
  }
  return {
    columns: first.columns.map((column, index) => ({
      name: column.name,
      sources: mergeSources([...column.sources, ...(second.columns[index]?.sources ?? [])]),
    })),
    unexpandedStars: [...first.unexpandedStars, ...second.unexpandedStars],
    influences: mergeSources([...first.influences, ...second.influences]),
  };
}

function defineCte(cte: AstNode, recursive: boolean, scope: Scope, lineage: LineageContext): void {
  const name = identifier(cte.name) ?? '';
  const body = asSelect(cte.stmt);
  if (body === undefined) {
    lineage.warnings.push(`CTE "${name}" is not a query: what reads it gets no lineage from it`);
    return;
  }
  const names = listOf(cte.columns).map((column) => (isNode(column) ? columnRef(column)?.column : identifier(column)) ?? '');
  const what = `CTE "${name}"`;
  if (!recursive || !isNode(body._next)) {
    scope.defineCte(name, renameColumns(analyseQuery(body, scope, lineage), names, what, lineage));
    return;
  }
  // WITH RECURSIVE r AS (anchor UNION recursive part): the anchor cannot read r; the recursive
  // part reads what r holds so far. Repeat until r stops gaining sources. It does stop: sources
  // only accumulate, from finitely many columns, and a longer path through r never raises a
  // confidence (every step multiplies by at most 1).
  let relation = renameColumns(selectCore(body, new Scope(scope), lineage), names, what, lineage);
  for (;;) {
    scope.defineCte(name, relation);
    const next = union(relation, renameColumns(setOperation(body, scope, lineage), names, what, lineage), lineage);
    if (JSON.stringify(next) === JSON.stringify(relation)) return;
    relation = next;
  }
}

/** One SELECT ... FROM ... WHERE ... GROUP BY ... HAVING, without its WITH or set operation. */
function selectCore(select: AstNode, scope: Scope, lineage: LineageContext): Relation {
  const at: ExpressionScope = { scope, lineage };
  const joins = fromClause(select.from, scope, lineage);
  const { columns, grouped, unexpandedStars } = selectList(select.columns, at);
  const byName: ExpressionScope = { ...at, aliases: new Map(columns.map((column) => [column.name, column.sources])) };
  const influences = mergeSources([
    ...joins,
    ...expressionSources(select.where, 'FILTER', at),
    ...groupBy(select.groupby, { columns, grouped, unexpandedStars }, byName),
    ...expressionSources(select.having, 'FILTER', byName),
    ...expressionSources(select.qualify, 'FILTER', byName),
  ]);
  return {
    columns: columns.map((column) => ({ name: column.name, sources: mergeSources([...column.sources, ...influences]) })),
    unexpandedStars,
    influences,
  };
}

/** Adds the FROM items to `scope`; returns the JOIN sources of their ON and USING conditions. */
function fromClause(from: unknown, scope: Scope, lineage: LineageContext): Source[] {
  const joins: Array<{ node: AstNode; left: FromItem[]; right: FromItem[] }> = [];
  const add = (nodes: unknown[]): void => {
    for (const node of nodes) {
      if (!isNode(node)) continue;
      const left = [...scope.items];
      // A parenthesised join, `(a JOIN b ON ...) JOIN c`, is a nested list of items.
      if (isNode(node.expr) && node.expr.type === 'tables') add(listOf(node.expr.expr));
      else {
        const item = fromItem(node, scope, lineage);
        if (item !== undefined) scope.items.push(item);
      }
      joins.push({ node, left, right: scope.items.slice(left.length) });
    }
  };
  add(listOf(from));
  // Conditions are read once every item is in scope, as a LATERAL subquery or a later ON may name any of them.
  return joins.flatMap(({ node, left, right }) => [
    ...expressionSources(node.on, 'JOIN', { scope, lineage }),
    ...listOf(node.using).flatMap((written) => {
      const column = (identifier(written) ?? '').toLowerCase();
      scope.usingColumns.add(column);
      const sides = [...(resolveAmong(left, column, lineage, true) ?? []), ...(resolveAmong(right, column, lineage, true) ?? [])];
      return sides.map((source) => compose(source, 'JOIN'));
    }),
  ]);
}

function fromItem(node: AstNode, scope: Scope, lineage: LineageContext): FromItem | undefined {
  if (node.type === 'dual') return undefined;
  const alias = identifier(node.as)?.toLowerCase();
  const query = asSelect(node.expr);
  if (query !== undefined) return { name: alias ?? '', relation: analyseQuery(query, scope, lineage) };
  const parts = tableNameParts(node);
  const [last] = parts.slice(-1);
  if (last === undefined) {
    // A table function or VALUES list: rows that come from no table.
    const name = isNode(node.expr) ? functionName(node.expr) : undefined;
    return { name: alias ?? name ?? '' };
  }
  const cte = parts.length === 1 ? scope.cte(last) : undefined;
  if (cte !== undefined) return { name: alias ?? last.toLowerCase(), relation: cte };
  const table = lineage.catalog.qualify(parts);
  lineage.tables.add(table);
  const known = lineage.catalog.columnsOf(table);
  const relation: Relation | undefined = known && {
    columns: known.map((column) => ({ name: column, sources: [{ table, column, transformation: 'IDENTITY', confidence: 1 }] })),
    unexpandedStars: [],
    influences: [],
  };
  return { name: alias ?? last.toLowerCase(), table, relation };
}

interface SelectList {
  columns: DerivedColumn[];
  /** The columns whose select-list item holds no aggregate: what GROUP BY ALL groups by. */
  grouped: DerivedColumn[];
  unexpandedStars: FromItem[];
}

function selectList(list: unknown, at: ExpressionScope): SelectList {
  const selected: SelectList = { columns: [], grouped: [], unexpandedStars: [] };
  for (const column of listOf(list)) {
    if (!isNode(column)) continue;
    const ref = isNode(column.expr) ? columnRef(column.expr) : undefined;
    if (ref?.column !== '*') {
      const name = (identifier(column.as) ?? outputColumnName(column.expr)).toLowerCase();
      const derived = { name, sources: expressionSources(column.expr, 'IDENTITY', at) };
      selected.columns.push(derived);
      if (!holdsAggregate(column.expr)) selected.grouped.push(derived);
      continue;
    }
    const star = expandStar(ref, starModifiers(column), at);
    selected.columns.push(...star.columns);
    selected.grouped.push(...star.columns.filter((expanded) => !star.aggregated.includes(expanded)));
    selected.unexpandedStars.push(...star.unexpandedStars);
  }
  return selected;
}

/** GROUP BY columns, output names (`GROUP BY day`) or positions (`GROUP BY 1`), or DuckDB's ALL. */
function groupBy(clause: unknown, selected: SelectList, at: ExpressionScope): Source[] {
  const items = isNode(clause) && 'columns' in clause ? listOf(clause.columns) : listOf(clause);
  return items.flatMap((item) => {
    if (isGroupByAll(item)) {
      if (selected.unexpandedStars.length > 0) {
        const unknown = selected.unexpandedStars.map((star) => star.table ?? star.name).join(', ');
        at.lineage.warnings.push(`GROUP BY ALL over * of ${unknown} (columns not known): those columns' GROUP_BY influence is missing`);
      }
      return selected.grouped.flatMap((column) => column.sources.map((source) => compose(source, 'GROUP_BY')));
    }
    if (isNode(item) && item.type === 'number' && typeof item.value === 'number') {
      return (selected.columns[item.value - 1]?.sources ?? []).map((source) => compose(source, 'GROUP_BY'));
    }
    return expressionSources(item, 'GROUP_BY', at);
  });
}
