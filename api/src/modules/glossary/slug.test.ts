import { describe, expect, it } from 'vitest';
import { formatUrn, isUrn } from '@polder/graph-schema';
import { slugOf } from './slug.ts';

describe('slugOf', () => {
  it('makes URN-safe slugs of Latin names, accents dropped', () => {
    expect(slugOf('Customer (renter), v2')).toBe('customer-renter-v2');
    expect(slugOf('Crème brûlée')).toBe('creme-brulee');
    expect(slugOf('Straße Øre')).toBe('strasse-ore');
  });

  it('transliterates Cyrillic and Greek', () => {
    expect(slugOf('Клиент')).toBe('klient');
    expect(slugOf('Счёт-фактура')).toBe('schet-faktura');
    expect(slugOf('Їжак')).toBe('yizhak');
    expect(slugOf('Πελάτης')).toBe('pelatis');
  });

  it('gives names it cannot spell distinct, stable slugs: a short hash of the name, case aside', () => {
    const customer = slugOf('顧客');
    expect(customer).toMatch(/^[0-9a-f]{8}$/);
    expect(slugOf('顧客')).toBe(customer);
    expect(slugOf('取引先')).not.toBe(customer);
    expect(slugOf('顧客 ID')).toMatch(/^id-[0-9a-f]{8}$/);
    expect(slugOf('顧客 ID')).not.toBe(slugOf('取引先 ID'));
    // Nothing to spell at all: a hash too, so two such names do not share "term".
    expect(slugOf('()')).toMatch(/^[0-9a-f]{8}$/);
    expect(slugOf('()')).not.toBe(slugOf('[]'));
    // The one-name-per-glossary rule ignores case, and so does the hash.
    expect(slugOf('Ωμέγα 顧客')).toBe(slugOf('ΩΜΈΓΑ 顧客'));
  });

  it('makes 100 distinct CJK names 100 distinct slugs, each a valid URN part', () => {
    const names = Array.from({ length: 100 }, (_, index) => `顧客${String.fromCodePoint(0x4e00 + index)}`);
    const slugs = names.map(slugOf);
    expect(new Set(slugs).size).toBe(100);
    for (const slug of slugs) expect(isUrn(formatUrn('glossaryTerm', 'enterprise', slug), 'glossaryTerm')).toBe(true);
  });

  it('keeps slugs short however long the name', () => {
    expect(slugOf('a'.repeat(500))).toHaveLength(80);
    expect(slugOf(`${'a'.repeat(500)}顧客`).length).toBeLessThanOrEqual(89);
  });
});
