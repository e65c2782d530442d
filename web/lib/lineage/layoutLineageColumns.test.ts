import { describe, expect, it } from 'vitest';

import type { LineageNode } from '../api';
import { layoutLineageColumns } from './layoutLineageColumns';

const node = (urn: string, degree: number): LineageNode => ({ urn, name: urn, type: 'DATASET', qualifiedName: urn, domain: null, degree, dataset: null });
const edge = (from: string, to: string) => ({ from, to });
const placed = (positions: Map<string, { x: number; y: number }>) => Object.fromEntries(positions);

describe('layoutLineageColumns', () => {
  it('puts each hop in a column, upstream left of the start and downstream right of it, and a lone node in each at the top', () => {
    const positions = layoutLineageColumns([node('report', 2), node('root', 0), node('raw', -1), node('mart', 1)], [edge('raw', 'root'), edge('root', 'mart'), edge('mart', 'report')]);
    expect(placed(positions)).toEqual({
      raw: { x: 0, y: 0 },
      root: { x: 320, y: 0 },
      mart: { x: 640, y: 0 },
      report: { x: 960, y: 0 },
    });
  });

  it('keeps the branches of a tree apart, each parent centred on its children', () => {
    // root → b → (b1, b2), root → a → (a1, a2): a's branch above b's, whatever the input order.
    const positions = layoutLineageColumns(
      [node('root', 0), node('b', 1), node('a', 1), node('b2', 2), node('a1', 2), node('b1', 2), node('a2', 2)],
      [edge('root', 'b'), edge('root', 'a'), edge('b', 'b1'), edge('b', 'b2'), edge('a', 'a1'), edge('a', 'a2')],
    );
    expect(placed(positions)).toEqual({
      a1: { x: 640, y: 0 },
      a2: { x: 640, y: 88 },
      b1: { x: 640, y: 176 },
      b2: { x: 640, y: 264 },
      a: { x: 320, y: 44 },
      b: { x: 320, y: 220 },
      root: { x: 0, y: 132 },
    });
  });

  it('orders a column by its neighbours nearer the start, not by name, so edges do not cross', () => {
    // z feeds a and y feeds b: z is drawn beside a, above y.
    const positions = layoutLineageColumns(
      [node('root', 0), node('a', -1), node('b', -1), node('y', -2), node('z', -2)],
      [edge('a', 'root'), edge('b', 'root'), edge('y', 'b'), edge('z', 'a')],
    );
    expect(positions.get('z')!.y).toBeLessThan(positions.get('y')!.y);
    expect(positions.get('a')!.y).toBeLessThan(positions.get('b')!.y);
  });

  it('never overlaps two nodes of a column, and leaves no empty column for a missing hop', () => {
    // Both columns-of-the-start and an expansion's node at -1 beside a downstream one (mergeLineage skips 0 then).
    const nodes = [node('c1', 0), node('c2', 0), node('c3', 0), node('up', -1), node('down', 2)];
    const positions = layoutLineageColumns(nodes, [edge('up', 'c1'), edge('up', 'c2'), edge('up', 'c3'), edge('c2', 'down')]);
    const ys = ['c1', 'c2', 'c3'].map((urn) => positions.get(urn)!.y);
    expect(ys).toEqual([0, 88, 176]);
    expect(positions.get('up')).toEqual({ x: 0, y: 88 });
    expect(positions.get('down')).toEqual({ x: 640, y: 88 });
  });

  it('ignores edges to nodes it was not given and edges from a node to itself', () => {
    const positions = layoutLineageColumns([node('root', 0), node('next', 1)], [edge('root', 'next'), edge('next', 'next'), edge('gone', 'root')]);
    expect(placed(positions)).toEqual({ root: { x: 0, y: 0 }, next: { x: 320, y: 0 } });
  });
});
