/**
 * The shape a crawler hands to the graph writer: URN-keyed nodes and edges.
 * Mappers produce these from source rows (pure functions); the writer turns
 * them into batched Cypher. Values are Neo4j-storable scalars or arrays of them.
 */
import type { Label } from './labels/index.ts';
import type { RelationshipType } from './relationships.ts';

export type PropertyValue = string | number | boolean | null | string[] | number[];
export type PropertyMap = Record<string, PropertyValue>;

export interface NodeRecord {
  label: Label;
  urn: string;
  /** What the crawler saw. Owned by the provider; replaced on each run. */
  properties: PropertyMap;
}

export interface EdgeRecord {
  type: RelationshipType;
  from: string;
  to: string;
  properties?: PropertyMap;
}

/** A warning the crawl met on one asset; recorded, never a crashed crawl. */
export interface CrawlWarning {
  urn?: string;
  where: string;
  message: string;
}

/**
 * Everything a provider saw in one full run. `provider` scopes the run: nodes
 * and edges it owned before but that are absent now are removed afterwards.
 */
export interface GraphSnapshot {
  provider: string;
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  warnings: CrawlWarning[];
}
