import { describe, expect, it } from 'vitest';

import { leftEdgeViewport } from './leftEdgeViewport';
import { LINEAGE_NODE_HEIGHT, LINEAGE_NODE_WIDTH } from './lineageNodeSize';

const bounds = { padding: 24, minZoom: 0.6, maxZoom: 1 };
/** A column of `count` nodes at graph x `x`, 88 apart (a node and the layout's gap). */
const column = (x: number, count: number) => Array.from({ length: count }, (_, index) => ({ x, y: index * 88 }));
/** Where a node's box lands in the canvas. */
const drawn = (viewport: { x: number; y: number; zoom: number }, node: { x: number; y: number }) => ({
  left: viewport.x + node.x * viewport.zoom,
  right: viewport.x + (node.x + LINEAGE_NODE_WIDTH) * viewport.zoom,
  top: viewport.y + node.y * viewport.zoom,
  bottom: viewport.y + (node.y + LINEAGE_NODE_HEIGHT) * viewport.zoom,
});

describe('leftEdgeViewport', () => {
  it("starts a graph wider than a phone's canvas at its left edge, at the readable zoom, the root's columns centred up and down", () => {
    // Three hops upstream of a root of 12 columns, on a 361 × 448 px canvas.
    const root = column(960, 12);
    const nodes = [...column(0, 3), ...column(320, 5), ...column(640, 8), ...root];
    const viewport = leftEdgeViewport(nodes, root, { width: 361, height: 448 }, bounds);
    expect(viewport.zoom).toBe(0.6);
    expect(drawn(viewport, { x: 0, y: 0 }).left).toBe(24);
    const rootMiddle = (drawn(viewport, root[0]!).top + drawn(viewport, root[11]!).bottom) / 2;
    expect(rootMiddle).toBeCloseTo(224);
  });

  it('centres a graph whose width fits, zoomed as far as its root column allows', () => {
    const root = column(320, 4);
    const nodes = [...column(0, 40), ...root];
    const viewport = leftEdgeViewport(nodes, root, { width: 1112, height: 576 }, bounds);
    // The root's 4 columns (328 px high) and the graph's width (560 px) both fit at full size.
    expect(viewport.zoom).toBe(1);
    expect(drawn(viewport, { x: 0, y: 0 }).left).toBe((1112 - 560) / 2);
    expect(drawn(viewport, { x: 320, y: 0 }).right).toBe(1112 - (1112 - 560) / 2);
  });

  it('zooms out to the readable zoom at most, for a root column taller than the canvas', () => {
    const root = column(320, 30);
    const viewport = leftEdgeViewport([...column(0, 2), ...root], root, { width: 1112, height: 576 }, bounds);
    expect(viewport.zoom).toBe(0.6);
    expect(drawn(viewport, { x: 0, y: 0 }).left).toBeGreaterThan(24);
  });
});
