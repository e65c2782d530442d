import { describe, expect, it } from 'vitest';

import { edgeKey, lineagePath } from './lineagePath';

describe('lineagePath', () => {
  // raw.a ─► stg.a ─► mart.a ─► report.a
  //  raw.b ─┘   └────► mart.b
  // other ─► mart.a   (feeds the path: upstream of mart.a, so on it)
  // raw.b ─► side     (leaves from an ancestor elsewhere: not on it)
  const edges = [
    { from: 'raw.a', to: 'stg.a' },
    { from: 'raw.b', to: 'stg.a' },
    { from: 'stg.a', to: 'mart.a' },
    { from: 'stg.a', to: 'mart.b' },
    { from: 'mart.a', to: 'report.a' },
    { from: 'other', to: 'mart.a' },
    { from: 'raw.b', to: 'side' },
  ];

  it('takes every edge upstream and downstream of the asset, and no edge that leaves the path', () => {
    const path = lineagePath(edges, 'stg.a');
    expect([...path.nodes].sort()).toEqual(['mart.a', 'mart.b', 'raw.a', 'raw.b', 'report.a', 'stg.a']);
    expect([...path.edges].sort()).toEqual(
      [edgeKey('raw.a', 'stg.a'), edgeKey('raw.b', 'stg.a'), edgeKey('stg.a', 'mart.a'), edgeKey('stg.a', 'mart.b'), edgeKey('mart.a', 'report.a')].sort(),
    );
  });

  it('follows a downstream asset back to all of its sources', () => {
    const path = lineagePath(edges, 'report.a');
    expect([...path.nodes].sort()).toEqual(['mart.a', 'other', 'raw.a', 'raw.b', 'report.a', 'stg.a']);
    expect(path.edges.has(edgeKey('other', 'mart.a'))).toBe(true);
    expect(path.edges.has(edgeKey('stg.a', 'mart.b'))).toBe(false);
  });

  it('ends in a cycle, and is only the asset when it has no lineage', () => {
    const cycle = lineagePath([{ from: 'x', to: 'y' }, { from: 'y', to: 'x' }], 'x');
    expect([...cycle.nodes].sort()).toEqual(['x', 'y']);
    expect([...cycle.edges].sort()).toEqual([edgeKey('x', 'y'), edgeKey('y', 'x')].sort());
    expect(lineagePath(edges, 'alone')).toEqual({ nodes: new Set(['alone']), edges: new Set() });
  });
});
