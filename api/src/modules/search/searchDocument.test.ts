import { describe, expect, it } from 'vitest';
import { identifierSuffixes, nameWordCount, tableColumns } from './searchDocument.ts';

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

describe('tableColumns', () => {
  it('names each column of a dataset after its table, and nothing for other kinds of asset', () => {
    expect(tableColumns('DATASET', 'customer', ['customer_id', 'email'])).toEqual(['customer customer_id', 'customer email']);
    expect(tableColumns('DATA_PRODUCT', 'Rentals core', ['customer', 'rental_order'])).toEqual([]);
    expect(tableColumns('DATASET', null, ['email'])).toEqual([]);
  });
});
