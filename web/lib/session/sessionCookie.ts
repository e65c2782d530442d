import 'server-only';

import { cookies, headers } from 'next/headers';

/**
 * The web's own session cookie, on the web's origin. It holds the API session
 * secret the API's `login` returned; the server sends it on as a bearer token.
 * Named apart from the API's `polder_session`: cookies ignore ports, so on one
 * host the API's cookie would otherwise be read as the web's.
 */
export const SESSION_COOKIE = 'polder_web_session';

/** The session secret of this request, or undefined when nobody is signed in. */
export async function readSession(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value || undefined;
}

/** Keeps the session until the API ends it. Only in server actions and route handlers. */
export async function writeSession(secret: string, expiresAt: string): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'lax',
    // Secure whenever the browser reached us over HTTPS: a proxy that says so, or POLDER_WEB_SECURE_COOKIE=true
    // behind a TLS proxy that does not send X-Forwarded-Proto (nginx does not by default).
    secure: process.env.POLDER_WEB_SECURE_COOKIE === 'true' || (await headers()).get('x-forwarded-proto') === 'https',
    path: '/',
    expires: new Date(expiresAt),
  });
}

/** Forgets the session. Only in server actions and route handlers. */
export async function clearSession(): Promise<void> {
  (await cookies()).delete(SESSION_COOKIE);
}
