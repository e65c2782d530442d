import { describe, expect, it } from 'vitest';

import { toSuggestionLinks } from './toSuggestionLinks';

describe('toSuggestionLinks', () => {
  it('links a dataset to its page and a domain to the search of its assets', () => {
    const dataset = 'urn:polder:dataset:(postgres,rentals-db,rentals.public.rental_order)';
    expect(
      toSuggestionLinks([
        { urn: dataset, type: 'DATASET', name: 'rental_order', qualifiedName: 'rentals.public.rental_order' },
        { urn: 'urn:polder:domain:rentals', type: 'DOMAIN', name: 'Rentals', qualifiedName: 'rentals' },
      ]),
    ).toEqual([
      {
        urn: dataset,
        type: 'DATASET',
        name: 'rental_order',
        qualifiedName: 'rentals.public.rental_order',
        href: `/datasets/${encodeURIComponent(dataset)}`,
      },
      { urn: 'urn:polder:domain:rentals', type: 'DOMAIN', name: 'Rentals', qualifiedName: 'rentals', href: '/search?domain=Rentals' },
    ]);
  });

  it('drops a suggestion with nowhere to go', () => {
    expect(toSuggestionLinks([{ urn: 'urn:polder:source:rentals-db', type: 'SOURCE', name: 'rentals-db', qualifiedName: null }])).toEqual([]);
  });
});
