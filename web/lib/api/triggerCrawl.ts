import 'server-only';

import type { ApiResult } from './ApiResult';
import { type CrawlRequest, triggerCrawlMutation } from './mutations/triggerCrawlMutation';
import { requestGraphQL } from './requestGraphQL';

/** Asks the API to crawl a source now (admins only; an API without a scheduler answers UNAVAILABLE). */
export async function triggerCrawl(sourceId: string): Promise<ApiResult<CrawlRequest>> {
  const result = await requestGraphQL(triggerCrawlMutation, { input: { sourceId } });
  return result.ok ? { ok: true, data: result.data.triggerCrawl } : result;
}
