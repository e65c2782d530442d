import type { GraphSnapshot } from '@polder/graph-schema';

/** What a relational crawl read, for its log line and run history: "read 23 datasets, 131 columns, ...". */
export function snapshotStats(snapshot: GraphSnapshot, queries: number): Record<string, number> {
  return {
    datasets: snapshot.nodes.filter((node) => node.label === 'Dataset').length,
    columns: snapshot.nodes.filter((node) => node.label === 'Field').length,
    lineageEdges: snapshot.edges.filter((edge) => edge.type === 'DERIVES_FROM').length,
    queries,
  };
}
