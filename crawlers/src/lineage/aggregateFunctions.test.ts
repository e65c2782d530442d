import { describe, expect, it } from 'vitest';
import { holdsAggregate } from './aggregateFunctions.ts';

const column = (name: string) => ({ type: 'column_ref', table: null, column: name });
const sum = { type: 'aggr_func', name: 'SUM', args: { expr: column('amount') } };

describe('holdsAggregate', () => {
  it('finds an aggregate anywhere in an expression, not inside a subquery', () => {
    expect(holdsAggregate({ type: 'binary_expr', operator: '+', left: column('fee'), right: sum })).toBe(true);
    expect(holdsAggregate({ type: 'binary_expr', operator: '+', left: column('fee'), right: column('tax') })).toBe(false);
    const subquery = { ast: { type: 'select', columns: [{ expr: sum, as: null }], from: [{ table: 't' }] } };
    expect(holdsAggregate({ type: 'binary_expr', operator: '+', left: column('fee'), right: subquery })).toBe(false);
  });

  it('reads past a property node-sql-parser left undefined (BigQuery leaves `_parentheses` so)', () => {
    expect(holdsAggregate({ type: 'binary_expr', operator: '+', left: sum, right: column('fee'), _parentheses: undefined })).toBe(true);
    expect(holdsAggregate([sum, undefined])).toBe(true);
  });
});
