import 'server-only';

import { cache } from 'react';

import type { ApiResult } from './ApiResult';
import { glossaryTermQuery, type GlossaryTermDetail } from './queries/glossaryTermQuery';
import { termCarriersQuery, type TermCarriersPage } from './queries/termCarriersQuery';
import { requestGraphQL } from './requestGraphQL';

/** How many carrying datasets a term page lists at a time. */
export const TERM_CARRIERS_PAGE = 50;

/** One glossary term; `data: null` when the API does not know the URN. Cached: the page and its metadata both ask. */
export const getGlossaryTerm = cache(async (urn: string): Promise<ApiResult<GlossaryTermDetail | null>> => {
  const result = await requestGraphQL(glossaryTermQuery, { urn });
  if (result.ok) return { ok: true, data: result.data.glossaryTerm };
  const { failure } = result;
  if (failure.kind === 'graphql' && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) return { ok: true, data: null };
  return result;
});

/**
 * A page of the datasets carrying a term (on themselves or on some of their columns), by
 * the term's URN: another glossary's term of the same name is another sense, not counted.
 */
export async function getTermCarriers(urn: string, offset: number): Promise<ApiResult<TermCarriersPage>> {
  const result = await requestGraphQL(termCarriersQuery, { urn, limit: TERM_CARRIERS_PAGE, offset });
  if (!result.ok) return result;
  return { ok: true, data: result.data.glossaryTerm?.carryingDatasets ?? { total: 0, datasets: [] } };
}
