import type { UrnType } from '../urn.ts';

/**
 * What the graph knows about one node label. Labels and relationship types are
 * the only identifiers Polder ever splices into Cypher text (Cypher cannot take
 * them as parameters), so they come from these fixed definitions, never from input.
 */
export interface LabelDefinition<Name extends string = string> {
  label: Name;
  urnType: UrnType;
  /** One sentence, shown in docs and the GraphQL schema. */
  description: string;
}

/** Properties every Polder node carries, whoever wrote it. */
export interface EntityProperties {
  urn: string;
  /** `ACTIVE`, or `REMOVED` once its source stopped reporting it (soft delete). */
  status: 'ACTIVE' | 'REMOVED';
  /** The provider that owns the crawled part, e.g. `postgres:rentals-db`. */
  provider?: string;
  /** Hash of the crawled properties, to skip unchanged rows on a re-crawl. */
  contentHash?: string;
  createdAt: string;
  updatedAt: string;
  removedAt?: string;
}

/**
 * Person-written properties live beside crawled ones under this prefix, so a
 * crawl (which only ever sets the keys it produced) can never overwrite them.
 */
export const EDITABLE_PREFIX = 'editable_';
