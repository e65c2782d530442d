import type { NextRequest } from 'next/server';

import { getViewer } from '@/lib/api';
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
 * from elsewhere must not sign anyone out.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const next = safeNextPath(request.nextUrl.searchParams.get('next')) ?? '/';
  // Relative locations: behind a proxy, this server's own origin is not the browser's.
  if (await getViewer()) return new Response(null, { status: 303, headers: { location: next } });
  await clearSession();
  return new Response(null, { status: 303, headers: { location: signInHref({ next, expired: true }) } });
}
