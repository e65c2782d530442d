'use client';

import { Background, Controls, type Edge, MarkerType, ReactFlow } from '@xyflow/react';
// Local to this leaf: only pages that draw a lineage graph load React Flow's styles.
import '@xyflow/react/dist/style.css';

import { LINEAGE_NODE_HEIGHT, LINEAGE_NODE_WIDTH, type LineageLayout } from '@/lib/lineage/layoutLineage';

import { type LineageFlowNode, LineageNodeCard } from './LineageNodeCard';

const NODE_TYPES = { lineage: LineageNodeCard };

/**
 * The lineage graph, already laid out (see layoutLineage): pan and zoom with
 * the mouse, the zoom buttons or the keyboard; each node's name is a link.
 * Read-only: nothing can be dragged, connected or deleted.
 */
export function LineageExplorer({ layout, labelledBy }: { layout: LineageLayout; labelledBy: string }) {
  const nodes: LineageFlowNode[] = layout.nodes.map((node) => ({
    id: node.urn,
    type: 'lineage',
    position: { x: node.x, y: node.y },
    // Sizes given up front let React Flow draw on the server, before any measuring.
    width: LINEAGE_NODE_WIDTH,
    height: LINEAGE_NODE_HEIGHT,
    data: { node, isRoot: node.urn === layout.root },
  }));
  const edges: Edge[] = layout.edges.map((edge) => ({
    id: edge.id,
    source: edge.from,
    target: edge.to,
    markerEnd: { type: MarkerType.ArrowClosed },
    // An edge between two domains is where one domain's data feeds another's: drawn dashed.
    className: edge.crossesDomains ? 'lineage-edge--cross-domain' : undefined,
  }));

  return (
    <div className="lineage-canvas" role="group" aria-labelledby={labelledBy}>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        fitView
        fitViewOptions={{ padding: 0.15 }}
        minZoom={0.2}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        // The links inside the nodes are the Tab stops; focusable wrappers would double them.
        nodesFocusable={false}
        edgesFocusable={false}
        proOptions={{ hideAttribution: true }}
        colorMode="system"
      >
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}
