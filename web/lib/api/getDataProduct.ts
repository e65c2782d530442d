import 'server-only';

import { cache } from 'react';

import type { ApiResult } from './ApiResult';
import { dataProductQuery, type DataProductDetail } from './queries/dataProductQuery';
import { requestGraphQL } from './requestGraphQL';

/**
 * One data product with its ports, SLA and trust; `data: null` when the API
 * does not know the URN (or it is not a data product URN). Cached per request:
 * the page and its metadata both ask.
 */
export const getDataProduct = cache(async (urn: string): Promise<ApiResult<DataProductDetail | null>> => {
  const result = await requestGraphQL(dataProductQuery, { urn });
  if (result.ok) return { ok: true, data: result.data.dataProduct };
  const { failure } = result;
  if (failure.kind === 'graphql' && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) return { ok: true, data: null };
  return result;
});
