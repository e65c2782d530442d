import { describe, expect, it } from 'vitest';

import type { LineageNode } from '../api';
import { layoutLineage } from './layoutLineage';

const node = (urn: string, degree: number, domain: string | null = 'rentals'): LineageNode => ({ urn, name: urn, type: 'DATASET', domain, degree });

describe('layoutLineage', () => {
  it('places upstream left of the root and downstream right of it', async () => {
    const layout = await layoutLineage({
      root: 'root',
      isPartial: false,
      nodes: [node('raw', -1), node('root', 0), node('report', 1, 'finance')],
      edges: [
        { from: 'raw', to: 'root' },
        { from: 'root', to: 'report' },
      ],
    });
    const x = Object.fromEntries(layout.nodes.map((placed) => [placed.urn, placed.x]));
    expect(x.raw!).toBeLessThan(x.root!);
    expect(x.root!).toBeLessThan(x.report!);
    expect(layout.edges).toEqual([
      { id: 'e0', from: 'raw', to: 'root', crossesDomains: false },
      { id: 'e1', from: 'root', to: 'report', crossesDomains: true },
    ]);
  });

  it('drops edges to nodes the walk did not return, and survives a cycle', async () => {
    const layout = await layoutLineage({
      root: 'root',
      isPartial: true,
      nodes: [node('root', 0), node('loop', 1)],
      edges: [
        { from: 'root', to: 'loop' },
        { from: 'loop', to: 'root' },
        { from: 'loop', to: 'cut-off' },
      ],
    });
    expect(layout.nodes.map((placed) => placed.urn)).toEqual(['root', 'loop']);
    expect(layout.edges.map(({ from, to }) => `${from}->${to}`)).toEqual(['root->loop', 'loop->root']);
  });
});
