import type { GraphSnapshot } from '@polder/graph-schema';
import type { StoreUsageSignal, TableUsageCounters, UsageReading } from './UsageReading.ts';

/**
 * Pairs the counters an extract read with the datasets its mapper kept (by
 * qualified name), so a table the source's filter drops, or whose name cannot
 * be a URN, has no reading either. Pure.
 */
export function usageReadingsOf(
  snapshot: GraphSnapshot,
  counters: TableUsageCounters[],
  reading: { signal: StoreUsageSignal; readAt: string; countingSince: string | null },
): UsageReading[] {
  const urnByName = new Map<string, string>();
  for (const node of snapshot.nodes) {
    if (node.label === 'Dataset' && typeof node.properties.qualifiedName === 'string') urnByName.set(node.properties.qualifiedName, node.urn);
  }
  const readings: UsageReading[] = [];
  for (const table of counters) {
    const datasetUrn = urnByName.get(table.qualifiedName);
    if (datasetUrn) readings.push({ datasetUrn, signal: reading.signal, reads: table.reads, writes: table.writes, readAt: reading.readAt, countingSince: reading.countingSince });
  }
  return readings;
}
