import { describe, expect, it } from 'vitest';

import { lastSearchPage } from './lastSearchPage';
import { MAX_SEARCH_HITS } from './searchLimits';

describe('lastSearchPage', () => {
  it('is the page holding the last result', () => {
    expect(lastSearchPage(41, 20)).toBe(3);
    expect(lastSearchPage(40, 20)).toBe(2);
    expect(lastSearchPage(1, 20)).toBe(1);
  });

  it('is page 1 when there is no result', () => {
    expect(lastSearchPage(0, 20)).toBe(1);
  });

  it('is the last page the API serves when there are more results than it pages through', () => {
    expect(lastSearchPage(MAX_SEARCH_HITS * 3, 20)).toBe(MAX_SEARCH_HITS / 20);
  });
});
