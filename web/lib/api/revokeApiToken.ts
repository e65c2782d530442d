import 'server-only';

import type { ApiResult } from './ApiResult';
import type { ApiTokenFields } from './fragments/apiTokenFields';
import { revokeApiTokenMutation } from './mutations/revokeApiTokenMutation';
import { requestGraphQL } from './requestGraphQL';

/** Revokes one of the signed-in person's tokens; it stops working at once. */
export async function revokeApiToken(id: string): Promise<ApiResult<ApiTokenFields>> {
  const result = await requestGraphQL(revokeApiTokenMutation, { input: { id } });
  return result.ok ? { ok: true, data: result.data.revokeApiToken } : result;
}
