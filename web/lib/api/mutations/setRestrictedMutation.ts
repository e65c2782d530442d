import { defineDocument } from '../GraphQLDocument';

/** Marks a dataset restricted, or lifts it; answers with the version the edit produced. */
export const setRestrictedMutation = defineDocument<
  { setRestricted: { urn: string; version?: number } },
  { input: { urn: string; expectedVersion: number; restricted: boolean; comment?: string | null } }
>(/* GraphQL */ `
  mutation SetRestricted($input: SetRestrictedInput!) {
    setRestricted(input: $input) {
      urn
      ... on Dataset {
        version
      }
    }
  }
`);
