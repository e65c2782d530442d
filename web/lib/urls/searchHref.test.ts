import { describe, expect, it } from 'vitest';

import { parseSearchParams } from '../search/parseSearchParams';

import { searchHref } from './searchHref';

describe('searchHref', () => {
  it('leaves every default out', () => {
    expect(searchHref()).toEqual('/search');
    expect(searchHref({ query: '', page: 1, sort: 'RELEVANCE', filters: [] })).toEqual('/search');
  });

  it('writes the query, each filter value, the sort and the page, in that order', () => {
    expect(
      searchHref({
        query: 'customer',
        page: 2,
        sort: 'RECENTLY_UPDATED',
        filters: [
          { field: 'type', values: ['DATASET', 'DOMAIN'] },
          { field: 'domain', values: ['Rentals'] },
        ],
      }),
    ).toEqual('/search?q=customer&type=DATASET&type=DOMAIN&domain=Rentals&sort=updated&page=2');
  });

  it('encodes values so that parsing the URL gives them back', () => {
    const params = {
      query: 'a&b=c',
      page: 1,
      sort: 'TRUST' as const,
      filters: [{ field: 'tag' as const, values: ['"] OR x', 'é #1'] }],
    };
    const href = searchHref(params);
    const searchParams = new URLSearchParams(href.slice(href.indexOf('?')));
    const raw = Object.fromEntries([...new Set(searchParams.keys())].map((key) => [key, searchParams.getAll(key)]));
    expect(parseSearchParams(raw)).toEqual(params);
  });
});
