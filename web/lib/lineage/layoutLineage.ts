import ELK from 'elkjs/lib/elk.bundled.js';

import type { LineageNode, LineageResult } from '../api';

/** Every node is drawn this size; elk needs sizes up front, and so does React Flow to render on the server. */
export const LINEAGE_NODE_WIDTH = 220;
export const LINEAGE_NODE_HEIGHT = 64;

export interface PlacedLineageNode extends LineageNode {
  x: number;
  y: number;
}

export interface LineageLayout {
  root: string;
  nodes: PlacedLineageNode[];
  edges: Array<{ id: string; from: string; to: string; crossesDomains: boolean }>;
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
 * Positions for a lineage walk's nodes, laid out by elkjs (layered, left to
 * right). Runs on the server: elk is 1.6 MB of JavaScript the browser then
 * never downloads, and the graph arrives already placed. Edges to nodes the
 * walk did not return are dropped (elk refuses dangling edges).
 */
export async function layoutLineage(lineage: LineageResult): Promise<LineageLayout> {
  const byUrn = new Map(lineage.nodes.map((node) => [node.urn, node]));
  const edges = lineage.edges
    .filter(({ from, to }) => byUrn.has(from) && byUrn.has(to) && from !== to)
    .map(({ from, to }, index) => ({
      id: `e${index}`,
      from,
      to,
      crossesDomains: (byUrn.get(from)!.domain ?? null) !== (byUrn.get(to)!.domain ?? null),
    }));

  const laidOut = await new ELK().layout({
    id: 'lineage',
    layoutOptions: LAYOUT_OPTIONS,
    children: lineage.nodes.map((node) => ({ id: node.urn, width: LINEAGE_NODE_WIDTH, height: LINEAGE_NODE_HEIGHT })),
    edges: edges.map(({ id, from, to }) => ({ id, sources: [from], targets: [to] })),
  });

  const positions = new Map((laidOut.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }]));
  return {
    root: lineage.root,
    nodes: lineage.nodes.map((node) => ({ ...node, ...(positions.get(node.urn) ?? { x: 0, y: 0 }) })),
    edges,
  };
}
