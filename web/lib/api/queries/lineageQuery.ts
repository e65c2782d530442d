import { defineDocument } from '../GraphQLDocument';
import type { EntityType, LineageDirection } from '../schemaEnums';

export interface LineageQueryVariables {
  input: { urn: string; direction: LineageDirection; depth: number };
}

export interface LineageNode {
  urn: string;
  name: string;
  type: EntityType;
  domain: string | null;
  /** Hops from the root: 0 for the root, negative upstream, positive downstream. */
  degree: number;
}

export interface LineageResult {
  root: string;
  nodes: LineageNode[];
  /** `from` is upstream of `to`. */
  edges: Array<{ from: string; to: string }>;
  /** True when a depth or size cap cut the walk short. */
  isPartial: boolean;
}

export const lineageQuery = defineDocument<{ lineage: LineageResult }, LineageQueryVariables>(/* GraphQL */ `
  query Lineage($input: LineageInput!) {
    lineage(input: $input) {
      root
      isPartial
      nodes {
        urn
        name
        type
        domain
        degree
      }
      edges {
        from
        to
      }
    }
  }
`);
