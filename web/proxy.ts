import { type NextRequest, NextResponse } from 'next/server';

import { contentSecurityPolicy } from './lib/security/contentSecurityPolicy';
import { CURRENT_PATH_HEADER } from './lib/session/currentPathHeader';

/**
 * Every page request, before it renders:
 * - tells the server components which URL they render: Next does not, and a page that finds the API
 *   wants a sign-in must send the person back here afterwards. Overwrites whatever a client sent under
 *   the same name.
 * - draws the nonce of the page's Content-Security-Policy (lib/security/contentSecurityPolicy.ts): on the
 *   request, where Next finds it and puts it on its own scripts, and on the response, for the browser.
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  // Next's own cache-busting parameter of client navigations, not part of the page's address.
  url.searchParams.delete('_rsc');
  const policy = contentSecurityPolicy(btoa(crypto.randomUUID()), process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set(CURRENT_PATH_HEADER, `${url.pathname}${url.search}`);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages and their server actions only: not Next's assets nor the JSON routes.
  matcher: ['/((?!_next/|api/|favicon.ico).*)'],
};
