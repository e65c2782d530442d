import { describe, expect, it } from 'vitest';

import { parseSearchParams } from './parseSearchParams';

describe('parseSearchParams', () => {
  it('reads the query, page, sort and filters', () => {
    expect(
      parseSearchParams({ q: ' customer ', page: '3', sort: 'name', domain: 'Rentals', platform: 'postgres', type: 'DATASET' }),
    ).toEqual({
      query: 'customer',
      page: 3,
      sort: 'NAME',
      filters: [
        { field: 'type', values: ['DATASET'] },
        { field: 'domain', values: ['Rentals'] },
        { field: 'platform', values: ['postgres'] },
      ],
    });
  });

  it('defaults to everything, by relevance, on page 1', () => {
    expect(parseSearchParams({})).toEqual({ query: '', page: 1, sort: 'RELEVANCE', filters: [] });
  });

  it('takes the first of repeated keys and ignores a bad page or sort', () => {
    expect(parseSearchParams({ q: ['orders', 'x'], page: '0', sort: ['trust', 'name'] })).toMatchObject({
      query: 'orders',
      page: 1,
      sort: 'TRUST',
    });
    expect(parseSearchParams({ page: '2.5' }).page).toEqual(1);
    expect(parseSearchParams({ page: 'abc' }).page).toEqual(1);
    expect(parseSearchParams({ sort: 'RECENTLY_UPDATED' }).sort).toEqual('RELEVANCE');
  });

  it('reads a repeated filter field as its values, each once, without empty ones', () => {
    expect(parseSearchParams({ type: ['DATASET', 'DOMAIN', 'DATASET', ''] }).filters).toEqual([
      { field: 'type', values: ['DATASET', 'DOMAIN'] },
    ]);
    expect(parseSearchParams({ tag: '' }).filters).toEqual([]);
  });

  it('ignores unknown parameters', () => {
    expect(parseSearchParams({ status: 'REMOVED', utm_source: 'mail' })).toEqual({
      query: '',
      page: 1,
      sort: 'RELEVANCE',
      filters: [],
    });
  });

  it('keeps hostile values as values', () => {
    const hostile = '"] OR status = "REMOVED" OR domain IN ["';
    expect(parseSearchParams({ domain: hostile, tag: '<script>alert(1)</script>' }).filters).toEqual([
      { field: 'domain', values: [hostile] },
      { field: 'tag', values: ['<script>alert(1)</script>'] },
    ]);
  });
});
