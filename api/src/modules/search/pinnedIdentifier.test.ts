import { describe, expect, it } from 'vitest';
import { looksLikeIdentifier, restOfPage } from './pinnedIdentifier.ts';

describe('looksLikeIdentifier', () => {
  it('is true for dotted and snake_case names', () => {
    expect(looksLikeIdentifier('public.customer')).toBe(true);
    expect(looksLikeIdentifier('fct_orders')).toBe(true);
    expect(looksLikeIdentifier(' rentals.public.customer ')).toBe(true);
    expect(looksLikeIdentifier('app.orders_2024')).toBe(true);
  });

  it('is false for words, prose and half-typed names', () => {
    expect(looksLikeIdentifier('customer')).toBe(false);
    expect(looksLikeIdentifier('customer id')).toBe(false);
    expect(looksLikeIdentifier('public.')).toBe(false);
    expect(looksLikeIdentifier('_orders')).toBe(false);
    expect(looksLikeIdentifier('"public.customer"')).toBe(false);
    expect(looksLikeIdentifier('')).toBe(false);
  });
});

describe('restOfPage', () => {
  it('continues after the exact matches the page shows', () => {
    expect(restOfPage({ start: 0, count: 10 }, { total: 3, shown: 3 })).toEqual({ offset: 0, limit: 7 });
    expect(restOfPage({ start: 2, count: 5 }, { total: 3, shown: 1 })).toEqual({ offset: 0, limit: 4 });
    expect(restOfPage({ start: 10, count: 5 }, { total: 3, shown: 0 })).toEqual({ offset: 7, limit: 5 });
  });

  it('asks for no hits of the rest when the exact matches fill the page', () => {
    expect(restOfPage({ start: 0, count: 2 }, { total: 3, shown: 2 })).toEqual({ offset: 0, limit: 0 });
  });
});
