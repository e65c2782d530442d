import { describe, expect, it } from 'vitest';

import type { LineageNode } from '../api';
import { ELK_MAX_NODES, layoutLineage } from './layoutLineage';
import { edgeKey } from './lineagePath';

const node = (urn: string, degree: number, domain: string | null = 'rentals'): LineageNode => ({
  urn,
  name: urn,
  type: 'DATASET',
  qualifiedName: urn,
  domain,
  degree,
  dataset: null,
});
const edge = (from: string, to: string, transformation: string | null = 'VIEW', job: { urn: string; name: string } | null = null) => ({ from, to, transformation, confidence: 1, job });
const LOAD_REPORT = { urn: 'urn:polder:job:(pipelines,load_report)', name: 'load_report' };

describe('layoutLineage', () => {
  it('places upstream left of the root and downstream right of it, and marks edges between domains, keeping the job that crossed them', async () => {
    const layout = await layoutLineage({
      root: 'root',
      isPartial: false,
      nodes: [node('raw', -1), node('root', 0), node('report', 1, 'finance')],
      edges: [edge('raw', 'root'), edge('root', 'report', 'JOB', LOAD_REPORT)],
    });
    const x = Object.fromEntries(layout.nodes.map((placed) => [placed.urn, placed.x]));
    expect(x.raw!).toBeLessThan(x.root!);
    expect(x.root!).toBeLessThan(x.report!);
    expect(layout.edges).toEqual([
      { id: edgeKey('raw', 'root'), from: 'raw', to: 'root', transformation: 'VIEW', confidence: 1, job: null, crossesDomains: false },
      { id: edgeKey('root', 'report'), from: 'root', to: 'report', transformation: 'JOB', confidence: 1, job: LOAD_REPORT, crossesDomains: true },
    ]);
    expect(layout.isPartial).toBe(false);
  });

  it('lists the nodes left to right, then top to bottom: the order of their Tab stops', async () => {
    const layout = await layoutLineage({
      root: 'root',
      isPartial: true,
      nodes: [node('report-b', 1), node('root', 0), node('report-a', 1), node('raw', -1)],
      edges: [edge('raw', 'root'), edge('root', 'report-a'), edge('root', 'report-b')],
    });
    expect(layout.nodes.map((placed) => placed.urn).slice(0, 2)).toEqual(['raw', 'root']);
    const [first, second] = layout.nodes.slice(2);
    expect(first!.x).toEqual(second!.x);
    expect(first!.y).toBeLessThan(second!.y);
    expect(layout.isPartial).toBe(true);
  });

  it('drops edges to nodes the walk did not return and repeated edges, and survives a cycle', async () => {
    const layout = await layoutLineage({
      root: 'root',
      isPartial: true,
      nodes: [node('root', 0), node('loop', 1)],
      edges: [edge('root', 'loop'), edge('loop', 'root'), edge('loop', 'cut-off'), edge('root', 'loop', 'JOB')],
    });
    expect(layout.nodes.map((placed) => placed.urn).sort()).toEqual(['loop', 'root']);
    expect(layout.edges.map(({ id }) => id).sort()).toEqual([edgeKey('root', 'loop'), edgeKey('loop', 'root')].sort());
  });

  it('draws the same graph the same way whatever order the API gave its edges in', async () => {
    // Column lineage of a start with readers that share upstream columns: elk's layers depend on the order of the edges.
    const nodes = [node('root', 0)];
    const edges: Array<ReturnType<typeof edge>> = [];
    for (let reader = 0; reader < 12; reader += 1) {
      nodes.push(node(`reader-${reader}`, 1));
      edges.push(edge('root', `reader-${reader}`));
      for (let other = 0; other < reader; other += 3) edges.push(edge(`reader-${other}`, `reader-${reader}`));
    }
    const positions = async (inOrder: typeof edges) =>
      (await layoutLineage({ root: 'root', isPartial: false, nodes, edges: inOrder })).nodes.map(({ urn, x, y }) => `${urn}@${x},${y}`).sort();
    const asGiven = await positions(edges);
    expect(await positions([...edges].reverse())).toEqual(asGiven);
    expect(await positions(edges.map((_, index) => edges[(index * 7) % edges.length]!))).toEqual(asGiven);
  });

  it('lays a graph bigger than elk is given out in hop columns, still sorted left to right, then top to bottom', async () => {
    const readers = Array.from({ length: ELK_MAX_NODES }, (_, index) => node(`reader-${String(index).padStart(3, '0')}`, 1));
    const layout = await layoutLineage({
      root: 'root',
      isPartial: false,
      nodes: [...readers, node('root', 0)],
      edges: readers.map((reader) => edge('root', reader.urn)),
    });
    expect(layout.nodes[0]).toMatchObject({ urn: 'root', x: 0 });
    expect(layout.nodes.slice(1).map(({ urn, x, y }) => ({ urn, x, y }))).toEqual(readers.map(({ urn }, index) => ({ urn, x: 320, y: index * 88 })));
  });
});
