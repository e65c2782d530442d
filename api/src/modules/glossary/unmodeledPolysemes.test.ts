import { describe, expect, it } from 'vitest';
import { findUnmodeledPolysemes } from './unmodeledPolysemes.ts';

const term = (urn: string, name: string, domain: string, synonyms: string[] = []) => ({ urn, name, domain, synonyms });

describe('findUnmodeledPolysemes', () => {
  it('groups terms of different domains sharing a name or synonym, regardless of case', () => {
    const renter = term('r', 'Customer', 'rentals');
    const account = term('f', 'Customer account', 'finance', ['customer']);
    const user = term('d', 'customer', 'delivery');
    const order = term('o1', 'Order', 'rentals');
    const sameDomain = term('o2', 'order', 'rentals');
    expect(findUnmodeledPolysemes([renter, account, user, order, sameDomain])).toEqual([{ label: 'customer', terms: [user, account, renter] }]);
  });

  it('reports a group once, under a name rather than a synonym', () => {
    const a = term('a', 'Client', 'rentals', ['Buyer']);
    const b = term('b', 'Buyer', 'finance', ['client']);
    expect(findUnmodeledPolysemes([a, b])).toEqual([{ label: 'Buyer', terms: [b, a] }]);
  });
});
