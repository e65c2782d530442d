import { defineDocument } from '../GraphQLDocument';

/** An entity's trust score, when it is a dataset or a data product (the others have none: `{}`); null for an unknown URN. */
export type TrustScoreEntry = { urn: string; trust: { score: number } | null } | Record<string, never> | null;

export const trustScoresQuery = defineDocument<{ entities: TrustScoreEntry[] }, { urns: string[] }>(/* GraphQL */ `
  query TrustScores($urns: [ID!]!) {
    entities(urns: $urns) {
      ... on Dataset {
        urn
        trust {
          score
        }
      }
      ... on DataProduct {
        urn
        trust {
          score
        }
      }
    }
  }
`);
