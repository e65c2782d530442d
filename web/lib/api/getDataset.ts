import 'server-only';

import { cache } from 'react';

import type { ApiResult } from './ApiResult';
import { datasetQuery, type DatasetDetail } from './queries/datasetQuery';
import { requestGraphQL } from './requestGraphQL';

/**
 * One dataset with its schema and direct lineage; `data: null` when the API
 * does not know the URN.
 *
 * Wrapped in `cache` because the page and its `generateMetadata` both ask for
 * the same dataset during one request, and Next does not dedupe POSTs.
 */
export const getDataset = cache(async (urn: string): Promise<ApiResult<DatasetDetail | null>> => {
  const result = await requestGraphQL(datasetQuery, { urn });
  if (result.ok) return { ok: true, data: result.data.dataset };
  // A malformed URN is as absent as an unknown one, as far as a URL is concerned.
  const { failure } = result;
  if (failure.kind === 'graphql' && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) {
    return { ok: true, data: null };
  }
  return result;
});
