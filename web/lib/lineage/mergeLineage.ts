import type { LineageNode, LineageResult } from '../api';

import { edgeKey } from './lineagePath';

export type ExpandDirection = 'UPSTREAM' | 'DOWNSTREAM';

/**
 * The graph with one node's neighbours added: what `lineage(urn, direction,
 * depth: 1)` answered for `expanded`, merged in. Nodes already drawn keep
 * their hop count; a new one gets its neighbour's plus or minus one. When it
 * is on the other side of the neighbour (upstream of something downstream of
 * the root), that count only orders it: its side then comes from the edges
 * (groupLineageByDegree). Never 0, the start's own count. A cut answer makes
 * the whole graph partial.
 */
export function mergeLineage(graph: LineageResult, addition: LineageResult, expanded: string, direction: ExpandDirection): LineageResult {
  const nodes = new Map(graph.nodes.map((node) => [node.urn, node]));
  const step = direction === 'UPSTREAM' ? -1 : 1;
  const from = nodes.get(expanded)?.degree ?? 0;
  const degree = from + step === 0 ? step : from + step;
  for (const node of addition.nodes) {
    if (!nodes.has(node.urn)) nodes.set(node.urn, { ...node, degree } satisfies LineageNode);
  }

  const edges = new Map(graph.edges.map((edge) => [edgeKey(edge.from, edge.to), edge]));
  for (const edge of addition.edges) {
    const key = edgeKey(edge.from, edge.to);
    if (!edges.has(key) && nodes.has(edge.from) && nodes.has(edge.to)) edges.set(key, edge);
  }
  return { root: graph.root, isPartial: graph.isPartial || addition.isPartial, nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** How many of `after`'s nodes are new since `before`. */
export function countAdded(before: LineageResult, after: LineageResult): number {
  const known = new Set(before.nodes.map((node) => node.urn));
  return after.nodes.filter((node) => !known.has(node.urn)).length;
}
