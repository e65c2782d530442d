import { describe, expect, it } from 'vitest';
import { selectsIn } from './selectsIn.ts';

describe('selectsIn', () => {
  it('finds the SELECTs of CTEs, FROM and expression subqueries and UNION branches, past undefined fields', () => {
    const cte = { type: 'select', columns: [] };
    const inFrom = { type: 'select', columns: [] };
    const inExpression = { type: 'select', columns: [] };
    const branch = { type: 'select', columns: [] };
    const query = {
      type: 'select',
      with: [{ name: { value: 'r' }, stmt: { tableList: [], ast: cte } }],
      columns: [{ expr: { type: 'binary_expr', left: inExpression, right: { type: 'number', value: 1 } }, as: 'x' }],
      from: [{ expr: { ast: inFrom }, as: 's' }],
      _next: branch,
      // BigQuery's grammar leaves this on a statement; last, it is the first field the walk takes.
      _parentheses: undefined,
    };
    expect(new Set(selectsIn(query))).toEqual(new Set([query, cte, inFrom, inExpression, branch]));
  });

  it('finds the query of a CREATE VIEW, and none in a statement without one', () => {
    const view = { type: 'select', columns: [] };
    expect(selectsIn([{ type: 'create', keyword: 'view', select: view }])).toEqual([view]);
    expect(selectsIn({ type: 'update', table: [{ table: 't' }] })).toEqual([]);
  });
});
