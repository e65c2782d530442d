import { describe, expect, it } from 'vitest';
import { identifierSuffixes } from './searchDocument.ts';

describe('identifierSuffixes', () => {
  it('lists every dotted suffix of a qualified name, shortest first', () => {
    expect(identifierSuffixes('rentals.public.customer')).toEqual(['customer', 'public.customer', 'rentals.public.customer']);
    expect(identifierSuffixes('customer')).toEqual(['customer']);
    expect(identifierSuffixes(null)).toEqual([]);
  });
});
