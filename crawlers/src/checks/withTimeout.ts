/**
 * A deadline around work on a source: checks and profiles both run a query that
 * must stop once its time is up, on Polder's side (the connection is closed
 * under it, through `signal`) and on the store's (its own statement timeout,
 * set by the read-only connection).
 */

/** The work outlived its deadline. */
export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}

/** Runs `work`, aborting it (and rejecting with QueryTimeoutError) once `timeoutMs` has passed. */
export async function withTimeout<T>(timeoutMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new QueryTimeoutError(`timed out after ${timeoutMs.toLocaleString('en-US')} ms`));
    }, timeoutMs);
  });
  const running = work(controller.signal);
  // Once timed out, the aborted work still settles (its connection closed under it); that late failure is expected.
  running.catch(() => {});
  try {
    return await Promise.race([running, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

// The stores' own "statement timeout" errors: PostgreSQL 57014, MariaDB 1969, MySQL 3024.
const STATEMENT_TIMEOUT_CODES = new Set<string | number>(['57014', 'ER_STATEMENT_TIMEOUT', 'ER_QUERY_TIMEOUT', 1969, 3024]);

/** True for Polder's own deadline and for a store's statement timeout, whichever fired first. */
export function isTimeout(error: unknown): boolean {
  if (error instanceof QueryTimeoutError) return true;
  const { code, errno } = (error ?? {}) as { code?: string; errno?: number };
  return STATEMENT_TIMEOUT_CODES.has(code ?? '') || STATEMENT_TIMEOUT_CODES.has(errno ?? -1);
}
