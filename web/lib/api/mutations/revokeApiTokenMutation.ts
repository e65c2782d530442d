import { defineDocument } from '../GraphQLDocument';
import { API_TOKEN_FIELDS, type ApiTokenFields } from '../fragments/apiTokenFields';

export const revokeApiTokenMutation = defineDocument<{ revokeApiToken: ApiTokenFields }, { input: { id: string } }>(
  /* GraphQL */ `
    mutation RevokeApiToken($input: RevokeApiTokenInput!) {
      revokeApiToken(input: $input) {
        ...ApiTokenFields
      }
    }
  `,
  API_TOKEN_FIELDS,
);
