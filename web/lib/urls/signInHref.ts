import { safeNextPath } from './safeNextPath';

/**
 * The sign-in page, coming back to `next` afterwards; `expired` says why the
 * person is there. A `next` that is not a safe local path is left out.
 */
export function signInHref({ next, expired = false }: { next?: string | null; expired?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (expired) params.set('expired', '1');
  const path = safeNextPath(next);
  if (path && path !== '/') params.set('next', path);
  const query = params.toString();
  return query === '' ? '/sign-in' : `/sign-in?${query}`;
}

/**
 * The route that clears a session the API no longer accepts, then sends the
 * person on to sign in (a server component may not change cookies itself).
 */
export function sessionExpiredHref(next: string): string {
  const path = safeNextPath(next);
  return path && path !== '/' ? `/sign-in/expired?${new URLSearchParams({ next: path })}` : '/sign-in/expired';
}
