/**
 * The `Set-Cookie` values that sign a browser in and out: the session's secret, for the whole site, out of
 * scripts' reach (HttpOnly) and not sent with other sites' requests but top-level navigation (SameSite=Lax);
 * Secure when the request came over HTTPS. As express's `res.cookie` and `res.clearCookie` wrote them, so
 * that either HTTP path (server.ts, http/directGraphqlRoute.ts) signs in alike.
 */
import { SESSION_COOKIE } from './requestCredentials.ts';

export function sessionCookie(secret: string, expiresAt: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(secret)}; Path=/; Expires=${new Date(expiresAt).toUTCString()}; HttpOnly${secure ? '; Secure' : ''}; SameSite=Lax`;
}

/** An empty session cookie that expired long ago: the browser drops the one it has. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; Expires=${new Date(1).toUTCString()}; HttpOnly${secure ? '; Secure' : ''}; SameSite=Lax`;
}
