import { describe, expect, it } from 'vitest';

import type { LineageNode, LineageResult } from '../api';
import { countAdded, mergeLineage } from './mergeLineage';

const node = (urn: string, degree: number): LineageNode => ({ urn, name: urn, type: 'DATASET', qualifiedName: urn, domain: null, degree, dataset: null });
const edge = (from: string, to: string) => ({ from, to, transformation: 'VIEW', confidence: 1, job: null });

// raw -> ROOT -> report
const graph: LineageResult = {
  root: 'root',
  isPartial: false,
  nodes: [node('raw', -1), node('root', 0), node('report', 1)],
  edges: [edge('raw', 'root'), edge('root', 'report')],
};

describe('mergeLineage', () => {
  it('adds the neighbours of an expanded node one hop further out, and only the new edges', () => {
    // What lineage(report, DOWNSTREAM, depth: 1) answers: report at 0, its readers at 1.
    const addition: LineageResult = {
      root: 'report',
      isPartial: false,
      nodes: [node('report', 0), node('dashboard', 1), node('export', 1)],
      edges: [edge('report', 'dashboard'), edge('report', 'export')],
    };
    expect(mergeLineage(graph, addition, 'report', 'DOWNSTREAM')).toEqual({
      root: 'root',
      isPartial: false,
      nodes: [node('raw', -1), node('root', 0), node('report', 1), node('dashboard', 2), node('export', 2)],
      edges: [edge('raw', 'root'), edge('root', 'report'), edge('report', 'dashboard'), edge('report', 'export')],
    });
  });

  it('keeps what was drawn, links new edges between known nodes, and never gives a new node the start\'s 0', () => {
    // Upstream of the downstream report: the root itself (known) and a sibling feeding report.
    const addition: LineageResult = {
      root: 'report',
      isPartial: true,
      nodes: [node('report', 0), node('root', -1), node('sibling', -1)],
      edges: [edge('root', 'report'), edge('sibling', 'report'), edge('raw', 'sibling')],
    };
    const merged = mergeLineage(graph, addition, 'report', 'UPSTREAM');
    expect(merged.nodes).toEqual([node('raw', -1), node('root', 0), node('report', 1), node('sibling', -1)]);
    // raw -> sibling was only in the answer because raw is already drawn: kept. Nothing is repeated.
    expect(merged.edges).toEqual([edge('raw', 'root'), edge('root', 'report'), edge('sibling', 'report'), edge('raw', 'sibling')]);
    expect(merged.isPartial).toBe(true);
    expect(countAdded(graph, merged)).toEqual(1);
  });

  it('drops edges to nodes that are in neither', () => {
    const addition: LineageResult = { root: 'raw', isPartial: false, nodes: [node('raw', 0)], edges: [edge('ghost', 'raw')] };
    const merged = mergeLineage(graph, addition, 'raw', 'UPSTREAM');
    expect(merged.edges).toEqual(graph.edges);
    expect(countAdded(graph, merged)).toEqual(0);
  });
});
