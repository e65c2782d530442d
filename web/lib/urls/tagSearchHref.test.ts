import { describe, expect, it } from 'vitest';

import { parseSearchParams } from '../search/parseSearchParams';

import { tagSearchHref } from './tagSearchHref';

describe('tagSearchHref', () => {
  it('filters the search by the tag, with no query', () => {
    expect(tagSearchHref('finance')).toEqual('/search?tag=finance');
  });

  it('encodes the tag so that the search page reads it back whole', () => {
    const href = tagSearchHref('a&b=c #1');
    expect(href).toEqual('/search?tag=a%26b%3Dc+%231');
    const params = new URLSearchParams(href.slice(href.indexOf('?')));
    expect(parseSearchParams({ tag: params.getAll('tag') }).filters).toEqual([{ field: 'tag', values: ['a&b=c #1'] }]);
  });
});
