import { defineDocument } from '../GraphQLDocument';

/** Sets the glossary terms of a dataset or column; answers with the version the edit produced. */
export const setTermsMutation = defineDocument<
  { setTerms: { urn: string; version?: number } },
  { input: { urn: string; expectedVersion: number; termUrns: string[]; comment?: string | null } }
>(/* GraphQL */ `
  mutation SetTerms($input: SetTermsInput!) {
    setTerms(input: $input) {
      urn
      ... on Dataset {
        version
      }
      ... on Field {
        version
      }
    }
  }
`);
