import { describe, expect, it } from 'vitest';
import type { Meilisearch, MultiSearchQuery, SearchForFacetValuesParams } from 'meilisearch';
import { SearchService } from './search.service.ts';
import { TagUsageService } from './tagUsage.service.ts';

/**
 * Meilisearch answering every facet search with `facetHits`, and every search of a multi-search with one
 * document whose tags are `seen` (what the caller may see), recording what it was asked.
 */
function meiliAnswering(asked: Array<SearchForFacetValuesParams | MultiSearchQuery>, facetHits: Array<{ value: string; count: number }>, seen: string[] = facetHits.map((hit) => hit.value)): Meilisearch {
  const searchForFacetValues = async (params: SearchForFacetValuesParams) => {
    asked.push(params);
    return { facetHits, facetQuery: params.facetQuery ?? null, processingTimeMs: 0 };
  };
  const multiSearch = async ({ queries }: { queries: MultiSearchQuery[] }) => {
    asked.push(...queries);
    return { results: queries.map(() => ({ hits: [{ tags: seen }] })) };
  };
  return { index: () => ({ searchForFacetValues }), multiSearch } as unknown as Meilisearch;
}

describe('TagUsageService.tags', () => {
  it("searches the tag facet of datasets and data products within what the caller may see, and ranks what it found", async () => {
    const asked: Array<SearchForFacetValuesParams | MultiSearchQuery> = [];
    const search = new SearchService(meiliAnswering(asked, [{ value: 'gold', count: 1 }, { value: 'PII', count: 4 }, { value: 'personal-data', count: 2 }]), 'test_', () => undefined, ['mesh', 'domain:finance']);
    expect(await new TagUsageService(search).tags({ prefix: ' P ', limit: 10 })).toEqual([
      { name: 'PII', count: 4 },
      { name: 'personal-data', count: 2 },
    ]);
    const shown = 'status = "ACTIVE" AND visibleTo IN ["mesh", "domain:finance"] AND (type IN ["DATASET", "DATA_PRODUCT"])';
    expect(asked).toEqual([
      { facetName: 'tags', facetQuery: 'P', filter: shown, exhaustiveFacetCount: true },
      { indexUid: 'test_assets', q: '', limit: 1, filter: `status = "ACTIVE" AND visibleTo IN ["mesh", "domain:finance"] AND ((type IN ["DATASET", "DATA_PRODUCT"]) AND tags = "PII")`, attributesToRetrieve: ['tags'] },
      { indexUid: 'test_assets', q: '', limit: 1, filter: `status = "ACTIVE" AND visibleTo IN ["mesh", "domain:finance"] AND ((type IN ["DATASET", "DATA_PRODUCT"]) AND tags = "personal-data")`, attributesToRetrieve: ['tags'] },
    ]);
  });

  it('names a tag as an asset the caller sees spells it, not as Meilisearch named it after a hidden one', async () => {
    const search = new SearchService(meiliAnswering([], [{ value: 'pii', count: 2 }], ['gold', 'PII']), 'test_', () => undefined, ['mesh']);
    expect(await new TagUsageService(search).tags({ prefix: 'p', limit: 10 })).toEqual([{ name: 'PII', count: 2 }]);
  });

  it('refuses a limit past the maximum, and a prefix longer than a tag may be, naming the argument', async () => {
    const asked: Array<SearchForFacetValuesParams | MultiSearchQuery> = [];
    const service = new TagUsageService(new SearchService(meiliAnswering(asked, []), 'test_', () => undefined, 'all'));
    await expect(service.tags({ prefix: 'p', limit: 51 })).rejects.toMatchObject({ message: 'limit must be between 1 and 50', extensions: { code: 'BAD_USER_INPUT', argument: 'input.limit' } });
    await expect(service.tags({ prefix: 'p', limit: 0 })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.limit' } });
    await expect(service.tags({ prefix: 'p'.repeat(101), limit: 10 })).rejects.toMatchObject({
      message: 'prefix: at most 100 characters (got 101)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.prefix' },
    });
    expect(asked).toEqual([]);
  });

  it('asks nothing of a caller who may not read the catalog', async () => {
    const asked: Array<SearchForFacetValuesParams | MultiSearchQuery> = [];
    const refuse = () => {
      throw new Error('sign in first');
    };
    const service = new TagUsageService(new SearchService(meiliAnswering(asked, []), 'test_', refuse, 'all'));
    await expect(service.tags({ prefix: '', limit: 10 })).rejects.toThrow('sign in first');
    expect(asked).toEqual([]);
  });
});
