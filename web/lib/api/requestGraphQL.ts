import 'server-only';

import { redirect } from 'next/navigation';

import { clientAddress } from '../session/clientAddress';
import { currentPath } from '../session/currentPath';
import { readSession } from '../session/sessionCookie';
import { sessionExpiredHref, signInHref } from '../urls/signInHref';

import type { ApiResult } from './ApiResult';
import type { GraphQLDocument } from './GraphQLDocument';
import { apiUrl } from './apiUrl';

/** Long enough for a cold search index, short enough that a hung API still gets a banner. */
const TIMEOUT_MS = 10_000;

/** Codes the pages handle as ordinary outcomes; anything else is logged for the operator. */
const EXPECTED_CODES = new Set(['NOT_FOUND', 'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'RATE_LIMITED']);

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export interface RequestOptions {
  /**
   * `viewer` (default) sends the signed-in person's session as a bearer token;
   * `anonymous` sends none (signing in: a stale cookie must not refuse it).
   */
  as?: 'viewer' | 'anonymous';
  /**
   * What an UNAUTHENTICATED answer to a query does. `sign-in` (default) sends
   * the person to sign in and back here afterwards (through clearing the cookie
   * first when the session was refused); `return` hands it back as a failure,
   * for callers that must not navigate (signing in and out, the header, route
   * handlers). A mutation's always comes back as a failure: see below.
   */
  onUnauthenticated?: 'sign-in' | 'return';
}

/**
 * POSTs one operation to the Polder API as the signed-in person. Never throws
 * for network or GraphQL failures: they come back as `{ ok: false, failure }`
 * (see ApiResult). The one exception is deliberate: a query the API wants a
 * sign-in for redirects there (Next's `redirect`), so no page shows that as an error.
 */
export async function requestGraphQL<TData, TVariables>(
  document: GraphQLDocument<TData, TVariables>,
  variables: TVariables,
  { as = 'viewer', onUnauthenticated = 'sign-in' }: RequestOptions = {},
): Promise<ApiResult<TData>> {
  const url = apiUrl();
  const session = as === 'viewer' ? await readSession() : undefined;
  const forwardedFor = await clientAddress();
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(session ? { authorization: `Bearer ${session}` } : {}),
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
      body: JSON.stringify({ operationName: document.operationName, query: document.source, variables }),
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    // Slow is not down: a stalled Neo4j or Meilisearch behind a running API holds its answer.
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      console.warn(`[polder-web] ${document.operationName}: no answer from the API at ${url} within ${TIMEOUT_MS / 1000} s`);
      return { ok: false, failure: { kind: 'timeout', apiUrl: url, seconds: TIMEOUT_MS / 1000 } };
    }
    const detail = describeFetchError(error);
    console.warn(`[polder-web] ${document.operationName}: API not reachable at ${url}: ${detail}`);
    return { ok: false, failure: { kind: 'unreachable', apiUrl: url, detail } };
  }

  // Apollo answers GraphQL errors with 200 or 400 depending on the phase that
  // failed, so the body decides, not the status.
  let body: GraphQLResponse<TData>;
  try {
    body = (await response.json()) as GraphQLResponse<TData>;
  } catch {
    console.warn(`[polder-web] ${document.operationName}: HTTP ${response.status} without a JSON body from ${url}`);
    return { ok: false, failure: { kind: 'http', apiUrl: url, status: response.status, detail: response.statusText } };
  }

  const firstError = body.errors?.[0];
  if (firstError) {
    const extensions = firstError.extensions ?? {};
    const code = typeof extensions.code === 'string' ? extensions.code : undefined;
    if (!code || !EXPECTED_CODES.has(code)) {
      console.warn(`[polder-web] ${document.operationName}: ${code ?? 'GraphQL error'}: ${firstError.message}`);
    }
    // A mutation comes from a form's server action, whose person typed something: navigating away (or
    // clearing the cookie, which redraws the page without its edit forms) would lose it. The failure goes
    // back to the form instead, which keeps what was typed and says how to sign in again.
    if (code === 'UNAUTHENTICATED' && onUnauthenticated === 'sign-in' && !isMutation(document)) {
      const here = await currentPath();
      // With a session, the API refused it (expired, signed out elsewhere):
      // the cookie must go first. Without one, this catalog needs a sign-in.
      redirect(session ? sessionExpiredHref(here) : signInHref({ next: here }));
    }
    return {
      ok: false,
      failure: {
        kind: 'graphql',
        apiUrl: url,
        code,
        message: firstError.message,
        ...(typeof extensions.reason === 'string' ? { reason: extensions.reason } : {}),
        ...(typeof extensions.currentVersion === 'number' ? { currentVersion: extensions.currentVersion } : {}),
        ...(typeof extensions.retryAfterSeconds === 'number' ? { retryAfterSeconds: extensions.retryAfterSeconds } : {}),
      },
    };
  }
  if (body.data == null) {
    console.warn(`[polder-web] ${document.operationName}: HTTP ${response.status} without data or errors from ${url}`);
    return { ok: false, failure: { kind: 'http', apiUrl: url, status: response.status, detail: 'response has no data' } };
  }
  return { ok: true, data: body.data };
}

const isMutation = (document: GraphQLDocument<unknown, unknown>) => /^\s*mutation\b/.test(document.source);

/** Node's fetch hides the useful part (ECONNREFUSED, ENOTFOUND) in `cause`. */
function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
    if (typeof cause?.code === 'string') return cause.code;
    if (typeof cause?.message === 'string') return cause.message;
    return error.message;
  }
  return String(error);
}
