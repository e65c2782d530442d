import type { LineageNode, LineageResult } from '../api';

/** Which side of the start a node is on; `both` when it is upstream and downstream (a cycle). */
export type LineageSide = 'upstream' | 'downstream' | 'both';

export interface LineageGroup {
  /**
   * Hops from the start, negative upstream; 0 for the start's own columns (column level);
   * null for nodes on neither side, reached by expanding a node the other way.
   */
  degree: number | null;
  nodes: Array<LineageNode & { side: LineageSide | undefined }>;
}

/**
 * Groups the nodes around the start by hop count, nearest first, and tells for
 * each whether it feeds the start or is fed by it. The start is the root
 * dataset, or at column level the root dataset's columns (degree 0), which
 * come first as their own group.
 *
 * A BOTH-direction walk returns one flat node list, so the side is recovered
 * from the edges: upstream nodes reach the start along edges, downstream nodes
 * are reached from it. A node on neither side (what else reads an upstream
 * node, once that node was expanded downstream) goes in a last group of its own.
 */
export function groupLineageByDegree(lineage: LineageResult): LineageGroup[] {
  const starts = new Set(lineage.nodes.filter((node) => node.degree === 0).map((node) => node.urn).concat(lineage.root));
  const upstream = reachable(starts, lineage.edges.map(({ from, to }) => [to, from] as const));
  const downstream = reachable(starts, lineage.edges.map(({ from, to }) => [from, to] as const));

  const groups = new Map<number | null, LineageGroup>();
  for (const node of lineage.nodes) {
    if (node.urn === lineage.root) continue;
    const isUp = upstream.has(node.urn);
    const isDown = downstream.has(node.urn);
    const side = isUp && isDown ? 'both' : isUp ? 'upstream' : isDown ? 'downstream' : undefined;
    const degree = node.degree === 0 || side !== undefined ? node.degree : null;
    const group = groups.get(degree) ?? { degree, nodes: [] };
    group.nodes.push({ ...node, side });
    groups.set(degree, group);
  }

  const sideOrder = (side: LineageSide | undefined) => ['upstream', 'both', 'downstream', undefined].indexOf(side);
  const degreeOrder = (degree: number | null) => (degree === null ? Number.POSITIVE_INFINITY : Math.abs(degree) * 2 + (degree > 0 ? 1 : 0));
  return [...groups.values()]
    .sort((a, b) => degreeOrder(a.degree) - degreeOrder(b.degree))
    .map((group) => ({
      ...group,
      nodes: group.nodes.sort((a, b) => sideOrder(a.side) - sideOrder(b.side) || lineageNodeLabel(a).localeCompare(lineageNodeLabel(b))),
    }));
}

/** A node's name as a list shows it: a column with its dataset (`customer.email`), a dataset by its name. */
export function lineageNodeLabel(node: Pick<LineageNode, 'name' | 'dataset'>): string {
  return node.dataset ? `${node.dataset.name}.${node.name}` : node.name;
}

/** URNs reachable from `starts` along directed `links`, the starts excluded. */
function reachable(starts: Set<string>, links: ReadonlyArray<readonly [string, string]>): Set<string> {
  const next = new Map<string, string[]>();
  for (const [from, to] of links) next.set(from, [...(next.get(from) ?? []), to]);
  const seen = new Set<string>();
  const queue = [...starts];
  for (let urn = queue.shift(); urn !== undefined; urn = queue.shift()) {
    for (const neighbour of next.get(urn) ?? []) {
      if (!starts.has(neighbour) && !seen.has(neighbour)) {
        seen.add(neighbour);
        queue.push(neighbour);
      }
    }
  }
  return seen;
}
