import 'server-only';

import { headers } from 'next/headers';

/**
 * The browser's address, as the web's server recorded it in `x-forwarded-for` (server.mjs: the
 * socket's, or behind a trusted reverse proxy the proxy's header, whose last entry is the address the
 * proxy saw). Forwarded to the API so that its sign-in limit counts per person's address, not per web
 * server: the API trusts `x-forwarded-for` only from loopback (where the web runs beside it).
 */
export async function clientAddress(): Promise<string | undefined> {
  try {
    const forwarded = (await headers()).get('x-forwarded-for');
    return forwarded?.split(',').pop()?.trim() || undefined;
  } catch {
    // Outside a request (a build step): nobody to forward.
    return undefined;
  }
}
