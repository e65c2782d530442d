import { describe, expect, it } from 'vitest';
import { normaliseSnowflakeStarExclude } from './normaliseSnowflakeStarExclude.ts';

// Shapes as node-sql-parser 5.4's Snowflake grammar gives them.
const excluding = (...names: unknown[]) => ({ type: 'function', name: { name: [{ type: 'origin', value: 'exclude' }] }, args: { type: 'expr_list', value: names } });
const column = (name: string, table: string | null = null) => ({ type: 'column_ref', table, column: name });

describe('normaliseSnowflakeStarExclude', () => {
  it('makes * EXCLUDE (...) and t.* EXCLUDE a the star\'s starModifiers, names quoted or qualified, leaving a bare star', () => {
    const select = {
      type: 'select',
      columns: [
        { expr: { type: 'column_ref', table: null, column: '*', suffix: excluding(column('Note'), column('id', 'c'), { type: 'double_quote_string', value: 'ID' }) }, as: null },
        { expr: { type: 'column_ref', table: 'o', column: '*', suffix: excluding(column('amount')) }, as: null },
        { expr: { type: 'column_ref', table: 'c', column: '*', suffix: null }, as: null },
      ],
    };
    expect(normaliseSnowflakeStarExclude(select)).toBeUndefined();
    expect(select.columns).toEqual([
      {
        expr: { type: 'column_ref', table: null, column: '*', suffix: null },
        as: null,
        starModifiers: {
          exclude: [{ qualifier: [], column: 'Note' }, { qualifier: ['c'], column: 'id' }, { qualifier: [], column: 'ID' }],
          excludeKeyword: 'EXCLUDE',
          replace: [],
        },
      },
      { expr: { type: 'column_ref', table: 'o', column: '*', suffix: null }, as: null, starModifiers: { exclude: [{ qualifier: [], column: 'amount' }], excludeKeyword: 'EXCLUDE', replace: [] } },
      { expr: { type: 'column_ref', table: 'c', column: '*', suffix: null }, as: null },
    ]);
  });

  it('says why when EXCLUDE lists something that is not a column name', () => {
    const select = { type: 'select', columns: [{ expr: { type: 'column_ref', column: '*', suffix: excluding({ type: 'single_quote_string', value: 'a' }) }, as: null }] };
    expect(normaliseSnowflakeStarExclude(select)).toBe('* EXCLUDE lists something that is not a column name');
  });
});
