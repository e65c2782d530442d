/**
 * Expected failures are `GraphQLError`s with `extensions.code`; anything else is
 * an unexpected error, logged with its operation and masked for the caller
 * (see `formatError` in server.ts).
 */
import { GraphQLError } from 'graphql';

export const ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAVAILABLE', 'RATE_LIMITED'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export function apiError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

export function isExpectedError(error: unknown): boolean {
  const code = (error as GraphQLError | undefined)?.extensions?.code;
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/** True for errors that mean a backing service (Neo4j, Meilisearch) is unreachable. */
export function isServiceUnavailable(error: unknown): boolean {
  const e = error as { code?: string; name?: string; cause?: { code?: string } };
  return (
    e?.code === 'ServiceUnavailable' ||
    e?.code === 'SessionExpired' ||
    e?.name === 'MeilisearchRequestError' ||
    e?.cause?.code === 'ECONNREFUSED'
  );
}
