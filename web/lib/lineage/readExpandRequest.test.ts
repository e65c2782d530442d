import { describe, expect, it } from 'vitest';

import type { LineageNode } from '../api';
import { MAX_EXPLORER_NODES, readExpandRequest } from './readExpandRequest';

const node = (urn: string, degree = 0): LineageNode => ({ urn, name: urn, type: 'DATASET', qualifiedName: urn, domain: 'Rentals', degree, dataset: null });
const graph = {
  root: 'root',
  isPartial: false,
  nodes: [node('root'), node('report', 1)],
  edges: [
    { from: 'root', to: 'report', transformation: 'JOB', confidence: 1, job: { urn: 'urn:polder:job:(pipelines,load_report)', name: 'load_report' } },
    { from: 'root', to: 'report', transformation: 'VIEW', confidence: 1, job: null },
  ],
};

describe('readExpandRequest', () => {
  it('keeps a well-formed request, and only the fields the explorer uses', () => {
    const placed = {
      ...graph,
      nodes: graph.nodes.map((entry) => ({ ...entry, x: 10, y: 20, extra: 'dropped' })),
      edges: graph.edges.map((edge) => ({ ...edge, id: 'e', crossesDomains: false, job: edge.job && { ...edge.job, namespace: 'dropped' } })),
    };
    expect(readExpandRequest({ graph: placed, urn: 'report', direction: 'DOWNSTREAM', level: 'DATASET' })).toEqual({ graph, urn: 'report', direction: 'DOWNSTREAM', level: 'DATASET' });
  });

  it('reads an edge without a job, from a graph drawn before edges named theirs, as naming none', () => {
    const drawnBefore = { ...graph, edges: [{ from: 'root', to: 'report', transformation: 'VIEW', confidence: 1 }] };
    expect(readExpandRequest({ graph: drawnBefore, urn: 'report', direction: 'DOWNSTREAM', level: 'DATASET' })?.graph.edges).toEqual([
      { from: 'root', to: 'report', transformation: 'VIEW', confidence: 1, job: null },
    ]);
  });

  it('keeps a column with its dataset', () => {
    const column: LineageNode = { ...node('c'), type: 'FIELD', dataset: { urn: 'd', name: 'd' } };
    expect(readExpandRequest({ graph: { ...graph, nodes: [column] }, urn: 'c', direction: 'UPSTREAM', level: 'FIELD' })?.graph.nodes).toEqual([column]);
  });

  it('refuses anything off', () => {
    const request = { graph, urn: 'report', direction: 'DOWNSTREAM', level: 'DATASET' };
    for (const bad of [
      null,
      'text',
      { ...request, urn: 'not-in-the-graph' },
      { ...request, direction: 'BOTH' },
      { ...request, level: 'COLUMN' },
      { ...request, graph: { ...graph, isPartial: 'no' } },
      { ...request, graph: { ...graph, nodes: [...graph.nodes, { ...node('x'), type: 'TABLE' }] } },
      { ...request, graph: { ...graph, nodes: [...graph.nodes, { ...node('x'), degree: 1.5 }] } },
      { ...request, graph: { ...graph, nodes: [...graph.nodes, { ...node('x'), dataset: 'd' }] } },
      { ...request, graph: { ...graph, edges: [{ from: 'root', to: 'report', transformation: null, confidence: 2, job: null }] } },
      { ...request, graph: { ...graph, edges: [{ from: 'root', to: 'report', transformation: null, confidence: 1, job: 'load_report' }] } },
      { ...request, graph: { ...graph, edges: [{ from: 'root', to: 'report', transformation: null, confidence: 1, job: { urn: '', name: 'load_report' } }] } },
      { ...request, graph: { ...graph, nodes: [...graph.nodes, node('x'.repeat(2_001))] } },
      { ...request, graph: { ...graph, nodes: Array.from({ length: MAX_EXPLORER_NODES + 1 }, (_, index) => node(index === 0 ? 'report' : `n${index}`)) } },
    ]) {
      expect(readExpandRequest(bad)).toBeNull();
    }
  });
});
