import 'server-only';

import { cache } from 'react';

import type { ApiResult } from './ApiResult';
import { type JobDetail, jobQuery } from './queries/jobQuery';
import { requestGraphQL } from './requestGraphQL';

/** How many runs a job page shows: the newest. */
export const JOB_RUNS_SHOWN = 20;

/** How many inputs and outputs a job page lists at a time. */
export const JOB_DATASETS_PAGE = 100;

/**
 * One job with its newest runs and a page each of its inputs and outputs (from the offsets given);
 * `data: null` when the API does not know the URN (or it is not a job URN). Cached per request:
 * the page and its metadata both ask (hence the offsets as numbers: `cache` compares by identity).
 */
export const getJob = cache(async (urn: string, inputsFrom = 0, outputsFrom = 0): Promise<ApiResult<JobDetail | null>> => {
  const result = await requestGraphQL(jobQuery, { urn, runs: JOB_RUNS_SHOWN, pageSize: JOB_DATASETS_PAGE, inputsFrom, outputsFrom });
  if (result.ok) return { ok: true, data: result.data.job };
  const { failure } = result;
  if (failure.kind === 'graphql' && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) return { ok: true, data: null };
  return result;
});
