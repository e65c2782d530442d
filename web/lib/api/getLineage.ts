import 'server-only';

import type { ApiResult } from './ApiResult';
import { lineageQuery, type LineageResult } from './queries/lineageQuery';
import { requestGraphQL } from './requestGraphQL';

/** Lineage around `urn` in both directions, up to `depth` hops. */
export async function getLineage(urn: string, depth: number): Promise<ApiResult<LineageResult>> {
  const result = await requestGraphQL(lineageQuery, { input: { urn, direction: 'BOTH', depth } });
  return result.ok ? { ok: true, data: result.data.lineage } : result;
}
