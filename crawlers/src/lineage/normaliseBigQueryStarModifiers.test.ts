import { describe, expect, it } from 'vitest';
import { normaliseBigQueryStarModifiers } from './normaliseBigQueryStarModifiers.ts';

// Shapes as node-sql-parser 5.4's BigQuery grammar gives them.
const star = (table: string | null = null) => ({ type: 'column_ref', table, column: '*' });
const column = (name: string, table: string | null = null) => ({ type: 'column_ref', table, column: { expr: { type: 'default', value: name } } });

describe('normaliseBigQueryStarModifiers', () => {
  it('makes * EXCEPT (...) and t.* REPLACE (... AS c) the star\'s starModifiers, leaving other items', () => {
    const doubled = { type: 'binary_expr', operator: '*', left: column('amount'), right: { type: 'number', value: 2 } };
    const select = {
      type: 'select',
      columns: [
        { expr: column('id'), as: null },
        { type: 'except', expr: star(), expr_list: [{ expr: column('note'), as: null }, { expr: column('id', 'o'), as: null }], parentheses: true },
        { type: 'replace', expr: star('o'), expr_list: [{ expr: doubled, as: 'Amount' }], parentheses: true },
      ],
    };
    expect(normaliseBigQueryStarModifiers(select)).toBeUndefined();
    expect(select.columns).toEqual([
      { expr: column('id'), as: null },
      {
        expr: star(),
        as: null,
        starModifiers: { exclude: [{ qualifier: [], column: 'note' }, { qualifier: ['o'], column: 'id' }], excludeKeyword: 'EXCEPT', replace: [] },
      },
      { expr: star('o'), as: null, starModifiers: { exclude: [], excludeKeyword: 'EXCEPT', replace: [{ column: 'amount', expression: doubled }] } },
    ]);
  });

  it('says why when EXCEPT lists no column name or REPLACE names no column', () => {
    const except = { type: 'select', columns: [{ type: 'except', expr: star(), expr_list: [{ expr: { type: 'number', value: 1 }, as: null }] }] };
    expect(normaliseBigQueryStarModifiers(except)).toBe('* EXCEPT lists something that is not a column name');
    const replace = { type: 'select', columns: [{ type: 'replace', expr: star(), expr_list: [{ expr: column('amount'), as: null }] }] };
    expect(normaliseBigQueryStarModifiers(replace)).toBe('* REPLACE gives one of its expressions no column name (AS ...)');
  });
});
