import { describe, expect, it } from 'vitest';
import { applyEdits, subStatementText } from './SetAside.ts';
import { setAsideDuckDbSyntax } from './setAsideDuckDbSyntax.ts';

describe('setAsideDuckDbSyntax', () => {
  it('leaves a marker call for a star\'s EXCLUDE and REPLACE and for GROUP BY ALL, blanks ORDER BY ALL, keeping every other character in place', () => {
    const sql = 'select * exclude (a, "B") replace (x + 1 as x) from t group by all order by all desc';
    const aside = setAsideDuckDbSyntax(sql);
    expect(applyEdits(sql, aside.edits)).toBe('select * ,m()                                  from t group by m()                  ');
    const star = aside.restorations.get(10);
    expect(star).toMatchObject({ kind: 'starModifiers', exclude: [{ qualifier: [], column: 'a' }, { qualifier: [], column: 'B' }] });
    expect(star?.kind === 'starModifiers' && star.replace && subStatementText(sql, aside.edits, star.replace)).toBe(
      '                          SELECT   x + 1 as x                                       ',
    );
    expect(aside.restorations.get(63)).toEqual({ kind: 'groupByAll' });
    expect(aside.restorations.size).toBe(2);
  });

  it('leaves a multiplication, PostgreSQL\'s GROUP BY ALL a, * RENAME, and everything in strings, quoted names and comments', () => {
    const sql =
      "select a * replace(b, 'x', 'y'), '* exclude (a)', \"* exclude\" /* * exclude (a) */ from t group by all a; select * rename (a as b) from t -- group by all";
    expect(setAsideDuckDbSyntax(sql)).toEqual({ edits: [], restorations: new Map() });
  });
});
