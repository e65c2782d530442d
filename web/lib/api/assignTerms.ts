import 'server-only';

import type { ApiResult } from './ApiResult';
import { GLOSSARY_TERMS_LIMIT } from './getGlossaries';
import { type AssignableTermGroup, assignableTermsQuery } from './queries/assignableTermsQuery';
import { setTermsMutation } from './mutations/setTermsMutation';
import { requestGraphQL } from './requestGraphQL';

/**
 * The terms that may be assigned: the APPROVED ones of every glossary (the
 * API refuses the others), grouped by glossary, glossaries without any left out.
 */
export async function getAssignableTerms(): Promise<ApiResult<AssignableTermGroup[]>> {
  const result = await requestGraphQL(assignableTermsQuery, { termLimit: GLOSSARY_TERMS_LIMIT });
  if (!result.ok) return result;
  const groups = result.data.glossaries
    .map((glossary) => ({
      glossaryId: glossary.id,
      glossaryName: glossary.name,
      terms: glossary.terms.filter((term) => term.termStatus === 'APPROVED').map(({ urn, name }) => ({ urn, name })),
    }))
    .filter((group) => group.terms.length > 0);
  return { ok: true, data: groups };
}

/**
 * Sets the terms of a dataset or column (the full list), with the version the
 * page read; a CONFLICT failure (someone edited since) changed nothing.
 */
export async function assignTerms(urn: string, expectedVersion: number, termUrns: string[], comment: string | null = null): Promise<ApiResult<{ version: number | undefined }>> {
  const result = await requestGraphQL(setTermsMutation, { input: { urn, expectedVersion, termUrns, comment } });
  return result.ok ? { ok: true, data: { version: result.data.setTerms.version } } : result;
}
