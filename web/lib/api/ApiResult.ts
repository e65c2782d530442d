/**
 * What every data function returns: the data, or a failure the page can show.
 *
 * Expected failures (API down, a GraphQL error with `extensions.code`) are
 * values, not exceptions, so a page renders a banner instead of falling into
 * `error.tsx`, which in production only sees a masked message.
 */
export type ApiResult<TData> = { ok: true; data: TData } | { ok: false; failure: ApiFailure };

export type ApiFailure =
  /** No connection: refused, DNS, reset. */
  | { kind: 'unreachable'; apiUrl: string; detail: string }
  /** Connected, but no answer within `seconds`: the API is up and waiting on something (Neo4j, Meilisearch). */
  | { kind: 'timeout'; apiUrl: string; seconds: number }
  /** The API answered with GraphQL errors; `code` is `extensions.code` when it set one. */
  | {
      kind: 'graphql';
      apiUrl: string;
      code: string | undefined;
      message: string;
      /** `extensions.reason` of an UNAUTHENTICATED answer, e.g. SESSION_EXPIRED. */
      reason?: string;
      /** `extensions.currentVersion` of a CONFLICT: the version someone else's edit produced. */
      currentVersion?: number;
      /** `extensions.retryAfterSeconds` of RATE_LIMITED. */
      retryAfterSeconds?: number;
    }
  /** The API answered, but not with a GraphQL response (a proxy error page, a 502, ...). */
  | { kind: 'http'; apiUrl: string; status: number; detail: string };
