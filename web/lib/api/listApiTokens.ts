import 'server-only';

import type { ApiResult } from './ApiResult';
import type { ApiTokenFields } from './fragments/apiTokenFields';
import { myApiTokensQuery } from './queries/myApiTokensQuery';
import { requestGraphQL } from './requestGraphQL';

/** The signed-in person's API tokens, newest first (revoked and expired ones too). */
export async function listApiTokens(): Promise<ApiResult<ApiTokenFields[]>> {
  const result = await requestGraphQL(myApiTokensQuery, {});
  return result.ok ? { ok: true, data: result.data.myApiTokens } : result;
}
