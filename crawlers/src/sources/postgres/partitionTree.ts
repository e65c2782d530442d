import { catalogKey } from './catalogKey.ts';
import type { PgCatalog } from './extract.ts';

/**
 * The partitioned tables above a relation (by catalogKey), nearest first: its table, that table's
 * table, and so on (PostgreSQL partitions may be partitioned again). Empty for a relation that is
 * no partition. Pure.
 *
 * PostgreSQL allows no cycle; the walk still stops at a table it has seen, so that a catalog read
 * wrong can never make it loop.
 */
export function partitionAncestors(catalog: PgCatalog): (relation: string) => string[] {
  const tableOf = new Map(
    catalog.relations.flatMap((relation) => (relation.partitionOf ? [[catalogKey(relation.schema, relation.name), catalogKey(relation.partitionOf.schema, relation.partitionOf.name)]] : [])),
  );
  return (relation) => {
    const ancestors: string[] = [];
    const seen = new Set([relation]);
    for (let table = tableOf.get(relation); table !== undefined && !seen.has(table); table = tableOf.get(table)) {
      seen.add(table);
      ancestors.push(table);
    }
    return ancestors;
  };
}
