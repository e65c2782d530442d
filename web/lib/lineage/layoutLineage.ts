import ELK from 'elkjs/lib/elk.bundled.js';

import type { LineageEdge, LineageNode, LineageResult } from '../api';

import { layoutLineageColumns } from './layoutLineageColumns';
import { LINEAGE_NODE_HEIGHT, LINEAGE_NODE_WIDTH } from './lineageNodeSize';
import { edgeKey } from './lineagePath';

export interface PlacedLineageNode extends LineageNode {
  x: number;
  y: number;
}

export interface LayoutEdge extends LineageEdge {
  /** `from→to`: stable across re-layouts, so React Flow keeps the same edge when the graph grows. */
  id: string;
  /** Its two ends are in different domains (one of them in none counts too). */
  crossesDomains: boolean;
}

/** A lineage graph with a place for each node: what the explorer draws, and what an expansion sends back to be merged. */
export interface LineageLayout {
  root: string;
  isPartial: boolean;
  /** Left to right, then top to bottom: the order the explorer's Tab stops follow. */
  nodes: PlacedLineageNode[];
  edges: LayoutEdge[];
}

// Layered, left to right: sources on the left, what is derived from them on the right.
const LAYOUT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.nodeNode': '24',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

/**
 * Above this many nodes the graph is laid out in hop columns (layoutLineageColumns), in
 * linear time: elk's layered layout costs 0.1–0.3 s at 100 nodes and up to a second at
 * 500 on the server, on every load and every expansion (issue #6: a 500-node graph
 * interactive within 1 s). Below it, elk's crossing minimisation is worth its time.
 */
export const ELK_MAX_NODES = 100;

/**
 * Positions for a lineage walk's nodes, laid out by elkjs (layered, left to
 * right), or in hop columns when there are more than ELK_MAX_NODES. Runs on
 * the server (the page, and the expand action): elk is 1.6 MB of JavaScript
 * the browser then never downloads, and the graph arrives already placed. Edges to nodes the walk did not return are dropped (elk
 * refuses dangling edges), and so are repeats of an edge.
 */
export async function layoutLineage(lineage: LineageResult): Promise<LineageLayout> {
  const byUrn = new Map(lineage.nodes.map((node) => [node.urn, node]));
  const seen = new Set<string>();
  const edges: LayoutEdge[] = [];
  for (const edge of lineage.edges) {
    const id = edgeKey(edge.from, edge.to);
    if (!byUrn.has(edge.from) || !byUrn.has(edge.to) || edge.from === edge.to || seen.has(id)) continue;
    seen.add(id);
    edges.push({
      id,
      from: edge.from,
      to: edge.to,
      transformation: edge.transformation,
      confidence: edge.confidence,
      job: edge.job,
      crossesDomains: (byUrn.get(edge.from)!.domain ?? null) !== (byUrn.get(edge.to)!.domain ?? null),
    });
  }

  // The API returns edges in no particular order, and elk's layers depend on the order it is given:
  // in a fixed order the same graph is drawn the same way on every load.
  edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const positions = byUrn.size > ELK_MAX_NODES ? layoutLineageColumns([...byUrn.values()], edges) : await layoutWithElk([...byUrn.keys()], edges);
  const nodes = [...byUrn.values()].map((node) => ({ ...node, ...(positions.get(node.urn) ?? { x: 0, y: 0 }) }));
  return { root: lineage.root, isPartial: lineage.isPartial, nodes: nodes.sort((a, b) => a.x - b.x || a.y - b.y), edges };
}

async function layoutWithElk(urns: string[], edges: LayoutEdge[]): Promise<Map<string, { x: number; y: number }>> {
  const laidOut = await new ELK().layout({
    id: 'lineage',
    layoutOptions: LAYOUT_OPTIONS,
    children: urns.map((urn) => ({ id: urn, width: LINEAGE_NODE_WIDTH, height: LINEAGE_NODE_HEIGHT })),
    edges: edges.map(({ id, from, to }) => ({ id, sources: [from], targets: [to] })),
  });
  return new Map((laidOut.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }]));
}
