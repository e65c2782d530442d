import { describe, expect, it } from 'vitest';

import { parseSearchParams } from './parseSearchParams';

describe('parseSearchParams', () => {
  it('reads the query and page', () => {
    expect(parseSearchParams({ q: ' customer ', page: '3' })).toEqual({ query: 'customer', page: 3 });
  });

  it('defaults to an empty query on page 1', () => {
    expect(parseSearchParams({})).toEqual({ query: '', page: 1 });
  });

  it('takes the first of repeated keys and ignores a bad page', () => {
    expect(parseSearchParams({ q: ['orders', 'x'], page: '0' })).toEqual({ query: 'orders', page: 1 });
    expect(parseSearchParams({ page: '2.5' })).toEqual({ query: '', page: 1 });
    expect(parseSearchParams({ page: 'abc' })).toEqual({ query: '', page: 1 });
  });
});
