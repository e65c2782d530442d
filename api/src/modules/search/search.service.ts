/**
 * Searches the asset index. The graph decides what is true; this only asks
 * Meilisearch which assets match and why.
 */
import type { FacetHit, Meilisearch, SearchParams, SearchResponse } from 'meilisearch';
import { apiError, isServiceUnavailable } from '../../errors.ts';
import { EntityType } from '../entity/entity.type.ts';
import { buildSearchFilter, buildVisibilityFilter, quoteFilterValue } from './searchFilters.ts';
import { looksLikeIdentifier, restOfPage } from './pinnedIdentifier.ts';
import { BEYOND_MEILISEARCH, didYouMean, vocabularyPrefixes } from './didYouMean.ts';
import type { SearchDocument } from './searchDocument.ts';
import { assetIndexUid, FACETS, SEARCH_INDEX_SETTINGS } from './searchIndexSettings.ts';
import { SearchSort, type AutocompleteInput, type Facet, type Highlight, type SearchHit, type SearchInput, type SearchResults, type Suggestion } from './search.type.ts';
import { checkCount } from '../../limits/pageArguments.ts';

export const MAX_QUERY_LENGTH = 512;
export const MAX_PAGE_SIZE = 100;
export const MAX_SUGGESTIONS = 20;
const MAX_MEANINGS = 3;

const HIGHLIGHTED: Array<[keyof SearchDocument, string]> = [
  ['name', 'name'],
  ['qualifiedName', 'qualifiedName'],
  ['description', 'description'],
  ['fieldNames', 'column'],
  ['fieldDescriptions', 'columnDescription'],
  ['terms', 'term'],
  ['termWords', 'term'],
  ['tags', 'tag'],
  ['domain', 'domain'],
];
const MAX_TOTAL_HITS = SEARCH_INDEX_SETTINGS.pagination!.maxTotalHits!;
/**
 * What a page of hits asks Meilisearch for: the attributes a hit shows (toSearchHit), not the whole
 * document (a wide table's holds every column name, "table column" pair and column description, and
 * `_formatted` holds the highlighted ones again), then facets, highlights, crops.
 */
const HIT_PARAMS = {
  attributesToRetrieve: ['urn', 'type', 'name', 'qualifiedName', 'description', 'domain', 'platform', 'subtype', 'deprecated'] satisfies Array<keyof SearchDocument>,
  facets: Object.values(FACETS),
  attributesToHighlight: HIGHLIGHTED.map(([attribute]) => attribute),
  attributesToCrop: ['description'],
  cropLength: 30,
  highlightPreTag: '<mark>',
  highlightPostTag: '</mark>',
} satisfies SearchParams;

type FacetDistribution = Record<string, Record<string, number>>;
/** A facet's attribute in a document: `tags`, `domain`, ... (searchIndexSettings.ts, FACETS). */
type FacetAttribute = (typeof FACETS)[keyof typeof FACETS];

/** A page of hits, their total and facet counts, from one query or two (exactIdentifierFirst). */
interface HitPage {
  hits: Array<SearchDocument & { _formatted?: Partial<Record<keyof SearchDocument, unknown>> }>;
  estimatedTotalHits: number;
  facetDistribution: FacetDistribution;
}
const SORTS: Record<SearchSort, string[] | undefined> = {
  RELEVANCE: undefined,
  NAME: ['name:asc'],
  RECENTLY_UPDATED: ['updatedAt:desc'],
  TRUST: ['trust:desc'],
};
export class SearchService {
  /**
   * ANDed with whatever the caller filters on, in every query this sends (hits and facets, suggestions,
   * meanings, did-you-mean's vocabulary): removed assets are never shown, nor those the caller may not see.
   */
  private readonly shown: string;

  constructor(
    private readonly meili: Meilisearch,
    private readonly indexPrefix: string,
    /** Throws when the caller may not read the catalog; every search passes here. */
    private readonly mayRead: () => void,
    /** The audiences whose documents the caller may see (access/assetVisibility.ts, `audiencesSeenBy`). */
    audiences: 'all' | readonly string[],
  ) {
    const visibility = buildVisibilityFilter(audiences);
    this.shown = visibility ? `status = "ACTIVE" AND ${visibility}` : 'status = "ACTIVE"';
  }

