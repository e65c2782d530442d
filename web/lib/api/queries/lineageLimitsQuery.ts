import { defineDocument } from '../GraphQLDocument';

/** The API's caps on one lineage walk, as configured (polder.yaml's `api.lineage`). */
export interface LineageLimits {
  maxDepth: number;
  maxNodes: number;
}

export const lineageLimitsQuery = defineDocument<{ limits: { lineage: LineageLimits } }, Record<string, never>>(/* GraphQL */ `
  query LineageLimits {
    limits {
      lineage {
        maxDepth
        maxNodes
      }
    }
  }
`);
