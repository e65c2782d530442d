import { describe, expect, it } from 'vitest';
import { applyEdits, subStatementText } from './SetAside.ts';
import { setAsideAggregateFilters } from './setAsideAggregateFilters.ts';

describe('setAsideAggregateFilters', () => {
  it('blanks FILTER after a call the grammar reads as a plain function, and keeps its condition to read on its own, in place', () => {
    const sql = 'select jsonb_agg(x) filter (where y > 0) from t';
    const aside = setAsideAggregateFilters(sql, 'postgresql');
    expect(applyEdits(sql, aside.edits)).toBe('select jsonb_agg(x)                      from t');
    const filter = aside.restorations.get(7);
    expect(filter?.kind === 'aggregateFilter' && subStatementText(sql, aside.edits, filter.condition)).toBe(
      '                    SELECT  (     y > 0)       ',
    );
    expect(aside.restorations.size).toBe(1);
  });

  it('leaves FILTER after the aggregates the grammar reads it after, after WITHIN GROUP, before OVER, and in strings and comments', () => {
    const sql =
      "select count(*) filter (where z), mode() within group (order by x) filter (where w), bool_and(a) filter (where b) over (), 'f(x) filter (where y)' /* f(x) filter (where y) */ from t";
    expect(setAsideAggregateFilters(sql, 'postgresql')).toEqual({ edits: [], restorations: new Map() });
  });
});
