import 'server-only';

import type { ApiResult } from './ApiResult';
import { REVIEW_QUEUE_LIMIT } from './getGlossaries';
import { glossaryReviewQueueQuery, type ReviewQueueTerm } from './queries/glossaryReviewQueueQuery';
import { requestGraphQL } from './requestGraphQL';

/** The terms in review the signed-in person may approve or reject, oldest submission first. */
export async function getGlossaryReviewQueue(): Promise<ApiResult<ReviewQueueTerm[]>> {
  const result = await requestGraphQL(glossaryReviewQueueQuery, { limit: REVIEW_QUEUE_LIMIT });
  return result.ok ? { ok: true, data: result.data.glossaryReviewQueue } : result;
}
