import type { ApiTokenFields } from '../api';

export type TokenStatus = 'active' | 'revoked' | 'expired';

/** Whether a token still works at `now`; revoked wins over expired, as the API checks it first. */
export function tokenStatus(token: Pick<ApiTokenFields, 'revokedAt' | 'expiresAt'>, now: Date): TokenStatus {
  if (token.revokedAt) return 'revoked';
  return new Date(token.expiresAt).getTime() <= now.getTime() ? 'expired' : 'active';
}
