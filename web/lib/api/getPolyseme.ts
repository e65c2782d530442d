import 'server-only';

import { cache } from 'react';

import type { ApiResult } from './ApiResult';
import { polysemeQuery, type PolysemeDetail } from './queries/polysemeQuery';
import { requestGraphQL } from './requestGraphQL';

/** One polyseme with its senses and mappings; `data: null` when the API does not know the URN. */
export const getPolyseme = cache(async (urn: string): Promise<ApiResult<PolysemeDetail | null>> => {
  const result = await requestGraphQL(polysemeQuery, { urn });
  if (result.ok) return { ok: true, data: result.data.polyseme };
  const { failure } = result;
  if (failure.kind === 'graphql' && (failure.code === 'NOT_FOUND' || failure.code === 'BAD_USER_INPUT')) return { ok: true, data: null };
  return result;
});
