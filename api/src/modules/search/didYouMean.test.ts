import { describe, expect, it } from 'vitest';
import { BEYOND_MEILISEARCH, didYouMean, editDistance, vocabularyPrefixes } from './didYouMean.ts';

describe('didYouMean', () => {
  it('corrects the words the hits show were mistyped', () => {
    expect(didYouMean('custmer ordr', ['customer_order', 'customer'])).toBe('customer ordr');
    expect(didYouMean('custmer', ['customer', 'customer_list'])).toBe('customer');
    expect(didYouMean('paymnet', ['payment_p2022_01'])).toBe('payment');
  });

  it('proposes nothing when the query already matches, is too short to judge, or has no close word', () => {
    expect(didYouMean('customer', ['customer'])).toBeNull();
    expect(didYouMean('ordr', ['order'])).toBeNull();
    expect(didYouMean('invoice', ['customer'])).toBeNull();
    expect(didYouMean('anything', [])).toBeNull();
    expect(didYouMean('2024', ['sales_2023'])).toBeNull();
  });
});

describe('didYouMean when nothing matched', () => {
  it('reaches one typo further than Meilisearch, from names gathered by the words\' first letters', () => {
    expect(vocabularyPrefixes('cstomr ordr 2024 of')).toEqual(['cst', 'cstom', 'ord', 'ordr']);
    expect(didYouMean('cstomr', ['customer', 'cust_segment'])).toBeNull(); // two edits: beyond Meilisearch's budget
    expect(didYouMean('cstomr ordr', ['customer', 'order_line'], BEYOND_MEILISEARCH)).toBe('customer order');
    expect(didYouMean('invoice', ['inventory'], BEYOND_MEILISEARCH)).toBeNull();
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('paymnet', 'payment')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
