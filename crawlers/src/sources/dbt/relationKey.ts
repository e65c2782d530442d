import type { DbtNode, DbtSource } from './artifacts.ts';

export interface RelationParts {
  database: string | null;
  schema: string | null;
  /** The table or view name: a node's alias, a source's identifier, else the dbt name. */
  name: string;
}

export function relationParts(resource: DbtNode | DbtSource): RelationParts {
  const name = (resource.resource_type === 'source' ? (resource as DbtSource).identifier : (resource as DbtNode).alias) || resource.name;
  return { database: resource.database || null, schema: resource.schema || null, name };
}

/**
 * The id a dbt dataset's URN is keyed by: the relation it materialises in the
 * warehouse, `<database>.<schema>.<alias or identifier>`, rather than dbt's
 * `unique_id`:
 *
 * - the relation is the data. A seed and the source that declares the table the
 *   seed loads (`seed.jaffle_shop.raw_customers` and `source.jaffle_shop.ecom.raw_customers`,
 *   both `jaffle_shop.raw.raw_customers`) are one table, so they are one dataset;
 * - renaming a model's file while keeping its alias keeps its URN, and so the
 *   descriptions, owners and history people attached to it;
 * - it is the id a crawl of the warehouse itself gives the same table (postgres:
 *   `<database>.<schema>.<table>`). Joining the two datasets is a later,
 *   cross-source step; `relationName` keeps dbt's quoted form for it.
 *
 * An ephemeral model materialises nothing, but dbt still resolves its database,
 * schema and alias: the key stays unique and lineage passes through it.
 * Adapters without databases (Spark) report none: the key is then `<schema>.<alias>`.
 */
export function relationKey(resource: DbtNode | DbtSource): string {
  const { database, schema, name } = relationParts(resource);
  return [database, schema, name].filter((part): part is string => part !== null).join('.');
}
