import 'server-only';

import { headers } from 'next/headers';

/**
 * The browser's address, as Next's server recorded it (`x-forwarded-for`, set from
 * the socket when the request came without one). Forwarded to the API so that its
 * sign-in limit counts per person's address, not per web server: the API trusts
 * `x-forwarded-for` only from loopback (where the web runs beside it). Its last
 * entry is the one the nearest hop saw; a browser can still invent earlier ones,
 * which is why the API also limits failures per account.
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
