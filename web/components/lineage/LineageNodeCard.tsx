'use client';

import { Handle, type Node, type NodeProps, Position, useStoreApi } from '@xyflow/react';
import Link from 'next/link';
import { memo, useContext, useEffect, useRef } from 'react';

import type { LineageNode } from '@/lib/api';
import { isRootNode, lineageNodeMeta } from '@/lib/lineage/describeLineage';
import { lineageNodeLabel } from '@/lib/lineage/groupLineageByDegree';
import { LINEAGE_NODE_HEIGHT, LINEAGE_NODE_WIDTH } from '@/lib/lineage/lineageNodeSize';
import { expansionKey } from '@/lib/lineage/lineageExpansions';
import type { ExpandDirection } from '@/lib/lineage/mergeLineage';
import { entityHref } from '@/lib/urls/entityHref';

import { LineageExpand } from './lineageExplorerContext';

export interface LineageNodeData extends Record<string, unknown> {
  node: LineageNode;
  /** The walk's root URN: the dataset the page is about. */
  root: string;
  canExpandUp: boolean;
  canExpandDown: boolean;
  /** On the chosen column's path. */
  onPath: boolean;
  /** Set (to a new number each time) when the node was just expanded: it takes the keyboard focus. */
  focusToken?: number | undefined;
}

export type LineageFlowNode = Node<LineageNodeData, 'lineage'>;

/**
 * One asset in the lineage canvas: its name links to its page, with its kind
 * and domain, and a button each side to draw what feeds it (left) and what is
 * derived from it (right) when those are not all drawn yet. Those are the Tab
 * stops, in the order the nodes are laid out (left to right, top to bottom):
 * Enter on the name opens the asset, on a button expands. A node brought into
 * focus off screen is panned into view.
 *
 * Memoised, and subscribed to nothing that changes while the canvas pans or
 * zooms: a graph may hold hundreds of these (issue #6).
 */
export const LineageNodeCard = memo(function LineageNodeCard({ data: { node, root, canExpandUp, canExpandDown, onPath, focusToken }, positionAbsoluteX, positionAbsoluteY }: NodeProps<LineageFlowNode>) {
  const { expand, pending } = useContext(LineageExpand);
  const cardRef = useRef<HTMLDivElement>(null);
  // Just expanded: the button pressed is gone in this very render, so the keyboard moves to the
  // node's link (Enter opens it), else to what it has left.
  useEffect(() => {
    if (focusToken === undefined) return;
    const card = cardRef.current;
    (card?.querySelector<HTMLElement>('a') ?? card?.querySelector<HTMLElement>('button') ?? card)?.focus({ preventScroll: true });
  }, [focusToken]);
  // The store, not useReactFlow(): that hook re-renders every card once the viewport is set up.
  const store = useStoreApi();
  const isRoot = isRootNode(node, root);
  const isThisDataset = node.urn === root;
  const href = entityHref(node.urn, node.type);
  const label = lineageNodeLabel(node);

  const reveal = () => {
    const { transform, width, height, setCenter } = store.getState();
    const [x, y, zoom] = transform;
    const left = positionAbsoluteX * zoom + x;
    const top = positionAbsoluteY * zoom + y;
    const outside = left < 0 || top < 0 || left + LINEAGE_NODE_WIDTH * zoom > width || top + LINEAGE_NODE_HEIGHT * zoom > height;
    if (outside) void setCenter(positionAbsoluteX + LINEAGE_NODE_WIDTH / 2, positionAbsoluteY + LINEAGE_NODE_HEIGHT / 2, { zoom });
  };

  const expandButton = (direction: ExpandDirection) => {
    const key = expansionKey(node.urn, direction);
    const name = direction === 'UPSTREAM' ? `Expand upstream of ${label}` : `Expand downstream of ${label}`;
    return (
      <button
        type="button"
        // nodrag/nopan: a press on the button is a click, not the start of a pan.
        className={`lineage-node__expand lineage-node__expand--${direction === 'UPSTREAM' ? 'up' : 'down'} nodrag nopan`}
        aria-label={name}
        title={direction === 'UPSTREAM' ? 'Show what feeds it' : 'Show what is derived from it'}
        // Not `disabled` while another expansion runs: that would throw the keyboard focus out.
        aria-disabled={pending !== null}
        aria-busy={pending === key}
        onClick={() => {
          if (pending === null) expand(node.urn, direction);
        }}
      >
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <path d="M3 8h10M8 3v10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
    );
  };

  const classes = ['lineage-node'];
  if (isRoot) classes.push('lineage-node--root');
  if (onPath) classes.push('lineage-node--path');
  if (canExpandUp) classes.push('lineage-node--expand-up');
  if (canExpandDown) classes.push('lineage-node--expand-down');
  return (
    // tabIndex -1: where focus goes after an expansion when the node has no link.
    <div ref={cardRef} className={classes.join(' ')} data-lineage-urn={node.urn} tabIndex={-1} onFocus={reveal}>
      {/* Edge anchors only; nothing may be connected by hand. */}
      <Handle type="target" position={Position.Left} isConnectable={false} />
      {canExpandUp && expandButton('UPSTREAM')}
      <span className="lineage-node__name" title={label}>
        {isThisDataset ? (
          <span aria-current="page">{node.name}</span>
        ) : href ? (
          // No prefetch: a graph of hundreds of links would fetch every page in view.
          <Link href={href} prefetch={false} className="lineage-node__link nodrag nopan" aria-label={node.type === 'FIELD' ? label : undefined}>
            {node.name}
          </Link>
        ) : (
          node.name
        )}
      </span>
      <span className="lineage-node__meta">{lineageNodeMeta(node, root)}</span>
      {canExpandDown && expandButton('DOWNSTREAM')}
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
});
