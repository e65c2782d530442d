import 'server-only';

import type { ApiResult } from './ApiResult';
import { createApiTokenMutation, type CreateApiTokenInput, type CreatedApiToken } from './mutations/createApiTokenMutation';
import { requestGraphQL } from './requestGraphQL';

/** A new API token for the signed-in person; its secret is in the answer and nowhere else. */
export async function createApiToken(input: CreateApiTokenInput): Promise<ApiResult<CreatedApiToken>> {
  const result = await requestGraphQL(createApiTokenMutation, { input });
  return result.ok ? { ok: true, data: result.data.createApiToken } : result;
}
