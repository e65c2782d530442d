/**
 * Searches the asset index. The graph decides what is true; this only asks
 * Meilisearch which assets match and why.
 */
import type { Meilisearch } from 'meilisearch';
import { apiError, isServiceUnavailable } from '../../errors.ts';
import { EntityType } from '../entity/entity.type.ts';
import type { SearchDocument } from './searchDocument.ts';
import { assetIndexUid, SEARCH_INDEX_SETTINGS } from './searchIndexSettings.ts';
import type { Highlight, SearchHit, SearchInput, SearchResults } from './search.type.ts';

export const MAX_QUERY_LENGTH = 512;
export const MAX_PAGE_SIZE = 100;

const HIGHLIGHTED: Array<[keyof SearchDocument, string]> = [
  ['name', 'name'],
  ['qualifiedName', 'qualifiedName'],
  ['description', 'description'],
  ['fieldNames', 'column'],
  ['fieldDescriptions', 'columnDescription'],
  ['domain', 'domain'],
];
const MAX_TOTAL_HITS = SEARCH_INDEX_SETTINGS.pagination!.maxTotalHits!;

export class SearchService {
  constructor(
    private readonly meili: Meilisearch,
    private readonly indexPrefix: string,
  ) {}

  async search(input: SearchInput): Promise<SearchResults> {
    if (input.query.length > MAX_QUERY_LENGTH) {
      throw apiError('BAD_USER_INPUT', `query is ${input.query.length} characters long; the limit is ${MAX_QUERY_LENGTH}`, { argument: 'input.query' });
    }
    if (!Number.isInteger(input.count) || input.count < 1 || input.count > MAX_PAGE_SIZE) {
      throw apiError('BAD_USER_INPUT', `count must be between 1 and ${MAX_PAGE_SIZE}`, { argument: 'input.count' });
    }
    if (!Number.isInteger(input.start) || input.start < 0 || input.start + input.count > MAX_TOTAL_HITS) {
      throw apiError('BAD_USER_INPUT', `start must be between 0 and ${MAX_TOTAL_HITS - input.count}`, { argument: 'input.start' });
    }

    let response;
    try {
      response = await this.meili.index<SearchDocument>(assetIndexUid(this.indexPrefix)).search(input.query, {
        offset: input.start,
        limit: input.count,
        filter: 'status = ACTIVE',
        attributesToHighlight: HIGHLIGHTED.map(([attribute]) => attribute),
        attributesToCrop: ['description'],
        cropLength: 30,
        highlightPreTag: '<mark>',
        highlightPostTag: '</mark>',
      });
    } catch (error) {
      if (isServiceUnavailable(error)) throw apiError('UNAVAILABLE', 'Search is unavailable right now (Meilisearch cannot be reached); the rest of the catalog still works.');
      throw error;
    }

    const total = response.estimatedTotalHits ?? 0;
    return {
      total,
      isTotalEstimate: total >= MAX_TOTAL_HITS,
      start: input.start,
      count: response.hits.length,
      hits: response.hits.map((hit) => toSearchHit(hit, (hit as { _formatted?: Partial<Record<keyof SearchDocument, unknown>> })._formatted ?? {})),
    };
  }
}

function toSearchHit(document: SearchDocument, formatted: Partial<Record<keyof SearchDocument, unknown>>): SearchHit {
  const highlights: Highlight[] = [];
  for (const [attribute, field] of HIGHLIGHTED) {
    const value = formatted[attribute];
    const snippets = Array.isArray(value) ? value : [value];
    for (const snippet of snippets) {
      if (typeof snippet === 'string' && snippet.includes('<mark>')) highlights.push({ field, snippet });
    }
  }
  return {
    urn: document.urn,
    type: document.type as EntityType,
    name: document.name,
    qualifiedName: document.qualifiedName,
    description: document.description,
    domain: document.domain,
    platform: document.platform,
    subtype: document.subtype,
    matchedFields: [...new Set(highlights.map((highlight) => highlight.field))],
    highlights,
  };
}