  async search(input: SearchInput): Promise<SearchResults> {
    checkQuery(input.query);
    checkCount(input.count, MAX_PAGE_SIZE, 'input.count');
    if (!Number.isInteger(input.start) || input.start < 0 || input.start + input.count > MAX_TOTAL_HITS) {
      throw apiError(
        'BAD_USER_INPUT',
        `start must be between 0 and ${MAX_TOTAL_HITS - input.count}: search pages reach its first ${MAX_TOTAL_HITS.toLocaleString('en')} hits (\`datasets\` lists every dataset)`,
        { argument: 'input.start' },
      );
    }
    const filter = buildSearchFilter(input.orFilters ?? []);
    const sort = input.sort ?? SearchSort.RELEVANCE;
    const response =
      sort === SearchSort.RELEVANCE && looksLikeIdentifier(input.query)
        ? await this.exactIdentifierFirst(input, filter)
        : toHitPage(await this.query(input.query, { ...HIT_PARAMS, offset: input.start, limit: input.count, filter: this.within(filter), sort: SORTS[sort] }));
    const total = response.estimatedTotalHits;
    const correction =
      response.hits.length > 0
        ? didYouMean(input.query, response.hits.slice(0, 5).map((hit) => hit.name))
        : input.start === 0
          ? didYouMean(input.query, await this.namesNear(input.query, filter), BEYOND_MEILISEARCH)
          : null;
    return {
      total,
      isTotalEstimate: total >= MAX_TOTAL_HITS,
      start: input.start,
      count: response.hits.length,
      hits: response.hits.map((hit) => toSearchHit(hit, hit._formatted ?? {})),
      facets: toFacets(response.facetDistribution),
      didYouMean: correction,
      query: input.query,
    };
  }

  /** Names that start with (or nearly match) what was typed; cheap enough to call on every keystroke. */
  async autocomplete(input: AutocompleteInput): Promise<Suggestion[]> {
    checkQuery(input.query);
    checkCount(input.limit, MAX_SUGGESTIONS, 'input.limit');
    if (input.query.trim() === '') return [];
    const response = await this.query(input.query, {
      limit: input.limit,
      filter: this.shown,
      attributesToSearchOn: ['name', 'qualifiedName'],
      attributesToRetrieve: ['urn', 'type', 'name', 'qualifiedName', 'domain'] satisfies Array<keyof SearchDocument>,
    });
    return response.hits.map((hit) => ({ urn: hit.urn, type: hit.type as EntityType, name: hit.name, qualifiedName: hit.qualifiedName, domain: hit.domain }));
  }

  /**
   * The polysemes a query names ("customer" → Customer), for "which meaning?": matched on
   * the label and the senses' names only, every word required, so "customer email" names none.
   */
  async polysemesNamed(text: string): Promise<string[]> {
    checkQuery(text);
    if (text.trim() === '') return [];
    const response = await this.query(text, {
      limit: MAX_MEANINGS,
      filter: this.within('type = "POLYSEME"'),
      attributesToSearchOn: ['name', 'terms'],
      attributesToRetrieve: ['urn'],
      matchingStrategy: 'all',
    });
    return response.hits.map((hit) => hit.urn);
  }

  /**
   * Names near a query that matched nothing, for "did you mean": those starting like each
   * word (didYouMean.ts, vocabularyPrefixes), within the caller's filters, in one multi-search.
   */
  private async namesNear(query: string, filter: string | undefined): Promise<string[]> {
    const prefixes = vocabularyPrefixes(query);
    if (prefixes.length === 0) return [];
    const indexUid = assetIndexUid(this.indexPrefix);
    const { results } = await this.ask(() =>
      this.meili.multiSearch({
        queries: prefixes.map((prefix) => ({
          indexUid,
          q: prefix,
          limit: 20,
          filter: this.within(filter),
          attributesToSearchOn: ['name'],
          attributesToRetrieve: ['name'],
        })),
      }),
    );
    return results.flatMap((result) => result.hits.map((hit) => String(hit.name)));
  }

  /**
   * The values of a facet that start like `facetQuery` (Meilisearch's facet search: its first word, with
   * typos, ignoring case and accents), each with how many documents carry it: counted among those the caller
   * may see and `filter` keeps, exactly (`exhaustiveFacetCount`), so a count never hints at a hidden asset.
   */
  async facetValues(facetName: FacetAttribute, facetQuery: string, filter: string): Promise<FacetHit[]> {
    const index = this.meili.index<SearchDocument>(assetIndexUid(this.indexPrefix));
    const response = await this.ask(() => index.searchForFacetValues({ facetName, facetQuery, filter: this.within(filter), exhaustiveFacetCount: true }));
    return response.facetHits;
  }

