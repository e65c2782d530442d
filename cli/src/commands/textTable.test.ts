import { describe, expect, it } from 'vitest';
import { textTable } from './textTable.ts';

describe('textTable', () => {
  it('aligns each column to its widest cell, with nothing at the end of a line', () => {
    expect(textTable([['USERNAME', 'ROLES', 'DOMAINS'], ['ann', 'VIEWER', ''], ['administrator', 'ADMIN', 'rentals']])).toBe(
      'USERNAME       ROLES   DOMAINS\nann            VIEWER\nadministrator  ADMIN   rentals\n',
    );
  });

  it('shows a control character as U+FFFD rather than sending it to the terminal', () => {
    expect(textTable([['Ada\u001b[2J', 'x\ny']])).toBe('Ada\uFFFD[2J  x\uFFFDy\n');
  });

  it('prints nothing for no rows', () => {
    expect(textTable([])).toBe('');
  });
});
