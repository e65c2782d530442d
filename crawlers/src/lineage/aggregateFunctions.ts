/**
 * Which calls are aggregates. node-sql-parser reads most as ordinary function calls. It only marks a
 * few as aggregates (`aggr_func`: COUNT, SUM, MIN, MAX, AVG, and per dialect ARRAY_AGG,
 * STRING_AGG, GROUP_CONCAT, LISTAGG), so a column inside, say, `jsonb_agg(x)` would otherwise
 * count as an EXPRESSION source rather than an AGGREGATION. Built-in aggregates of the
 * supported engines; `group_concat` is also Pagila's user-defined aggregate. A call with a
 * FILTER clause is an aggregate whatever its name (PostgreSQL and DuckDB allow FILTER only on
 * aggregates), which is how a user-defined one is known.
 */
import { asSelect, functionName, isNode, type AstNode } from './astNodes.ts';

export const AGGREGATE_FUNCTIONS: ReadonlySet<string> = new Set([
  'any_value',
  'approx_count_distinct',
  'array_agg',
  'avg',
  'bit_and',
  'bit_or',
  'bit_xor',
  'bool_and',
  'bool_or',
  'corr',
  'count',
  'count_if',
  'covar_pop',
  'covar_samp',
  'every',
  'group_concat',
  'json_agg',
  'json_arrayagg',
  'json_group_array',
  'json_group_object',
  'json_object_agg',
  'json_objectagg',
  'jsonb_agg',
  'jsonb_object_agg',
  // DuckDB's name for array_agg.
  'list',
  'listagg',
  'max',
  'median',
  'min',
  'mode',
  'percentile_cont',
  'percentile_disc',
  'std',
  'stddev',
  'stddev_pop',
  'stddev_samp',
  'string_agg',
  'sum',
  'total',
  'var_pop',
  'var_samp',
  'variance',
  'xmlagg',
]);

export function isAggregateCall(node: AstNode): boolean {
  if (node.type === 'aggr_func' || node.type === 'any_value') return true;
  if (node.type !== 'function') return false;
  const name = functionName(node);
  return isNode(node.filter) || (name !== undefined && AGGREGATE_FUNCTIONS.has(name));
}

/** Whether an expression calls an aggregate, not counting those inside its subqueries (`x + sum(y)`, not `(SELECT max(y) FROM t)`). */
export function holdsAggregate(expression: unknown): boolean {
  const pending: unknown[] = [expression];
  // Until the stack is empty, not until it gives undefined: an AST may hold an undefined property.
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (isNode(node) && asSelect(node) === undefined) {
      if (isAggregateCall(node)) return true;
      pending.push(...Object.values(node));
    }
  }
  return false;
}
