import { describe, expect, it } from 'vitest';

import { catalogSpellings } from './catalogSpellings';

describe('catalogSpellings', () => {
  it('pairs each tag spelled otherwise than the catalog, differing only in case, with its spelling', () => {
    expect(catalogSpellings(['gold', 'pii', 'Finance'], ['PII', 'gold', 'finance', 'pizza'])).toEqual([
      { typed: 'pii', catalog: 'PII' },
      { typed: 'Finance', catalog: 'finance' },
    ]);
  });

  it('says nothing of a tag spelled as the catalog spells it, nor of one the catalog does not use', () => {
    expect(catalogSpellings(['PII', 'new-tag'], ['PII'])).toEqual([]);
    expect(catalogSpellings([], ['PII'])).toEqual([]);
  });
});
