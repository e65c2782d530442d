import 'server-only';

import type { ApiResult } from './ApiResult';
import { DATASET_COLUMN_PAGE } from './getDataset';
import { datasetProfileQuery, type DatasetProfile } from './queries/datasetProfileQuery';
import { requestGraphQL } from './requestGraphQL';

/**
 * The latest column profiles of one dataset, for the page of columns from `columnsFrom` (the page's
 * schema shows the same); `data: null` when the API does not know it. Asked beside `getDataset` (in
 * parallel), like the quality query, so the dataset query stays the size the lineage and schema need.
 */
export async function getDatasetProfile(urn: string, columnsFrom = 0): Promise<ApiResult<DatasetProfile | null>> {
  const result = await requestGraphQL(datasetProfileQuery, { urn, columnsPage: DATASET_COLUMN_PAGE, columnsFrom });
  if (result.ok) return { ok: true, data: result.data.dataset };
  const { failure } = result;
  if (failure.kind === 'graphql' && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) return { ok: true, data: null };
  return result;
}
