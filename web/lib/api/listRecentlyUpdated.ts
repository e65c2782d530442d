import 'server-only';

import type { ApiResult } from './ApiResult';
import { recentlyUpdatedQuery, type RecentlyUpdatedAsset } from './queries/recentlyUpdatedQuery';
import { requestGraphQL, type RequestOptions } from './requestGraphQL';

/** The datasets and data products changed last, newest first. */
export async function listRecentlyUpdated(count: number, options?: RequestOptions): Promise<ApiResult<RecentlyUpdatedAsset[]>> {
  const result = await requestGraphQL(recentlyUpdatedQuery, { count }, options);
  return result.ok ? { ok: true, data: result.data.search.hits } : result;
}
