import 'server-only';

import type { ApiResult } from './ApiResult';
import { loginMutation, type LoginPayload } from './mutations/loginMutation';
import { requestGraphQL } from './requestGraphQL';

/**
 * Signs in with a local account. Sent without the current cookie: a stale
 * session would make the API refuse the request before `login` runs.
 * A wrong password is a failure with code UNAUTHENTICATED, not a redirect.
 */
export async function signIn(username: string, password: string): Promise<ApiResult<LoginPayload>> {
  const result = await requestGraphQL(loginMutation, { input: { username, password } }, { as: 'anonymous', onUnauthenticated: 'return' });
  return result.ok ? { ok: true, data: result.data.login } : result;
}
