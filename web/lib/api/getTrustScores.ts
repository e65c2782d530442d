import 'server-only';

import type { ApiResult } from './ApiResult';
import { trustScoresQuery } from './queries/trustScoresQuery';
import { requestGraphQL } from './requestGraphQL';

/**
 * The trust scores of datasets and data products, by URN: a number, or null
 * when one is not scored yet. URNs of other entities, or unknown ones, are
 * left out. One query for all of them (the API batches the reads).
 */
export async function getTrustScores(urns: string[]): Promise<ApiResult<Map<string, number | null>>> {
  if (urns.length === 0) return { ok: true, data: new Map() };
  const result = await requestGraphQL(trustScoresQuery, { urns });
  if (!result.ok) return result;
  const scores = new Map<string, number | null>();
  for (const entry of result.data.entities) {
    if (entry && 'urn' in entry) scores.set(entry.urn, entry.trust?.score ?? null);
  }
  return { ok: true, data: scores };
}
