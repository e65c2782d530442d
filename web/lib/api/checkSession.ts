import 'server-only';

import { readSession } from '../session/sessionCookie';

import { viewerQuery } from './queries/viewerQuery';
import { requestGraphQL } from './requestGraphQL';

/**
 * What the API says of this request's session: `refused` only when it answers UNAUTHENTICATED;
 * `unknown` when it could not say (unreachable, overloaded, failing), which says nothing about the
 * session; `none` without a session cookie (the API is not asked).
 */
export async function checkSession(): Promise<'none' | 'accepted' | 'refused' | 'unknown'> {
  if (!(await readSession())) return 'none';
  const result = await requestGraphQL(viewerQuery, {}, { onUnauthenticated: 'return' });
  if (result.ok) return result.data.viewer ? 'accepted' : 'refused';
  return result.failure.kind === 'graphql' && result.failure.code === 'UNAUTHENTICATED' ? 'refused' : 'unknown';
}
