import 'server-only';

import { cache } from 'react';

import { readSession } from '../session/sessionCookie';

import type { ViewerFields } from './fragments/viewerFields';
import { viewerQuery } from './queries/viewerQuery';
import { requestGraphQL } from './requestGraphQL';

/**
 * Who is signed in, or null. Without a session cookie the API is not asked.
 * A refused or unreadable session also reads as nobody here: the header must
 * never redirect (it renders on the sign-in page too); the page's own data
 * call is what sends an expired session to sign in.
 *
 * Cached per request: the header and a page may both ask.
 */
export const getViewer = cache(async (): Promise<ViewerFields | null> => {
  if (!(await readSession())) return null;
  const result = await requestGraphQL(viewerQuery, {}, { onUnauthenticated: 'return' });
  return result.ok ? result.data.viewer : null;
});
