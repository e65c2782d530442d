import 'server-only';

import { cache } from 'react';

import type { ApiResult } from './ApiResult';
import type { DomainSummaryFields } from './fragments/domainSummaryFields';
import { domainQuery } from './queries/domainQuery';
import { requestGraphQL } from './requestGraphQL';

/**
 * One domain with its products; `data: null` when the API does not know the URN
 * (or it is not a domain URN). Cached per request: the page and its metadata both ask.
 */
export const getDomain = cache(async (urn: string): Promise<ApiResult<DomainSummaryFields | null>> => {
  const result = await requestGraphQL(domainQuery, { urn });
  if (result.ok) return { ok: true, data: result.data.domain };
  const { failure } = result;
  if (failure.kind === 'graphql' && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) return { ok: true, data: null };
  return result;
});
