import 'server-only';

import type { ApiResult } from './ApiResult';
import type { GraphQLDocument } from './GraphQLDocument';
import { apiUrl } from './apiUrl';

/** Long enough for a cold search index, short enough that a hung API still gets a banner. */
const TIMEOUT_MS = 10_000;

/** Codes the pages handle as ordinary outcomes; anything else is logged for the operator. */
const EXPECTED_CODES = new Set(['NOT_FOUND', 'BAD_USER_INPUT']);

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: Array<{ message: string; extensions?: { code?: unknown } }>;
}

/**
 * POSTs one operation to the Polder API. Never throws for network or GraphQL
 * failures: they come back as `{ ok: false, failure }` (see ApiResult).
 */
export async function requestGraphQL<TData, TVariables>(
  document: GraphQLDocument<TData, TVariables>,
  variables: TVariables,
): Promise<ApiResult<TData>> {
  const url = apiUrl();
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ operationName: document.operationName, query: document.source, variables }),
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
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
    const code = typeof firstError.extensions?.code === 'string' ? firstError.extensions.code : undefined;
    if (!code || !EXPECTED_CODES.has(code)) {
      console.warn(`[polder-web] ${document.operationName}: ${code ?? 'GraphQL error'}: ${firstError.message}`);
    }
    return { ok: false, failure: { kind: 'graphql', apiUrl: url, code, message: firstError.message } };
  }
  if (body.data == null) {
    return { ok: false, failure: { kind: 'http', apiUrl: url, status: response.status, detail: 'response has no data' } };
  }
  return { ok: true, data: body.data };
}

/** Node's fetch hides the useful part (ECONNREFUSED, ENOTFOUND) in `cause`. */
function describeFetchError(error: unknown): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return `no answer within ${TIMEOUT_MS / 1000} s`;
  if (error instanceof Error) {
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
    if (typeof cause?.code === 'string') return cause.code;
    if (typeof cause?.message === 'string') return cause.message;
    return error.message;
  }
  return String(error);
}
