import { describe, expect, it } from 'vitest';

import { searchPager } from './searchPager';
import { MAX_SEARCH_HITS } from './searchLimits';

describe('searchPager', () => {
  it('counts the pages holding the results, and follows a full page with the next until the last', () => {
    expect(searchPager(1, 41, 20, 20)).toEqual({ pageCount: 3, hasNext: true });
    expect(searchPager(2, 41, 20, 20)).toEqual({ pageCount: 3, hasNext: true });
    expect(searchPager(3, 41, 1, 20)).toEqual({ pageCount: 3, hasNext: false });
    expect(searchPager(2, 40, 20, 20)).toEqual({ pageCount: 2, hasNext: false });
  });

  it('ends at a short page, whatever an estimated total says', () => {
    expect(searchPager(1, 41, 19, 20)).toEqual({ pageCount: 3, hasNext: false });
  });

  it('counts only the pages the API serves when there are more results than it pages through', () => {
    expect(searchPager(1, MAX_SEARCH_HITS * 3, 20, 20)).toEqual({ pageCount: MAX_SEARCH_HITS / 20, hasNext: true });
    expect(searchPager(MAX_SEARCH_HITS / 20, MAX_SEARCH_HITS * 3, 20, 20)).toEqual({ pageCount: MAX_SEARCH_HITS / 20, hasNext: false });
  });
});
