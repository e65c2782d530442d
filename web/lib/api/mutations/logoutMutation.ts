import { defineDocument } from '../GraphQLDocument';

export const logoutMutation = defineDocument<{ logout: boolean }, Record<string, never>>(/* GraphQL */ `
  mutation Logout {
    logout
  }
`);
