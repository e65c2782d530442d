import 'server-only';

import type { ApiResult } from './ApiResult';
import { changesQuery, type ChangeEntry } from './queries/changesQuery';
import { requestGraphQL } from './requestGraphQL';

/** The latest edits of an entity, newest first. */
export async function getChanges(urn: string, limit: number): Promise<ApiResult<ChangeEntry[]>> {
  const result = await requestGraphQL(changesQuery, { input: { urn, limit } });
  return result.ok ? { ok: true, data: result.data.changes } : result;
}
