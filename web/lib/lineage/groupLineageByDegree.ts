import type { LineageNode, LineageResult } from '../api';

/** Which side of the root a node is on; `both` when it is upstream and downstream (a cycle). */
export type LineageSide = 'upstream' | 'downstream' | 'both';

export interface LineageGroup {
  degree: number;
  nodes: Array<LineageNode & { side: LineageSide | undefined }>;
}

/**
 * Groups the nodes around the root by hop count, nearest first, and tells for
 * each whether it feeds the root or is fed by it.
 *
 * A BOTH-direction walk returns one flat node list, so the side is recovered
 * from the edges: upstream nodes reach the root along edges, downstream nodes
 * are reached from it.
 */
export function groupLineageByDegree(lineage: LineageResult): LineageGroup[] {
  const upstream = reachable(lineage.root, lineage.edges.map(({ from, to }) => [to, from] as const));
  const downstream = reachable(lineage.root, lineage.edges.map(({ from, to }) => [from, to] as const));

  const groups = new Map<number, LineageGroup>();
  for (const node of lineage.nodes) {
    if (node.urn === lineage.root) continue;
    const isUp = upstream.has(node.urn);
    const isDown = downstream.has(node.urn);
    const side = isUp && isDown ? 'both' : isUp ? 'upstream' : isDown ? 'downstream' : undefined;
    const group = groups.get(node.degree) ?? { degree: node.degree, nodes: [] };
    group.nodes.push({ ...node, side });
    groups.set(node.degree, group);
  }

  const sideOrder = (side: LineageSide | undefined) => ['upstream', 'both', 'downstream', undefined].indexOf(side);
  return [...groups.values()]
    .sort((a, b) => a.degree - b.degree)
    .map((group) => ({
      ...group,
      nodes: group.nodes.sort((a, b) => sideOrder(a.side) - sideOrder(b.side) || a.name.localeCompare(b.name)),
    }));
}

/** URNs reachable from `start` along directed `links`, `start` excluded. */
function reachable(start: string, links: ReadonlyArray<readonly [string, string]>): Set<string> {
  const next = new Map<string, string[]>();
  for (const [from, to] of links) next.set(from, [...(next.get(from) ?? []), to]);
  const seen = new Set<string>();
  const queue = [start];
  for (let urn = queue.shift(); urn !== undefined; urn = queue.shift()) {
    for (const neighbour of next.get(urn) ?? []) {
      if (neighbour !== start && !seen.has(neighbour)) {
        seen.add(neighbour);
        queue.push(neighbour);
      }
    }
  }
  return seen;
}
