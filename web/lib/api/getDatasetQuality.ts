import 'server-only';

import type { ApiResult } from './ApiResult';
import { datasetQualityQuery, type DatasetQuality } from './queries/datasetQualityQuery';
import { requestGraphQL } from './requestGraphQL';

/**
 * The trust score, quality checks and open incidents of one dataset; `data:
 * null` when the API does not know it. Asked beside `getDataset` (in parallel),
 * so the dataset query stays the size the lineage and schema need.
 */
export async function getDatasetQuality(urn: string): Promise<ApiResult<DatasetQuality | null>> {
  const result = await requestGraphQL(datasetQualityQuery, { urn });
  if (result.ok) return { ok: true, data: result.data.dataset };
  const { failure } = result;
  if (failure.kind === 'graphql' && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) return { ok: true, data: null };
  return result;
}
