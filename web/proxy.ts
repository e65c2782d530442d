import { type NextRequest, NextResponse } from 'next/server';

import { contentSecurityPolicy } from './lib/security/contentSecurityPolicy';
import { CURRENT_PATH_HEADER } from './lib/session/currentPathHeader';
import { hasMalformedEscape } from './lib/urls/hasMalformedEscape';

/**
 * Where a path with malformed percent-encoding is sent (rewritten, the address bar keeps the original):
 * no page lives there, so Next renders the catalog's not-found page, answering 404 with the headers
 * every page gets. Left to itself, Next answers such a path under a dynamic route with a bare 500.
 */
const MALFORMED_PATH_TARGET = '/not-found/malformed-address';

/**
 * Every page request, before it renders:
 * - tells the server components which URL they render: Next does not, and a page that finds the API
 *   wants a sign-in must send the person back here afterwards. Overwrites whatever a client sent under
 *   the same name.
 * - draws the nonce of the page's Content-Security-Policy (lib/security/contentSecurityPolicy.ts): on the
 *   request, where Next finds it and puts it on its own scripts, and on the response, for the browser.
 * - answers a path whose percent-encoding does not decode (`/datasets/%ZZ`) with the not-found page,
 *   and says so in the log (MALFORMED_PATH_TARGET).
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  // Next's own cache-busting parameter of client navigations, not part of the page's address.
  url.searchParams.delete('_rsc');
  const policy = contentSecurityPolicy(btoa(crypto.randomUUID()), process.env.NODE_ENV === 'development');
  const headers = new Headers(request.headers);
  headers.set(CURRENT_PATH_HEADER, `${url.pathname}${url.search}`);
  headers.set('content-security-policy', policy);
  if (hasMalformedEscape(request.nextUrl.pathname)) {
    console.warn(`[polder-web] ${request.method} ${request.nextUrl.pathname.slice(0, 200)}: malformed percent-encoding in the path; answered 404`);
    const response = NextResponse.rewrite(new URL(MALFORMED_PATH_TARGET, request.url), { request: { headers } });
    response.headers.set('content-security-policy', policy);
    return response;
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Pages and their server actions only: not Next's assets nor the JSON routes.
  matcher: ['/((?!_next/|api/|favicon.ico).*)'],
};
