import { describe, expect, it } from 'vitest';
import type { Meilisearch, SearchParams } from 'meilisearch';
import { SearchService } from './search.service.ts';
import { SearchSort } from './search.type.ts';
import type { SearchDocument } from './searchDocument.ts';

/** A wide table's document: what makes it large is its columns. */
const RENTAL: SearchDocument = {
  id: 'd1',
  urn: 'urn:polder:dataset:(postgres,rentals-db,rentals.public.rental)',
  type: 'DATASET',
  name: 'rental',
  qualifiedName: 'rentals.public.rental',
  identifiers: ['rental', 'public.rental', 'rentals.public.rental'],
  nameForms: ['rentals'],
  description: 'One row per rental.',
  subtype: 'TABLE',
  platform: 'postgres',
  domainId: 'rentals',
  domain: 'Rentals',
  source: 'rentals-db',
  fieldNames: Array.from({ length: 1_000 }, (_, index) => `column_${index}`),
  tableColumns: Array.from({ length: 1_000 }, (_, index) => `rental column_${index}`),
  fieldDescriptions: Array.from({ length: 1_000 }, (_, index) => `What column ${index} holds.`),
  tags: [],
  owners: [],
  terms: [],
  termWords: [],
  termSenses: [],
  certified: false,
  partition: false,
  trust: 0,
  popularity: 0,
  deprecated: 0,
  nameWords: 1,
  status: 'ACTIVE',
  updatedAt: null,
  visibleTo: ['mesh'],
};

/** Answers every search with RENTAL as Meilisearch would: only the attributes asked for (all, when none are named). */
function meiliAnswering(asked: SearchParams[]): Meilisearch {
  const search = async (_query: string, params: SearchParams) => {
    asked.push(params);
    const attributes = params.attributesToRetrieve ?? Object.keys(RENTAL);
    const hit = Object.fromEntries(Object.entries(RENTAL).filter(([attribute]) => attributes.includes(attribute)));
    return { hits: [{ ...hit, _formatted: { name: '<mark>rental</mark>' } }], estimatedTotalHits: 1, facetDistribution: {} };
  };
  return { index: () => ({ search }) } as unknown as Meilisearch;
}

describe('SearchService.search', () => {
  it('asks Meilisearch for the attributes a hit shows, not its whole document', async () => {
    const asked: SearchParams[] = [];
    const service = new SearchService(meiliAnswering(asked), 'test_', () => undefined, 'all');
    const results = await service.search({ query: 'rental', start: 0, count: 20, orFilters: [], sort: SearchSort.RELEVANCE });
    expect(asked.map((params) => params.attributesToRetrieve)).toEqual([['urn', 'type', 'name', 'qualifiedName', 'description', 'domain', 'platform', 'subtype', 'deprecated']]);
    expect(results.hits).toEqual([
      {
        urn: RENTAL.urn,
        type: 'DATASET',
        name: 'rental',
        qualifiedName: 'rentals.public.rental',
        description: 'One row per rental.',
        domain: 'Rentals',
        platform: 'postgres',
        subtype: 'TABLE',
        deprecated: false,
        matchedFields: ['name'],
        highlights: [{ field: 'name', snippet: '<mark>rental</mark>' }],
      },
    ]);
  });
});
