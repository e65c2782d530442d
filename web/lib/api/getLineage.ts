import 'server-only';

import type { ApiResult } from './ApiResult';
import { type LineageLevel, lineageQuery, type LineageResult } from './queries/lineageQuery';
import { requestGraphQL } from './requestGraphQL';
import type { LineageDirection } from './schemaEnums';

export interface LineageWalk {
  /** DATASET (default) walks datasets; FIELD walks columns, from every column of a dataset. */
  level?: LineageLevel;
  /** BOTH by default. */
  direction?: LineageDirection;
}

/** Lineage around `urn`, up to `depth` hops: of datasets or of columns, both ways unless told. */
export async function getLineage(urn: string, depth: number, { level = 'DATASET', direction = 'BOTH' }: LineageWalk = {}): Promise<ApiResult<LineageResult>> {
  const result = await requestGraphQL(lineageQuery, { input: { urn, level, direction, depth } });
  return result.ok ? { ok: true, data: result.data.lineage } : result;
}
