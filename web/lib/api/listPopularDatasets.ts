import 'server-only';

import type { ApiResult } from './ApiResult';
import { popularDatasetsQuery, type PopularDataset } from './queries/popularDatasetsQuery';
import { requestGraphQL, type RequestOptions } from './requestGraphQL';

/** The most used datasets, most popular first; empty when no usage is recorded. */
export async function listPopularDatasets(count: number, options?: RequestOptions): Promise<ApiResult<PopularDataset[]>> {
  const result = await requestGraphQL(popularDatasetsQuery, { count }, options);
  return result.ok ? { ok: true, data: result.data.popularDatasets } : result;
}
