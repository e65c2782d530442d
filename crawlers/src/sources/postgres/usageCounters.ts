import type { TableUsageCounters } from '../../usage/UsageReading.ts';
import { catalogKey } from './catalogKey.ts';
import type { PgCatalog } from './extract.ts';
import { partitionAncestors } from './partitionTree.ts';

/**
 * The usage counters of every relation that has them (pg_stat_user_tables), by qualified name. Pure.
 *
 * A partitioned table holds no rows: what reads and writes it lands on its partitions, so its
 * counters are theirs, summed over the leaves of its tree at any depth (a query of the table that
 * scans three partitions counts three scans). Summed here rather than in the relations query: a
 * subquery per partitioned table there took the query from 70 ms to 1.6 s on a database of 1,000
 * partitioned tables of 3 partitions each (measured side by side, 2026-12-01).
 */
export function usageCountersOf(catalog: PgCatalog): TableUsageCounters[] {
  const ancestorsOf = partitionAncestors(catalog);
  const fromPartitions = new Map<string, { reads: number; writes: number | null }>();
  for (const relation of catalog.relations) {
    if (relation.kind === 'p' || relation.reads === null) continue;
    for (const table of ancestorsOf(catalogKey(relation.schema, relation.name))) {
      const sum = fromPartitions.get(table) ?? { reads: 0, writes: 0 };
      sum.reads += relation.reads;
      sum.writes = sum.writes === null || relation.writes === null ? null : sum.writes + relation.writes;
      fromPartitions.set(table, sum);
    }
  }
  return catalog.relations.flatMap((relation) => {
    const own = relation.reads === null ? null : { reads: relation.reads, writes: relation.writes };
    // A partitioned table without partitions keeps its own (zero) counters.
    const counters = relation.kind === 'p' ? (fromPartitions.get(catalogKey(relation.schema, relation.name)) ?? own) : own;
    // Namesakes (`"a.b".c`, `a."b.c"`) share a qualified name; the mapper keeps neither, so neither gets a reading.
    return counters ? [{ qualifiedName: `${catalog.database}.${relation.schema}.${relation.name}`, ...counters }] : [];
  });
}
