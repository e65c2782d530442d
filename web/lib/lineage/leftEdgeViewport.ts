import { LINEAGE_NODE_HEIGHT, LINEAGE_NODE_WIDTH } from './lineageNodeSize';

/** React Flow's viewport: a node at graph position (gx, gy) is drawn at (x + gx·zoom, y + gy·zoom) in the canvas. */
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface ViewportBounds {
  /** Pixels kept free around what is fitted. */
  padding: number;
  minZoom: number;
  maxZoom: number;
}

type Placed = { x: number; y: number };

/**
 * Where a graph too big to show whole at a readable zoom opens (the explorer's column level), with
 * its left edge in view: the upstream end, where the data comes from. The zoom is the largest within
 * the bounds at which both the graph's width and the `focus` nodes' height fit (the root's columns);
 * the graph is centred sideways when its width fits, else starts `padding` px from the canvas's left
 * side; and the `focus` nodes are centred up and down.
 *
 * Centring on the root's columns alone (React Flow's fitView of them) cut off the upstream columns
 * whenever the graph was too tall to fit whole: a column graph often is, its root a column of dozens
 * of nodes. At 390 px the columns two hops upstream already started past the canvas's left side.
 */
export function leftEdgeViewport(nodes: readonly Placed[], focus: readonly Placed[], canvas: { width: number; height: number }, bounds: ViewportBounds): Viewport {
  const left = Math.min(...nodes.map((node) => node.x));
  const width = Math.max(...nodes.map((node) => node.x)) + LINEAGE_NODE_WIDTH - left;
  const centred = focus.length > 0 ? focus : nodes;
  const top = Math.min(...centred.map((node) => node.y));
  const height = Math.max(...centred.map((node) => node.y)) + LINEAGE_NODE_HEIGHT - top;
  const room = { width: canvas.width - 2 * bounds.padding, height: canvas.height - 2 * bounds.padding };

  const zoom = Math.min(bounds.maxZoom, Math.max(bounds.minZoom, Math.min(room.width / width, room.height / height)));
  const x = width * zoom <= room.width ? (canvas.width - width * zoom) / 2 - left * zoom : bounds.padding - left * zoom;
  const y = canvas.height / 2 - (top + height / 2) * zoom;
  return { x, y, zoom };
}
