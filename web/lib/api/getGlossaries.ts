import 'server-only';

import { cache } from 'react';

import type { ApiResult } from './ApiResult';
import type { GlossaryTreeFields, GlossaryTreeTerm } from './fragments/glossaryTreeFields';
import { glossaryChoicesQuery, type GlossaryChoice } from './queries/glossaryChoicesQuery';
import { glossariesQuery, glossaryQuery, replacementCandidatesQuery, type SharedWord, type UnsharedWord } from './queries/glossariesQuery';
import { requestGraphQL } from './requestGraphQL';

/** How many terms of one glossary a tree shows (the API's page size); a bigger glossary says so. */
export const GLOSSARY_TERMS_LIMIT = 500;

/** How many waiting terms the review queue's count goes up to. */
export const REVIEW_QUEUE_LIMIT = 100;

/**
 * Every glossary with its terms, the shared words (polysemes) and the words two domains define apart,
 * and how many terms wait for the viewer's decision (0 when signed out).
 */
export async function getGlossaries(): Promise<
  ApiResult<{ glossaries: GlossaryTreeFields[]; sharedWords: SharedWord[]; unsharedWords: UnsharedWord[]; waitingForReview: number }>
> {
  const result = await requestGraphQL(glossariesQuery, { termLimit: GLOSSARY_TERMS_LIMIT, queueLimit: REVIEW_QUEUE_LIMIT });
  if (!result.ok) return result;
  const { glossaries, polysemes, unmodeledPolysemes, glossaryReviewQueue } = result.data;
  return { ok: true, data: { glossaries, sharedWords: polysemes, unsharedWords: unmodeledPolysemes, waitingForReview: glossaryReviewQueue.length } };
}

/** One glossary with its terms; `data: null` when there is no such glossary. Cached: the page and its metadata both ask. */
export const getGlossary = cache(async (id: string): Promise<ApiResult<GlossaryTreeFields | null>> => {
  const result = await requestGraphQL(glossaryQuery, { id, termLimit: GLOSSARY_TERMS_LIMIT });
  return result.ok ? { ok: true, data: result.data.glossary } : result;
});

/** The glossaries the viewer may add terms to, as the API lists them. */
export async function getGlossariesToAddTo(): Promise<ApiResult<GlossaryChoice[]>> {
  const result = await requestGraphQL(glossaryChoicesQuery, {});
  return result.ok ? { ok: true, data: result.data.glossaries.filter((glossary) => glossary.viewerCanCreateTerms) } : result;
}

/**
 * The terms that could replace one being deprecated: the APPROVED terms of its
 * own glossary and of the enterprise glossary, by name, without itself.
 */
export async function getReplacementCandidates(glossary: string, except: string): Promise<ApiResult<GlossaryTreeTerm[]>> {
  const result = await requestGraphQL(replacementCandidatesQuery, { glossary, termLimit: GLOSSARY_TERMS_LIMIT });
  if (!result.ok) return result;
  const seen = new Set<string>([except]);
  const candidates: GlossaryTreeTerm[] = [];
  for (const term of [...(result.data.own?.terms ?? []), ...(result.data.enterprise?.terms ?? [])]) {
    if (term.termStatus !== 'APPROVED' || seen.has(term.urn)) continue;
    seen.add(term.urn);
    candidates.push(term);
  }
  return { ok: true, data: candidates };
}
