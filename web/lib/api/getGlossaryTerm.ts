import 'server-only';

import { cache } from 'react';

import type { ApiResult } from './ApiResult';
import { glossaryTermQuery, type GlossaryTermDetail } from './queries/glossaryTermQuery';
import { searchQuery } from './queries/searchQuery';
import type { SearchHitFields } from './fragments/searchHitFields';
import { requestGraphQL } from './requestGraphQL';

/** How many carrying assets a term page lists; the rest are a search away. */
export const TERM_ASSETS_LIMIT = 50;

/** One glossary term; `data: null` when the API does not know the URN. Cached: the page and its metadata both ask. */
export const getGlossaryTerm = cache(async (urn: string): Promise<ApiResult<GlossaryTermDetail | null>> => {
  const result = await requestGraphQL(glossaryTermQuery, { urn });
  if (result.ok) return { ok: true, data: result.data.glossaryTerm };
  const { failure } = result;
  if (failure.kind === 'graphql' && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) return { ok: true, data: null };
  return result;
});

/**
 * The datasets carrying a term (on themselves or one of their columns), from
 * the search index, which keys terms by name: a same-named term of another
 * glossary is counted too. (The API has no `GlossaryTerm.carriers` yet.)
 */
export async function getTermAssets(termName: string): Promise<ApiResult<{ total: number; hits: SearchHitFields[] }>> {
  const result = await requestGraphQL(searchQuery, {
    input: {
      query: '',
      start: 0,
      count: TERM_ASSETS_LIMIT,
      orFilters: [{ and: [{ field: 'term', values: [termName] }, { field: 'type', values: ['DATASET'] }] }],
      sort: 'NAME',
    },
  });
  if (!result.ok) return result;
  return { ok: true, data: { total: result.data.search.total, hits: result.data.search.hits } };
}
