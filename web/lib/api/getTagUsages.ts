import 'server-only';

import type { ApiResult } from './ApiResult';
import { type TagUsage, tagUsagesQuery } from './queries/tagUsagesQuery';
import { requestGraphQL } from './requestGraphQL';

/** As many as a datalist under a tags box shows without scrolling. */
const TAG_USAGE_LIMIT = 8;

/** The tags the catalog uses that start with `prefix`, most used first. Asked by a route handler: a sign-in needed comes back as a failure. */
export async function getTagUsages(prefix: string): Promise<ApiResult<TagUsage[]>> {
  const result = await requestGraphQL(tagUsagesQuery, { input: { prefix, limit: TAG_USAGE_LIMIT } }, { onUnauthenticated: 'return' });
  return result.ok ? { ok: true, data: result.data.tags } : result;
}
