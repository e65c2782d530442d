import { defineDocument } from '../GraphQLDocument';

/** Sets the classifications of a dataset or column (the whole list); answers with the version the edit produced. */
export const setClassificationsMutation = defineDocument<
  { setClassifications: { urn: string; version?: number } },
  { input: { urn: string; expectedVersion: number; classifications: string[]; comment?: string | null } }
>(/* GraphQL */ `
  mutation SetClassifications($input: SetClassificationsInput!) {
    setClassifications(input: $input) {
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
