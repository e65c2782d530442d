import { defineDocument } from '../GraphQLDocument';
import type { EntityType, LineageDirection } from '../schemaEnums';

/** What a walk follows: datasets, or columns (FIELD). */
export type LineageLevel = 'DATASET' | 'FIELD';

export interface LineageQueryVariables {
  input: { urn: string; level: LineageLevel; direction: LineageDirection; depth: number; limit: number };
}

export interface LineageNode {
  urn: string;
  name: string;
  type: EntityType;
  /** For a column, its dataset's qualified name and the column's name. */
  qualifiedName: string | null;
  domain: string | null;
  /** Hops from the root: 0 for the root (at FIELD level, the dataset's own columns), negative upstream, positive downstream. */
  degree: number;
  /** The dataset holding a column (FIELD level); null for a dataset. */
  dataset: { urn: string; name: string } | null;
}

/** `from` is upstream of `to`. */
export interface LineageEdge {
  from: string;
  to: string;
  /** VIEW, DBT_MODEL, JOB, ... between datasets; IDENTITY, EXPRESSION, AGGREGATION, FILTER, JOIN, GROUP_BY between columns. */
  transformation: string | null;
  /** 0–1: how sure the source is of the edge. */
  confidence: number | null;
  /** The job that moves the data along it (an OpenLineage run's); null for a view's or a dbt model's edge, or a job hidden from the reader. */
  job: { urn: string; name: string } | null;
}

export interface LineageResult {
  root: string;
  nodes: LineageNode[];
  edges: LineageEdge[];
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
        qualifiedName
        domain
        degree
        dataset {
          urn
          name
        }
      }
      edges {
        from
        to
        transformation
        confidence
        job {
          urn
          name
        }
      }
    }
  }
`);
