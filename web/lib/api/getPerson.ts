import 'server-only';

import { cache } from 'react';

import type { ApiResult } from './ApiResult';
import { type PersonDetail, personQuery } from './queries/personQuery';
import { requestGraphQL } from './requestGraphQL';

/** How many of what a person or team answers for their page lists at a time (and a team page, of its members). */
export const PEOPLE_LIST_PAGE = 50;

/** How many of a person's teams their page lists: all of them, but for the rare person in more than the API gives in one page (the page says so). */
export const PERSON_TEAMS_SHOWN = 200;

/**
 * One person with their teams and a page of what they own (from `ownsFrom`); `data: null` when the API
 * does not know the URN (or it is not a person URN). Cached per request: the page and its metadata both ask.
 */
export const getPerson = cache(async (urn: string, ownsFrom = 0): Promise<ApiResult<PersonDetail | null>> => {
  const result = await requestGraphQL(personQuery, { urn, teamsShown: PERSON_TEAMS_SHOWN, pageSize: PEOPLE_LIST_PAGE, ownsFrom });
  if (result.ok) return { ok: true, data: result.data.person };
  const { failure } = result;
  if (failure.kind === 'graphql' && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) return { ok: true, data: null };
  return result;
});
