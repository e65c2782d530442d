import type { PgCatalog } from './extract.ts';

/**
 * The partitioned tables above a relation (`schema.name`), nearest first: its table, that table's
 * table, and so on (PostgreSQL partitions may be partitioned again). Empty for a relation that is
 * no partition. Pure.
 */
export function partitionAncestors(catalog: PgCatalog): (relation: string) => string[] {
  const tableOf = new Map(catalog.relations.filter((relation) => relation.partitionOf).map((relation) => [`${relation.schema}.${relation.name}`, relation.partitionOf!]));
  return (relation) => {
    const ancestors: string[] = [];
    for (let table = tableOf.get(relation); table !== undefined; table = tableOf.get(table)) ancestors.push(table);
    return ancestors;
  };
}
