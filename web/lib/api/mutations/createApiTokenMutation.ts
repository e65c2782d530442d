import { defineDocument } from '../GraphQLDocument';
import { API_TOKEN_FIELDS, type ApiTokenFields } from '../fragments/apiTokenFields';
import type { TokenScope } from '../schemaEnums';

export interface CreateApiTokenInput {
  name: string;
  scopes: TokenScope[];
  expiresInDays: number;
}

export interface CreatedApiToken {
  /** Shown to its owner once; Polder keeps only a hash. */
  secret: string;
  token: ApiTokenFields;
}

export const createApiTokenMutation = defineDocument<{ createApiToken: CreatedApiToken }, { input: CreateApiTokenInput }>(
  /* GraphQL */ `
    mutation CreateApiToken($input: CreateApiTokenInput!) {
      createApiToken(input: $input) {
        secret
        token {
          ...ApiTokenFields
        }
      }
    }
  `,
  API_TOKEN_FIELDS,
);
