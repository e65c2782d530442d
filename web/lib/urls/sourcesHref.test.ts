import { describe, expect, it } from 'vitest';

import { sourcesDomainParam, sourcesHref } from './sourcesHref';

describe('sourcesHref', () => {
  it('links every source, or those of one domain', () => {
    expect(sourcesHref()).toEqual('/sources');
    expect(sourcesHref('rentals')).toEqual('/sources?domain=rentals');
    expect(sourcesHref('a b&c')).toEqual('/sources?domain=a+b%26c');
  });
});

describe('sourcesDomainParam', () => {
  it('reads the domain id, the first of several, and nothing from a blank one', () => {
    expect(sourcesDomainParam('rentals')).toEqual('rentals');
    expect(sourcesDomainParam(['finance', 'rentals'])).toEqual('finance');
    expect(sourcesDomainParam(' ')).toBeNull();
    expect(sourcesDomainParam(undefined)).toBeNull();
  });
});
