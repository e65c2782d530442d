/**
 * An API token for tools: `(ApiToken)-[:ISSUED_TO]->(Account)`. The token itself
 * is shown once when created; the graph keeps only its SHA-256 (a random
 * 256-bit token needs no slow hash, unlike a password).
 */
export const API_TOKEN_LABEL = 'ApiToken';

export const TOKEN_SCOPES = ['READ', 'WRITE'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export interface ApiTokenProperties {
  id: string;
  name: string;
  tokenHash: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
}
