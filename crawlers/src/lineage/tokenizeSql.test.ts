import { describe, expect, it } from 'vitest';
import { LEXICONS, tokenizeSql } from './tokenizeSql.ts';

const kindsAndTexts = (sql: string, lexicon: (typeof LEXICONS)[keyof typeof LEXICONS]) =>
  tokenizeSql(sql, lexicon).map((token) => `${token.kind}:${token.text}`);

describe('tokenizeSql', () => {
  it("reads PostgreSQL's strings: doubled quotes, E'' escapes, dollar quotes; nested comments yield nothing", () => {
    expect(kindsAndTexts("x::t, 'it''s', E'a\\'b', $q$ ' $q$ /* a /* b */ c */ \"n\"", LEXICONS.postgres)).toEqual([
      'word:x',
      'other:::',
      'word:t',
      'other:,',
      "string:'it''s'",
      'other:,',
      "string:E'a\\'b'",
      'other:,',
      "string:$q$ ' $q$",
      'quotedName:"n"',
    ]);
  });

  it("reads MySQL's backslash escapes, # comments and backquoted names; -- needs a blank after it", () => {
    expect(kindsAndTexts("'a\\'b' # c\n`d` a--1 -- e", LEXICONS.mysql)).toEqual(["string:'a\\'b'", 'quotedName:`d`', 'word:a', 'other:-', 'other:-', 'word:1']);
  });

  it('gives each token its place in the SQL', () => {
    expect(tokenizeSql('a (b)', LEXICONS.sqlite)).toEqual([
      { kind: 'word', start: 0, end: 1, text: 'a' },
      { kind: 'open', start: 2, end: 3, text: '(' },
      { kind: 'word', start: 3, end: 4, text: 'b' },
      { kind: 'close', start: 4, end: 5, text: ')' },
    ]);
  });
});
