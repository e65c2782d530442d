import { describe, expect, it } from 'vitest';
import { LEXICONS } from '../lineage/tokenizeSql.ts';
import { dropJoinGroupParentheses } from './dropJoinGroupParentheses.ts';

const { mysql, sqlite } = LEXICONS;

describe('dropJoinGroupParentheses', () => {
  it('blanks the left-deep join groups MariaDB stores, keeping every other character in place', () => {
    expect(dropJoinGroupParentheses('select 1 from ((`s`.`a` join `s`.`b` on(`a`.`x` = `b`.`x`)) join c on(c.x = a.x))', mysql)).toBe(
      'select 1 from   `s`.`a` join `s`.`b` on(`a`.`x` = `b`.`x`)  join c on(c.x = a.x) ',
    );
  });

  it('does the same in a subquery, and leaves the subquery itself alone', () => {
    expect(dropJoinGroupParentheses('select (select 1 from ((a join b on(1)) join c on(1))) from (select 1) x', mysql)).toBe(
      'select (select 1 from   a join b on(1)  join c on(1) ) from (select 1) x',
    );
  });

  it('leaves a join nested on the right alone', () => {
    const sql = 'select 1 from a join (b join c on b.x = c.x) on a.x = b.x';
    expect(dropJoinGroupParentheses(sql, mysql)).toBe(sql);
  });

  it('ignores parentheses and FROM inside strings, quoted names and comments', () => {
    const sql = "select ' from ((', `from (`, \"x\\\")\" -- from (\n from (a) # from (\n";
    expect(dropJoinGroupParentheses(sql, mysql)).toBe("select ' from ((', `from (`, \"x\\\")\" -- from (\n from  a  # from (\n");
  });

  it('reads SQLite quoting: brackets are names and a backslash is a character', () => {
    expect(dropJoinGroupParentheses("select 'C:\\' from ([a b] join c on 1)", sqlite)).toBe("select 'C:\\' from  [a b] join c on 1 ");
  });

  it('leaves unbalanced SQL as it is, for the parser to report', () => {
    expect(dropJoinGroupParentheses('select 1 from ((a join b on 1)', mysql)).toBe('select 1 from ((a join b on 1)');
  });
});
