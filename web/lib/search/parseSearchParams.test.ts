import { describe, expect, it } from 'vitest';

import { parseSearchParams } from './parseSearchParams';
import { MAX_SEARCH_FILTER_VALUES, MAX_SEARCH_QUERY_LENGTH } from './searchLimits';

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

  describe('within the API’s limits', () => {
    const values = (count: number) => Array.from({ length: count }, (_, index) => `tag${index}`);

    it('cuts a query longer than the API searches, and says so', () => {
      const long = 'x'.repeat(MAX_SEARCH_QUERY_LENGTH + 88);
      expect(parseSearchParams({ q: long })).toMatchObject({ query: 'x'.repeat(MAX_SEARCH_QUERY_LENGTH), cuts: { queryLength: MAX_SEARCH_QUERY_LENGTH + 88 } });
    });

    it('never cuts a query in half an emoji, nor leaves it ending in a space', () => {
      const emojiAtTheCut = `${'x'.repeat(MAX_SEARCH_QUERY_LENGTH - 1)}😀 more`;
      expect(parseSearchParams({ q: emojiAtTheCut }).query).toEqual('x'.repeat(MAX_SEARCH_QUERY_LENGTH - 1));
      const spaceAtTheCut = `${'x'.repeat(MAX_SEARCH_QUERY_LENGTH - 2)}  more`;
      expect(parseSearchParams({ q: spaceAtTheCut }).query).toEqual('x'.repeat(MAX_SEARCH_QUERY_LENGTH - 2));
    });

    it('keeps the first values of a filter that lists more than the API takes, and says how many it had', () => {
      const parsed = parseSearchParams({ tag: values(MAX_SEARCH_FILTER_VALUES + 1), type: 'DATASET' });
      expect(parsed.filters).toEqual([
        { field: 'type', values: ['DATASET'] },
        { field: 'tag', values: values(MAX_SEARCH_FILTER_VALUES) },
      ]);
      expect(parsed.cuts).toEqual({ filterValueCounts: [{ field: 'tag', given: MAX_SEARCH_FILTER_VALUES + 1 }] });
    });

    it('counts a repeated value once', () => {
      expect(parseSearchParams({ tag: [...values(MAX_SEARCH_FILTER_VALUES), 'tag0'] }).cuts).toBeUndefined();
    });

    it('cuts nothing at the limits themselves', () => {
      const atTheLimits = parseSearchParams({ q: 'x'.repeat(MAX_SEARCH_QUERY_LENGTH), tag: values(MAX_SEARCH_FILTER_VALUES) });
      expect(atTheLimits.query).toHaveLength(MAX_SEARCH_QUERY_LENGTH);
      expect(atTheLimits.filters[0]?.values).toHaveLength(MAX_SEARCH_FILTER_VALUES);
      expect(atTheLimits).not.toHaveProperty('cuts');
    });

    it('keeps a page past the API’s reach as asked: the page itself says it is past the last result', () => {
      expect(parseSearchParams({ page: '501' }).page).toEqual(501);
      expect(parseSearchParams({ page: '200000000' }).page).toEqual(200_000_000);
    });
  });
});
