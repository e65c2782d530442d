import { type NextRequest, NextResponse } from 'next/server';

import { CURRENT_PATH_HEADER } from './lib/session/currentPathHeader';

/**
 * Tells the server components which URL they render: Next does not, and a
 * page that finds the API wants a sign-in must send the person back here
 * afterwards. Overwrites whatever a client sent under the same name.
 */
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  // Next's own cache-busting parameter of client navigations, not part of the page's address.
  url.searchParams.delete('_rsc');
  const headers = new Headers(request.headers);
  headers.set(CURRENT_PATH_HEADER, `${url.pathname}${url.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages and their server actions only: not Next's assets nor the JSON routes.
  matcher: ['/((?!_next/|api/|favicon.ico).*)'],
};
