import type { ApiFailure } from './ApiResult';

/** The API's error codes a route handler passes on as their HTTP equivalents (api/src/errors.ts). */
const STATUS_BY_CODE: ReadonlyMap<string, number> = new Map([
  ['BAD_USER_INPUT', 400],
  ['UNAUTHENTICATED', 401],
  ['FORBIDDEN', 403],
  ['RATE_LIMITED', 429],
  ['UNAVAILABLE', 503],
]);

/**
 * How a route handler answers a failed API call: the status says whose fault it
 * was and whether to try again, so a browser (or a script) calling it can tell a
 * sign-in that is needed from a catalog that is down. An API that could not be
 * reached, answered something that is not GraphQL, or gave any other code, is a
 * bad gateway (502); one that did not answer in time, a gateway timeout (504). A rate limit says when to come back, as the API did.
 */
export function failureResponseInit(failure: ApiFailure): ResponseInit {
  if (failure.kind === 'timeout') return { status: 504 };
  const status = (failure.kind === 'graphql' && failure.code !== undefined && STATUS_BY_CODE.get(failure.code)) || 502;
  const retryAfter = status === 429 && failure.kind === 'graphql' ? failure.retryAfterSeconds : undefined;
  return retryAfter === undefined ? { status } : { status, headers: { 'retry-after': String(Math.ceil(retryAfter)) } };
}
