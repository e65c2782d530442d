import { describe, expect, it } from 'vitest';
import { identifierSuffixes, nameWordCount } from './searchDocument.ts';

describe('identifierSuffixes', () => {
  it('lists every dotted suffix of a qualified name, shortest first', () => {
    expect(identifierSuffixes('rentals.public.customer')).toEqual(['customer', 'public.customer', 'rentals.public.customer']);
    expect(identifierSuffixes('customer')).toEqual(['customer']);
    expect(identifierSuffixes(null)).toEqual([]);
  });
});

describe('nameWordCount', () => {
  it('counts the words Meilisearch splits a name into', () => {
    expect(['customer', 'customer_rental_summary', 'customerRentalSummary', 'payment_p2022_01', 'Email address'].map(nameWordCount)).toEqual([1, 3, 3, 3, 2]);
  });
});