  /**
   * Each of `values` of a facet as a document the caller may see (and `filter` keeps) spells it, in one
   * multi-search. Meilisearch holds one value for spellings that differ only in case, named after the first
   * document it indexed with it, which may be one the caller may not see: facet search answers `pii` while
   * every asset they see has `PII`. A value no such document holds is left as it is.
   */
  async spelledAsSeen(facetName: FacetAttribute, values: readonly string[], filter: string): Promise<string[]> {
    if (values.length === 0) return [];
    const indexUid = assetIndexUid(this.indexPrefix);
    const { results } = await this.ask(() =>
      this.meili.multiSearch({
        // A filter's string equality ignores case, as the merged value does.
        queries: values.map((value) => ({ indexUid, q: '', limit: 1, filter: this.within(`(${filter}) AND ${facetName} = ${quoteFilterValue(value)}`), attributesToRetrieve: [facetName] })),
      }),
    );
    return values.map((value, index) => {
      const held: unknown = results[index]?.hits[0]?.[facetName];
      const spellings = (Array.isArray(held) ? held : [held]).filter((spelling): spelling is string => typeof spelling === 'string');
      return spellings.find((spelling) => spelling.toLocaleLowerCase('en') === value.toLocaleLowerCase('en')) ?? value;
    });
  }

  /** What the caller may see, narrowed by its own filter. */
  /**
   * A query written as an identifier: the assets it names exactly, then every other hit, paged as one
   * list (pinnedIdentifier.ts). Two queries, the second placed by the first's total; their facet counts
   * add up, as no document is in both.
   */
  private async exactIdentifierFirst(input: SearchInput, filter: string | undefined): Promise<HitPage> {
    const exactly = `identifiers = ${quoteFilterValue(input.query.trim())}`;
    const exact = toHitPage(await this.query(input.query, { ...HIT_PARAMS, offset: input.start, limit: input.count, filter: this.within(filter ? `(${filter}) AND ${exactly}` : exactly) }));
    const rest = toHitPage(
      await this.query(input.query, {
        ...HIT_PARAMS,
        ...restOfPage(input, { total: exact.estimatedTotalHits, shown: exact.hits.length }),
        filter: this.within(filter ? `(${filter}) AND NOT ${exactly}` : `NOT ${exactly}`),
      }),
    );
    return {
      hits: [...exact.hits, ...rest.hits],
      estimatedTotalHits: exact.estimatedTotalHits + rest.estimatedTotalHits,
      facetDistribution: addFacetCounts(exact.facetDistribution, rest.facetDistribution),
    };
  }

  private within(filter: string | undefined): string {
    return filter ? `${this.shown} AND (${filter})` : this.shown;
  }

  private query(text: string, params: SearchParams) {
    return this.ask(() => this.meili.index<SearchDocument>(assetIndexUid(this.indexPrefix)).search(text, params));
  }

  /** Sends one request to Meilisearch for a caller who may read the catalog; Meilisearch out of reach is UNAVAILABLE. */
  private async ask<Answer>(request: () => Promise<Answer>): Promise<Answer> {
    this.mayRead();
    try {
      return await request();
    } catch (error) {
      if (isServiceUnavailable(error)) throw apiError('UNAVAILABLE', 'Search is unavailable right now (Meilisearch cannot be reached); the rest of the catalog still works.');
      throw error;
    }
  }
}

function checkQuery(query: string): void {
  if (query.length > MAX_QUERY_LENGTH) {
    throw apiError('BAD_USER_INPUT', `query is ${query.length} characters long; the limit is ${MAX_QUERY_LENGTH}`, { argument: 'input.query' });
  }
}

function toHitPage(response: SearchResponse<SearchDocument>): HitPage {
  return { hits: response.hits, estimatedTotalHits: response.estimatedTotalHits ?? 0, facetDistribution: response.facetDistribution ?? {} };
}

/** The sum of two facet distributions of disjoint hits. */
function addFacetCounts(a: FacetDistribution, b: FacetDistribution): FacetDistribution {
  const sum: FacetDistribution = structuredClone(a);
  for (const [attribute, values] of Object.entries(b)) {
    const counts = (sum[attribute] ??= {});
    for (const [value, count] of Object.entries(values)) counts[value] = (counts[value] ?? 0) + count;
  }
  return sum;
}

function toFacets(distribution: Record<string, Record<string, number>>): Facet[] {
  return Object.entries(FACETS).map(([field, attribute]) => ({
    field,
    values: Object.entries(distribution[attribute] ?? {})
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
  }));
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
    deprecated: document.deprecated === 1,
    matchedFields: [...new Set(highlights.map((highlight) => highlight.field))],
    highlights,
  };
}
