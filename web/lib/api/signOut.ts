import 'server-only';

import type { ApiResult } from './ApiResult';
import { logoutMutation } from './mutations/logoutMutation';
import { requestGraphQL } from './requestGraphQL';

/** Ends the session on the API; an already refused session counts as ended. */
export async function signOut(): Promise<ApiResult<boolean>> {
  const result = await requestGraphQL(logoutMutation, {}, { onUnauthenticated: 'return' });
  if (result.ok) return { ok: true, data: result.data.logout };
  return result.failure.kind === 'graphql' && result.failure.code === 'UNAUTHENTICATED' ? { ok: true, data: true } : result;
}
