import { describe, expect, it } from 'vitest';
import { rankTagUsages } from './rankTagUsages.ts';

describe('rankTagUsages', () => {
  it('keeps the tags starting with what was typed, most used first, then by name', () => {
    const found = [
      { value: 'gold', count: 2 },
      { value: 'PII', count: 9 },
      { value: 'green', count: 2 },
      { value: 'Glossy', count: 5 },
    ];
    expect(rankTagUsages(found, 'g', 10)).toEqual([
      { name: 'Glossy', count: 5 },
      { name: 'gold', count: 2 },
      { name: 'green', count: 2 },
    ]);
  });

  it('compares ignoring case, accents and the separators between words, as Meilisearch does', () => {
    const found = [
      { value: 'personal-data', count: 2 },
      { value: 'Café', count: 1 },
      { value: 'PII', count: 9 },
    ];
    expect(rankTagUsages(found, 'Personal d', 10)).toEqual([{ name: 'personal-data', count: 2 }]);
    expect(rankTagUsages(found, 'CAFE', 10)).toEqual([{ name: 'Café', count: 1 }]);
    expect(rankTagUsages(found, 'pii', 10)).toEqual([{ name: 'PII', count: 9 }]);
  });

  it("drops what Meilisearch found on the first word alone, or through a typo: they do not start with what was typed", () => {
    const found = [{ value: 'personal-data', count: 2 }];
    expect(rankTagUsages(found, 'personal x', 10)).toEqual([]);
    expect(rankTagUsages(found, 'personnal', 10)).toEqual([]);
  });

  it('lists every tag for an empty prefix, at most `limit`', () => {
    const found = [
      { value: 'a', count: 1 },
      { value: 'b', count: 3 },
      { value: 'c', count: 2 },
    ];
    expect(rankTagUsages(found, '', 2)).toEqual([
      { name: 'b', count: 3 },
      { name: 'c', count: 2 },
    ]);
  });
});
