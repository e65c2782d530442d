import type { NextRequest } from 'next/server';

import { checkSession } from '@/lib/api';
import { clearSession } from '@/lib/session/sessionCookie';
import { safeNextPath } from '@/lib/urls/safeNextPath';
import { signInHref } from '@/lib/urls/signInHref';

/**
 * `GET /sign-in/expired?next=/where/they/were`: where a page sends a person
 * whose session the API refused. A page may not change cookies while it
 * renders, so this clears the cookie, then redirects to sign in with the
 * "session expired" message and the way back.
 *
 * Only a session the API really refuses is cleared: a link to this address
 * from elsewhere must not sign anyone out, nor may an API that is down or busy
 * (the page then says so itself).
 */
export async function GET(request: NextRequest): Promise<Response> {
  const next = safeNextPath(request.nextUrl.searchParams.get('next')) ?? '/';
  const session = await checkSession();
  // Relative locations: behind a proxy, this server's own origin is not the browser's.
  if (session === 'accepted' || session === 'unknown') return new Response(null, { status: 303, headers: { location: next } });
  await clearSession();
  return new Response(null, { status: 303, headers: { location: signInHref({ next, expired: true }) } });
}
