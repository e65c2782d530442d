import 'server-only';

import { cache } from 'react';

import type { ApiResult } from './ApiResult';
import { PEOPLE_LIST_PAGE } from './getPerson';
import { type TeamDetail, teamQuery } from './queries/teamQuery';
import { requestGraphQL } from './requestGraphQL';

/**
 * One team with a page of its members and a page of what it owns (from the offsets given); `data: null`
 * when the API does not know the URN (or it is not a team URN). Cached per request: the page and its
 * metadata both ask (hence the offsets as numbers: `cache` compares by identity).
 */
export const getTeam = cache(async (urn: string, membersFrom = 0, ownsFrom = 0): Promise<ApiResult<TeamDetail | null>> => {
  const result = await requestGraphQL(teamQuery, { urn, pageSize: PEOPLE_LIST_PAGE, membersFrom, ownsFrom });
  if (result.ok) return { ok: true, data: result.data.team };
  const { failure } = result;
  if (failure.kind === 'graphql' && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) return { ok: true, data: null };
  return result;
});
