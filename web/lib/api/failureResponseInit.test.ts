import { describe, expect, it } from 'vitest';

import type { ApiFailure } from './ApiResult';
import { failureResponseInit } from './failureResponseInit';

const apiUrl = 'http://127.0.0.1:4000/graphql';
const graphql = (code: string | undefined, extra: Partial<ApiFailure> = {}): ApiFailure => ({ kind: 'graphql', apiUrl, code, message: 'refused', ...extra }) as ApiFailure;

describe('failureResponseInit', () => {
  it.each([
    ['BAD_USER_INPUT', 400],
    ['UNAUTHENTICATED', 401],
    ['FORBIDDEN', 403],
    ['RATE_LIMITED', 429],
    ['UNAVAILABLE', 503],
  ])('answers %s with %i', (code, status) => {
    expect(failureResponseInit(graphql(code)).status).toEqual(status);
  });

  it('answers 502 for an API that cannot be reached or answers something that is not GraphQL', () => {
    expect(failureResponseInit({ kind: 'unreachable', apiUrl, detail: 'ECONNREFUSED' })).toEqual({ status: 502 });
    expect(failureResponseInit({ kind: 'http', apiUrl, status: 500, detail: 'Internal Server Error' })).toEqual({ status: 502 });
  });

  it('answers 504 for an API that did not answer in time', () => {
    expect(failureResponseInit({ kind: 'timeout', apiUrl, seconds: 10 })).toEqual({ status: 504 });
  });

  it('answers 502 for a code that says nothing to the caller, or none', () => {
    expect(failureResponseInit(graphql('INTERNAL_SERVER_ERROR')).status).toEqual(502);
    expect(failureResponseInit(graphql(undefined)).status).toEqual(502);
    // Not inherited from Object.prototype either.
    expect(failureResponseInit(graphql('constructor')).status).toEqual(502);
  });

  it('says when to come back from a rate limit, as the API did', () => {
    expect(failureResponseInit(graphql('RATE_LIMITED', { retryAfterSeconds: 29.5 }))).toEqual({ status: 429, headers: { 'retry-after': '30' } });
    expect(failureResponseInit(graphql('RATE_LIMITED'))).toEqual({ status: 429 });
  });
});
