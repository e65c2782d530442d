'use client';

import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import Link from 'next/link';

import type { LineageNode } from '@/lib/api';
import { entityTypeLabel } from '@/lib/format/entityTypeLabel';
import { entityHref } from '@/lib/urls/entityHref';

export type LineageFlowNode = Node<{ node: LineageNode; isRoot: boolean }, 'lineage'>;

/**
 * One asset in the lineage canvas: its name links to its page (a Tab stop:
 * that is how the graph is walked by keyboard), with its kind and domain.
 */
export function LineageNodeCard({ data: { node, isRoot } }: NodeProps<LineageFlowNode>) {
  const href = entityHref(node.urn, node.type);
  return (
    <div className={`lineage-node${isRoot ? ' lineage-node--root' : ''}`}>
      {/* Edge anchors only; nothing may be connected by hand. */}
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <span className="lineage-node__name">
        {isRoot ? <span aria-current="page">{node.name}</span> : href ? (
          // nodrag/nopan: a press on the link is a click, not the start of a pan.
          <Link href={href} className="nodrag nopan">
            {node.name}
          </Link>
        ) : (
          node.name
        )}
      </span>
      <span className="lineage-node__meta">
        {isRoot ? 'This dataset' : entityTypeLabel(node.type)}
        {node.domain && ` · ${node.domain}`}
      </span>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}
