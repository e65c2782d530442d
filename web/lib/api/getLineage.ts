import 'server-only';

import type { ApiResult } from './ApiResult';
import { getLineageLimits } from './getLineageLimits';
import { type LineageLevel, lineageQuery, type LineageResult } from './queries/lineageQuery';
import { requestGraphQL } from './requestGraphQL';
import type { LineageDirection } from './schemaEnums';

/** The most assets a page asks of one walk, or the API's cap where that is lower: the list beside the explorer shows them all. */
export const MAX_WALK_NODES = 1_000;

export interface LineageWalk {
  /** DATASET (default) walks datasets; FIELD walks columns, from every column of a dataset. */
  level?: LineageLevel;
  /** BOTH by default. */
  direction?: LineageDirection;
}

/** Lineage around `urn`, up to `depth` hops (within the API's cap: parseLineageDepth): of datasets or of columns, both ways unless told. */
export async function getLineage(urn: string, depth: number, { level = 'DATASET', direction = 'BOTH' }: LineageWalk = {}): Promise<ApiResult<LineageResult>> {
  const limit = Math.min(MAX_WALK_NODES, (await getLineageLimits())?.maxNodes ?? MAX_WALK_NODES);
  const result = await requestGraphQL(lineageQuery, { input: { urn, level, direction, depth, limit } });
  return result.ok ? { ok: true, data: result.data.lineage } : result;
}
