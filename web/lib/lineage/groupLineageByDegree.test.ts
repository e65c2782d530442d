import { describe, expect, it } from 'vitest';

import type { LineageNode } from '../api';
import { groupLineageByDegree } from './groupLineageByDegree';

const node = (urn: string, degree: number): LineageNode => ({ urn, name: urn, type: 'DATASET', domain: null, degree });

describe('groupLineageByDegree', () => {
  it('groups by degree, nearest first, with the side of each node', () => {
    // raw -> staged -> ROOT -> report -> dashboard
    const groups = groupLineageByDegree({
      root: 'root',
      isPartial: false,
      nodes: [node('dashboard', 2), node('root', 0), node('staged', 1), node('report', 1), node('raw', 2)],
      edges: [
        { from: 'raw', to: 'staged' },
        { from: 'staged', to: 'root' },
        { from: 'root', to: 'report' },
        { from: 'report', to: 'dashboard' },
      ],
    });
    expect(groups).toEqual([
      { degree: 1, nodes: [{ ...node('staged', 1), side: 'upstream' }, { ...node('report', 1), side: 'downstream' }] },
      { degree: 2, nodes: [{ ...node('raw', 2), side: 'upstream' }, { ...node('dashboard', 2), side: 'downstream' }] },
    ]);
  });

  it('marks a node on a cycle through the root as both', () => {
    const groups = groupLineageByDegree({
      root: 'root',
      isPartial: false,
      nodes: [node('root', 0), node('loop', 1)],
      edges: [
        { from: 'root', to: 'loop' },
        { from: 'loop', to: 'root' },
      ],
    });
    expect(groups).toEqual([{ degree: 1, nodes: [{ ...node('loop', 1), side: 'both' }] }]);
  });

  it('is empty when the root has no lineage', () => {
    expect(groupLineageByDegree({ root: 'root', isPartial: false, nodes: [node('root', 0)], edges: [] })).toEqual([]);
  });
});
