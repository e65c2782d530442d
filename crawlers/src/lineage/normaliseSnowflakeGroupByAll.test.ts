import { describe, expect, it } from 'vitest';
import { GROUP_BY_ALL } from './astNodes.ts';
import { normaliseSnowflakeGroupByAll } from './normaliseSnowflakeGroupByAll.ts';

describe('normaliseSnowflakeGroupByAll', () => {
  it('makes the ALL keyword (as node-sql-parser 5.4\'s Snowflake grammar gives it) the GROUP_BY_ALL item', () => {
    const select = { type: 'select', groupby: { columns: [{ type: 'origin', value: 'all' }] } };
    normaliseSnowflakeGroupByAll(select);
    expect(select.groupby.columns).toEqual([GROUP_BY_ALL]);
  });

  it('leaves a column, and a quoted "ALL", which is a column of that name', () => {
    const items = [{ type: 'double_quote_string', value: 'ALL' }, { type: 'column_ref', table: null, column: 'all_time' }];
    const select = { type: 'select', groupby: { columns: [...items] } };
    normaliseSnowflakeGroupByAll(select);
    expect(select.groupby.columns).toEqual(items);
  });
});
