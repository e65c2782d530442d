/**
 * The columns a `*` or `t.*` in a select list stands for: those of every FROM item (or of `t`)
 * whose columns are known, in order, with its `EXCLUDE` (BigQuery's `EXCEPT`) and `REPLACE`
 * applied (see `StarModifiers` in `astNodes.ts`). An item whose columns are unknown is returned in
 * `unexpandedStars`: a column read through it later may be any of its columns.
 *
 * @example
 * // orders(id, customer_id, amount):
 * // * EXCLUDE (customer_id) REPLACE (amount / 100 AS amount) → id (IDENTITY of orders.id), amount (EXPRESSION of orders.amount)
 */
import { holdsAggregate } from './aggregateFunctions.ts';
import type { ColumnRef, StarModifiers } from './astNodes.ts';
import { expressionSources, type ExpressionScope } from './expressionSources.ts';
import type { DerivedColumn, FromItem } from './Relation.ts';

export interface ExpandedStar {
  columns: DerivedColumn[];
  /** Those of `columns` that an aggregate computes (a REPLACE by one), which GROUP BY ALL leaves out. */
  aggregated: DerivedColumn[];
  unexpandedStars: FromItem[];
}

export function expandStar(ref: ColumnRef, modifiers: StarModifiers | undefined, at: ExpressionScope): ExpandedStar {
  const expanded: ExpandedStar = { columns: [], aggregated: [], unexpandedStars: [] };
  const items = ref.qualifier.length === 0 ? at.scope.items : [at.scope.item(ref.qualifier)];
  const replacements = new Map(
    (modifiers?.replace ?? []).map(({ column, expression }) => [
      column,
      { name: column, sources: expressionSources(expression, 'IDENTITY', at), aggregated: holdsAggregate(expression) },
    ]),
  );
  const excludedSomething = new Set<ColumnRef>();
  const replacedSomething = new Set<string>();
  const add = (column: DerivedColumn, aggregated: boolean): void => {
    expanded.columns.push(column);
    if (aggregated) expanded.aggregated.push(column);
  };
  for (const item of items) {
    if (item === undefined) {
      at.lineage.warnings.push(`"${ref.qualifier.join('.')}.*" names no table in scope`);
      continue;
    }
    for (const column of item.relation?.columns ?? []) {
      const exclusion = modifiers?.exclude.find(
        (excluded) => excluded.column.toLowerCase() === column.name && (excluded.qualifier.length === 0 || at.scope.item(excluded.qualifier) === item),
      );
      const replacement = replacements.get(column.name);
      if (exclusion !== undefined) excludedSomething.add(exclusion);
      else if (replacement === undefined) add(column, false);
      else {
        replacedSomething.add(column.name);
        add({ name: column.name, sources: replacement.sources }, replacement.aggregated);
      }
    }
    if (item.relation === undefined || item.relation.unexpandedStars.length > 0) expanded.unexpandedStars.push(item);
  }
  const unknown = expanded.unexpandedStars.map((item) => item.table ?? item.name).join(', ');
  for (const replacement of replacements.values()) {
    if (replacedSomething.has(replacement.name)) continue;
    // Left out, a column read through an unexpanded star would come out as an IDENTITY of the
    // table's column: a wrong edge. Listed, its lineage is right and only its place is a guess.
    add({ name: replacement.name, sources: replacement.sources }, replacement.aggregated);
    at.lineage.warnings.push(
      unknown === ''
        ? `* REPLACE names "${replacement.name}", which no column behind the * has: listed after them`
        : `the place of "${replacement.name}" (* REPLACE) among the columns of ${unknown} is unknown (columns not known): listed after the known ones`,
    );
  }
  // A column the unexpanded items may hold needs no exclusion from what is listed.
  for (const excluded of unknown === '' ? (modifiers?.exclude ?? []) : []) {
    if (!excludedSomething.has(excluded)) {
      at.lineage.warnings.push(`* ${modifiers?.excludeKeyword} names "${[...excluded.qualifier, excluded.column].join('.')}", which no column behind the * has`);
    }
  }
  return expanded;
}
