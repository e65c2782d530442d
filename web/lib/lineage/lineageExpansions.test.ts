import { describe, expect, it } from 'vitest';

import type { LineageNode } from '../api';
import { expansionKey, initialExpansions } from './lineageExpansions';

const node = (urn: string, degree: number): LineageNode => ({ urn, name: urn, type: 'DATASET', qualifiedName: urn, domain: null, degree, dataset: null });
const nodes = [node('far-up', -2), node('up', -1), node('root', 0), node('down', 1), node('far-down', 2)];

describe('initialExpansions', () => {
  it('marks the start both ways, and nodes within the depth on their own side only', () => {
    expect(initialExpansions({ root: 'root', isPartial: false, nodes, edges: [] }, 2)).toEqual([
      expansionKey('up', 'UPSTREAM'),
      expansionKey('root', 'UPSTREAM'),
      expansionKey('root', 'DOWNSTREAM'),
      expansionKey('down', 'DOWNSTREAM'),
    ]);
  });

  it('marks every start column at column level', () => {
    const columns = [node('a', 0), node('b', 0)];
    expect(initialExpansions({ root: 'dataset', isPartial: false, nodes: columns, edges: [] }, 1)).toEqual([
      expansionKey('a', 'UPSTREAM'),
      expansionKey('a', 'DOWNSTREAM'),
      expansionKey('b', 'UPSTREAM'),
      expansionKey('b', 'DOWNSTREAM'),
    ]);
  });

  it('vouches for nothing when the walk was cut', () => {
    expect(initialExpansions({ root: 'root', isPartial: true, nodes, edges: [] }, 2)).toEqual([]);
  });
});
