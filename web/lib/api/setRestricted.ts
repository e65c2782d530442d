import 'server-only';

import type { ApiResult } from './ApiResult';
import { setRestrictedMutation } from './mutations/setRestrictedMutation';
import { requestGraphQL } from './requestGraphQL';

/**
 * Marks a dataset restricted (its sensitive values masked outside its domain), or lifts it, with the
 * version the page read; a CONFLICT failure (someone edited since) changed nothing.
 */
export async function setRestricted(urn: string, expectedVersion: number, restricted: boolean, comment: string | null = null): Promise<ApiResult<{ version: number | undefined }>> {
  const result = await requestGraphQL(setRestrictedMutation, { input: { urn, expectedVersion, restricted, comment } });
  return result.ok ? { ok: true, data: { version: result.data.setRestricted.version } } : result;
}
