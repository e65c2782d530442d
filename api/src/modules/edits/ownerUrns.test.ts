import { describe, expect, it } from 'vitest';
import { givenAt, looksLikeUrn, ownerUrnProblem } from './ownerUrns.ts';

describe('looksLikeUrn', () => {
  it('takes what starts like a URN, well formed or not, and leaves names and e-mail addresses', () => {
    expect(['urn:polder:person:ana', ' URN:polder:team:erp', 'urn:nope'].map(looksLikeUrn)).toEqual([true, true, true]);
    expect(['ana', 'ana@shop.example', 'Ana Lima <ana@shop.example>', 'erp-team', 'turn:x'].map(looksLikeUrn)).toEqual([false, false, false, false, false]);
  });
});

describe('ownerUrnProblem', () => {
  const directory = ['urn:polder:person:ana', 'urn:polder:person:bo', 'urn:polder:team:erp'];

  it('names the closest URN the directory has', () => {
    expect(ownerUrnProblem('urn:polder:person:anaa', directory)).toBe('no person or team urn:polder:person:anaa (did you mean urn:polder:person:ana?)');
    expect(ownerUrnProblem('urn:polder:team:epr', directory)).toBe('no person or team urn:polder:team:epr (did you mean urn:polder:team:erp?)');
    expect(ownerUrnProblem('urn:polder:person:zoltan-kovacs', directory)).toBe('no person or team urn:polder:person:zoltan-kovacs');
  });

  it('says when the catalog has no directory at all, and what to write instead', () => {
    expect(ownerUrnProblem('urn:polder:person:ana', [])).toBe(
      'no person or team urn:polder:person:ana: the catalog has no people directory (a directory source writes them); name the owner by name or e-mail',
    );
  });

  it('refuses a URN of another kind, or a malformed one', () => {
    const hint = 'is not a person or team URN (urn:polder:person:<id>, urn:polder:team:<id>); an owner may also be named by name or e-mail';
    expect(ownerUrnProblem('urn:polder:dataset:(postgres,shop,public.orders)', directory)).toBe(`"urn:polder:dataset:(postgres,shop,public.orders)" ${hint}`);
    expect(ownerUrnProblem('urn:polder:person:', directory)).toBe(`"urn:polder:person:" ${hint}`);
    expect(ownerUrnProblem('urn:ldap:ana', directory)).toBe(`"urn:ldap:ana" ${hint}`);
  });
});

describe('givenAt', () => {
  it('names each entry where the input gave it first, or where the checked list has it', () => {
    expect(givenAt(['sam', 'urn:polder:team:erp'], 'input.owners', ['sam', 'sam', 'urn:polder:team:erp'])).toEqual([
      { name: 'sam', argument: 'input.owners[0]' },
      { name: 'urn:polder:team:erp', argument: 'input.owners[2]' },
    ]);
    expect(givenAt(['ana', 'bo'], 'line 4.owners')).toEqual([
      { name: 'ana', argument: 'line 4.owners[0]' },
      { name: 'bo', argument: 'line 4.owners[1]' },
    ]);
  });
});
