/**
 * Which base-table columns a column reference reads, following SQL's rules: a qualified
 * column belongs to the FROM item its qualifier names; a bare one to the item that has it,
 * looking in the query itself first, then in the queries around it (correlated subqueries).
 *
 * "Has it" comes from `known` (base tables) or from the subquery's select list. A table whose
 * columns are unknown may have any column: when it is the only candidate it is the owner;
 * when several are, the column is ambiguous and each gets a share of the confidence.
 */
import type { ColumnRef } from './astNodes.ts';
import type { LineageContext } from './LineageContext.ts';
import type { FromItem, Source } from './Relation.ts';
import type { Scope } from './Scope.ts';

/** The sources of `ref`, or undefined when no item in any enclosing query can have it. */
export function resolveColumn(ref: ColumnRef, scope: Scope, lineage: LineageContext): Source[] | undefined {
  const column = ref.column.toLowerCase();
  for (let query: Scope | undefined = scope; query !== undefined; query = query.parent) {
    if (ref.qualifier.length > 0) {
      const item = query.item(ref.qualifier);
      if (item !== undefined) return columnOf(item, column, lineage);
    } else {
      const sources = resolveAmong(query.items, column, lineage, query.usingColumns.has(column));
      if (sources !== undefined) return sources;
    }
  }
  return undefined;
}

/**
 * The sources of a bare `column` among `items` (one query's FROM items, or the left side of a
 * USING join), or undefined when none of them can have it. With `leftmost`, the first
 * candidate owns it (a USING column) instead of it being ambiguous.
 */
export function resolveAmong(
  items: readonly FromItem[],
  column: string,
  lineage: LineageContext,
  leftmost = false,
): Source[] | undefined {
  const listing = items.filter((item) => item.relation?.columns.some((c) => c.name === column));
  const candidates = listing.length > 0 ? listing : items.filter(mayHaveAnyColumn);
  const [first] = candidates;
  if (first === undefined) return undefined;
  if (candidates.length === 1 || leftmost) return columnOf(first, column, lineage);
  const share = 1 / candidates.length;
  const owners = candidates.map((item) => item.table ?? item.name).join(', ');
  lineage.warnings.push(`ambiguous column "${column}" (in ${owners}): lineage from each with confidence ${Number(share.toFixed(2))}`);
  return candidates.flatMap((item) =>
    columnOf(item, column, lineage).map((source) => ({ ...source, confidence: source.confidence * share })),
  );
}

function mayHaveAnyColumn(item: FromItem): boolean {
  return item.relation === undefined || item.relation.unexpandedStars.length > 0;
}

function columnOf(item: FromItem, column: string, lineage: LineageContext): Source[] {
  const relation = item.relation;
  const listed = relation?.columns.find((c) => c.name === column);
  if (listed !== undefined) return listed.sources;
  if (relation !== undefined && relation.unexpandedStars.length > 0) {
    return [...(resolveAmong(relation.unexpandedStars, column, lineage) ?? []), ...relation.influences];
  }
  // A base table: the SQL is the better witness when `known` does not list the column (it may be stale).
  if (item.table !== undefined) return [{ table: item.table, column, transformation: 'IDENTITY', confidence: 1 }];
  if (relation !== undefined) lineage.warnings.push(`column "${column}" is not an output of "${item.name}"`);
  // Otherwise a table function (`generate_series(...)`): its columns come from no table.
  return [];
}
