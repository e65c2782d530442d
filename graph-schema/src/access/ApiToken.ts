/**
 * An API token for tools: `(ApiToken)-[:ISSUED_TO]->(Account)`. The token itself
 * is shown once when created; the graph keeps only its SHA-256 (a random
 * 256-bit token needs no slow hash, unlike a password).
 */
export const API_TOKEN_LABEL = 'ApiToken';

export const TOKEN_SCOPES = ['READ', 'WRITE'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/**
 * The scopes a token holds for those it was given: WRITE brings READ. Every change answers with what it
 * changed, which is a read; a token with WRITE alone had its edits committed and then refused.
 */
export function scopesHeld(given: readonly TokenScope[]): TokenScope[] {
  return TOKEN_SCOPES.filter((scope) => given.includes(scope) || (scope === 'READ' && given.includes('WRITE')));
}

export interface ApiTokenProperties {
  id: string;
  name: string;
  tokenHash: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
}
