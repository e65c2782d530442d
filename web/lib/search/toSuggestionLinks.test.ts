import { describe, expect, it } from 'vitest';

import { toSuggestionLinks } from './toSuggestionLinks';

describe('toSuggestionLinks', () => {
  it('links a dataset to its page and a domain to the search of its assets', () => {
    const dataset = 'urn:polder:dataset:(postgres,rentals-db,rentals.public.rental_order)';
    expect(
      toSuggestionLinks([
        { urn: dataset, type: 'DATASET', name: 'rental_order', qualifiedName: 'rentals.public.rental_order', domain: 'Rentals' },
        { urn: 'urn:polder:domain:rentals', type: 'DOMAIN', name: 'Rentals', qualifiedName: 'rentals', domain: 'Rentals' },
      ]),
    ).toEqual([
      {
        urn: dataset,
        type: 'DATASET',
        name: 'rental_order',
        qualifiedName: 'rentals.public.rental_order',
        glossary: null,
        href: `/datasets/${encodeURIComponent(dataset)}`,
      },
      { urn: 'urn:polder:domain:rentals', type: 'DOMAIN', name: 'Rentals', qualifiedName: 'rentals', glossary: null, href: '/search?domain=Rentals' },
    ]);
  });

  it("names the glossary of each term, so two domains' terms of one name read apart", () => {
    const rentals = 'urn:polder:glossaryTerm:(rentals,customer)';
    const enterprise = 'urn:polder:glossaryTerm:(enterprise,customer)';
    expect(
      toSuggestionLinks([
        { urn: rentals, type: 'GLOSSARY_TERM', name: 'Customer', qualifiedName: null, domain: 'Rentals' },
        { urn: enterprise, type: 'GLOSSARY_TERM', name: 'Customer', qualifiedName: null, domain: null },
      ]).map(({ name, glossary }) => ({ name, glossary })),
    ).toEqual([
      { name: 'Customer', glossary: 'Rentals glossary' },
      { name: 'Customer', glossary: 'Enterprise glossary' },
    ]);
  });

  it('drops a suggestion with nowhere to go', () => {
    expect(toSuggestionLinks([{ urn: 'urn:polder:source:rentals-db', type: 'SOURCE', name: 'rentals-db', qualifiedName: null, domain: null }])).toEqual([]);
  });
});
