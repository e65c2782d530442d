import { describe, expect, it } from 'vitest';
import { contradictedBy, contradictionBetween, describeRelation, firstContradiction, type TermRelation } from './relationContradiction.ts';

const relation = (from: string, kind: TermRelation['kind'], to: string, relationStatus: TermRelation['relationStatus'] = 'ACTIVE'): TermRelation => ({ from, kind, to, relationStatus });

describe('contradictionBetween', () => {
  it('refuses a kind of a term that is also its opposite, stored either way round', () => {
    expect(contradictionBetween(relation('debit', 'ANTONYM', 'credit'), relation('debit', 'IS_A', 'credit'))).toBe('a term is not the opposite of what it is a kind of');
    expect(contradictionBetween(relation('debit', 'IS_A', 'credit'), relation('credit', 'ANTONYM', 'debit'))).toBe('a term is not the opposite of what it is a kind of');
    expect(contradictionBetween(relation('credit', 'IS_A', 'debit'), relation('debit', 'ANTONYM', 'credit'))).toBe('a term is not the opposite of what it is a kind of');
  });

  it('refuses a term replaced by its opposite', () => {
    expect(contradictionBetween(relation('old', 'REPLACED_BY', 'new'), relation('new', 'ANTONYM', 'old'))).toBe('a term is not replaced by its opposite');
  });

  it('refuses two terms each a kind, a part, or the replacement of the other', () => {
    expect(contradictionBetween(relation('a', 'IS_A', 'b'), relation('b', 'IS_A', 'a'))).toBe('two terms are not each a kind of the other');
    expect(contradictionBetween(relation('a', 'HAS_A', 'b'), relation('b', 'HAS_A', 'a'))).toBe('two terms are not each a part of the other');
    expect(contradictionBetween(relation('a', 'REPLACED_BY', 'b'), relation('b', 'REPLACED_BY', 'a'))).toBe('two terms do not replace each other');
  });

  it('takes pairs that may hold together, the same relation again, and relations of other terms', () => {
    const holding: Array<[TermRelation, TermRelation]> = [
      [relation('bundle', 'IS_A', 'order'), relation('bundle', 'HAS_A', 'order')],
      [relation('bundle', 'IS_A', 'order'), relation('order', 'HAS_A', 'bundle')],
      [relation('premium', 'REPLACED_BY', 'customer'), relation('premium', 'IS_A', 'customer')],
      [relation('debit', 'ANTONYM', 'credit'), relation('credit', 'RELATED_TO', 'debit')],
      [relation('debit', 'ANTONYM', 'credit'), relation('debit', 'SEE_ALSO', 'credit')],
      [relation('a', 'IS_A', 'b'), relation('a', 'IS_A', 'b')],
      [relation('a', 'ANTONYM', 'b'), relation('b', 'ANTONYM', 'a')],
      [relation('a', 'IS_A', 'b'), relation('a', 'ANTONYM', 'c')],
    ];
    expect(holding.map(([a, b]) => contradictionBetween(a, b))).toEqual(holding.map(() => null));
  });

  it('lets a DEPRECATED relation, which no longer holds, contradict nothing', () => {
    expect(contradictionBetween(relation('debit', 'ANTONYM', 'credit'), relation('debit', 'IS_A', 'credit', 'DEPRECATED'))).toBeNull();
    expect(contradictionBetween(relation('debit', 'ANTONYM', 'credit', 'DEPRECATED'), relation('debit', 'IS_A', 'credit'))).toBeNull();
    expect(contradictionBetween(relation('debit', 'ANTONYM', 'credit', 'PROPOSED'), relation('debit', 'IS_A', 'credit'))).not.toBeNull();
  });
});

describe('contradictedBy', () => {
  it('names the first existing relation the proposed one contradicts', () => {
    const existing = [relation('debit', 'SEE_ALSO', 'credit'), relation('credit', 'ANTONYM', 'debit')];
    expect(contradictedBy(relation('debit', 'IS_A', 'credit'), existing)).toEqual({ relation: existing[1], reason: 'a term is not the opposite of what it is a kind of' });
    expect(contradictedBy(relation('debit', 'RELATED_TO', 'credit'), existing)).toBeUndefined();
  });
});

describe('firstContradiction', () => {
  it('finds a pair with a new relation in it, the new one first', () => {
    const old = relation('debit', 'IS_A', 'credit');
    const stated = relation('credit', 'ANTONYM', 'debit');
    expect(firstContradiction([old, stated], (r) => r === stated)).toEqual({ relation: stated, other: old, reason: 'a term is not the opposite of what it is a kind of' });
    expect(firstContradiction([old, stated], () => false)).toBeUndefined();
  });

  it('compares only relations between the same two terms', () => {
    const relations = [relation('a', 'IS_A', 'b'), relation('c', 'ANTONYM', 'a'), relation('b', 'ANTONYM', 'c'), relation('b', 'ANTONYM', 'a')];
    expect(firstContradiction(relations, (r) => r.from !== 'b')).toEqual({ relation: relations[0], other: relations[3], reason: 'a term is not the opposite of what it is a kind of' });
    expect(firstContradiction(relations.slice(0, 3), () => true)).toBeUndefined();
  });
});

describe('describeRelation', () => {
  it('names the terms', () => {
    expect(describeRelation(relation('urn:d', 'IS_A', 'urn:c'), (urn) => ({ 'urn:d': 'Debit', 'urn:c': 'Credit' })[urn]!)).toBe('"Debit" IS_A "Credit"');
  });
});
