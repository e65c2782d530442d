import { describe, expect, it } from 'vitest';

import { MAX_SEARCH_HITS } from './searchLimits';
import { searchPageStart } from './searchPageStart';

describe('searchPageStart', () => {
  it('is the offset of the page’s first hit', () => {
    expect(searchPageStart(1, 20)).toEqual(0);
    expect(searchPageStart(3, 20)).toEqual(40);
  });

  it('reaches the last page the API serves, whole', () => {
    const lastPage = MAX_SEARCH_HITS / 20;
    expect(searchPageStart(lastPage, 20)).toEqual(MAX_SEARCH_HITS - 20);
  });

  it('is null past it, however far', () => {
    expect(searchPageStart(MAX_SEARCH_HITS / 20 + 1, 20)).toBeNull();
    expect(searchPageStart(200_000_000, 20)).toBeNull();
    expect(searchPageStart(Number.MAX_SAFE_INTEGER, 20)).toBeNull();
  });
});
