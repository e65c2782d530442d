import type { TokenScope } from '../schemaEnums';

/** An API token's record; never its secret, which the API returns once, on creation. */
export const API_TOKEN_FIELDS = /* GraphQL */ `
  fragment ApiTokenFields on ApiToken {
    id
    name
    scopes
    createdAt
    expiresAt
    revokedAt
  }
`;

export interface ApiTokenFields {
  id: string;
  name: string;
  scopes: TokenScope[];
  /** ISO 8601. */
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}
