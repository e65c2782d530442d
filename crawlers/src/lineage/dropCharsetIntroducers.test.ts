import { describe, expect, it } from 'vitest';
import { dropCharsetIntroducers } from './dropCharsetIntroducers.ts';

describe('dropCharsetIntroducers', () => {
  it('blanks the introducer of a string, hexadecimal or bit literal, keeping every other character in place', () => {
    expect(dropCharsetIntroducers("concat(a,_utf8mb4' ',b), _latin1 \"x\", _binary 0x41, _UTF8 X'41', _ascii b'01', _utf8mb3 0b1")).toBe(
      "concat(a,        ' ',b),         \"x\",         0x41,       X'41',        b'01',          0b1",
    );
  });

  it('leaves names that are no character set, or not before a literal, and everything in strings, quoted names and comments', () => {
    const sql = "select _custom'x', _utf8mb4 + 1, `_utf8mb4` 'alias', '_latin1''s', `t`.`_utf8mb4` /* _latin1'c' */ # _utf8 'd'\n-- _utf8 'e'";
    expect(dropCharsetIntroducers(sql)).toBe(sql);
  });
});
