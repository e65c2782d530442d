import { describe, expect, it } from 'vitest';

import type { LineageNode } from '../api';
import { groupLineageByDegree, lineageNodeLabel } from './groupLineageByDegree';

const node = (urn: string, degree: number): LineageNode => ({ urn, name: urn, type: 'DATASET', qualifiedName: urn, domain: null, degree, dataset: null });
const column = (dataset: string, name: string, degree: number): LineageNode => ({
  urn: `${dataset}.${name}`,
  name,
  type: 'FIELD',
  qualifiedName: `${dataset}.${name}`,
  domain: null,
  degree,
  dataset: { urn: dataset, name: dataset },
});
const edge = (from: string, to: string) => ({ from, to, transformation: null, confidence: null, job: null });

describe('groupLineageByDegree', () => {
  it('groups by degree, nearest first, with the side of each node', () => {
    // raw -> staged -> ROOT -> report -> dashboard
    const groups = groupLineageByDegree({
      root: 'root',
      isPartial: false,
      nodes: [node('dashboard', 2), node('root', 0), node('staged', -1), node('report', 1), node('raw', -2)],
      edges: [edge('raw', 'staged'), edge('staged', 'root'), edge('root', 'report'), edge('report', 'dashboard')],
    });
    expect(groups).toEqual([
      { degree: -1, nodes: [{ ...node('staged', -1), side: 'upstream' }] },
      { degree: 1, nodes: [{ ...node('report', 1), side: 'downstream' }] },
      { degree: -2, nodes: [{ ...node('raw', -2), side: 'upstream' }] },
      { degree: 2, nodes: [{ ...node('dashboard', 2), side: 'downstream' }] },
    ]);
  });

  it('marks a node on a cycle through the root as both', () => {
    const groups = groupLineageByDegree({
      root: 'root',
      isPartial: false,
      nodes: [node('root', 0), node('loop', 1)],
      edges: [edge('root', 'loop'), edge('loop', 'root')],
    });
    expect(groups).toEqual([{ degree: 1, nodes: [{ ...node('loop', 1), side: 'both' }] }]);
  });

  it('puts a node on neither side, reached by expanding sideways, in a last group', () => {
    // sibling -> report, and report is downstream of ROOT: sibling feeds neither way.
    const groups = groupLineageByDegree({
      root: 'root',
      isPartial: false,
      nodes: [node('root', 0), node('report', 1), node('sibling', 2)],
      edges: [edge('root', 'report'), edge('sibling', 'report')],
    });
    expect(groups).toEqual([
      { degree: 1, nodes: [{ ...node('report', 1), side: 'downstream' }] },
      { degree: null, nodes: [{ ...node('sibling', 2), side: undefined }] },
    ]);
  });

  it('starts from the root dataset\'s columns at column level, listed first', () => {
    const groups = groupLineageByDegree({
      root: 'customer',
      isPartial: false,
      nodes: [column('customer', 'id', 0), column('customer', 'email', 0), column('summary', 'email', 1), column('raw', 'mail', -1)],
      edges: [edge('customer.email', 'summary.email'), edge('raw.mail', 'customer.email'), edge('customer.id', 'customer.email')],
    });
    expect(groups).toEqual([
      {
        degree: 0,
        nodes: [
          { ...column('customer', 'email', 0), side: undefined },
          { ...column('customer', 'id', 0), side: undefined },
        ],
      },
      { degree: -1, nodes: [{ ...column('raw', 'mail', -1), side: 'upstream' }] },
      { degree: 1, nodes: [{ ...column('summary', 'email', 1), side: 'downstream' }] },
    ]);
  });

  it('is empty when the root has no lineage', () => {
    expect(groupLineageByDegree({ root: 'root', isPartial: false, nodes: [node('root', 0)], edges: [] })).toEqual([]);
  });
});

describe('lineageNodeLabel', () => {
  it('names a column with its dataset, a dataset by itself', () => {
    expect(lineageNodeLabel(column('customer', 'email', 0))).toEqual('customer.email');
    expect(lineageNodeLabel(node('customer', 0))).toEqual('customer');
  });
});
