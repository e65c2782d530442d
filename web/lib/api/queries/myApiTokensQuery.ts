import { defineDocument } from '../GraphQLDocument';
import { API_TOKEN_FIELDS, type ApiTokenFields } from '../fragments/apiTokenFields';

export const myApiTokensQuery = defineDocument<{ myApiTokens: ApiTokenFields[] }, Record<string, never>>(
  /* GraphQL */ `
    query MyApiTokens {
      myApiTokens {
        ...ApiTokenFields
      }
    }
  `,
  API_TOKEN_FIELDS,
);
