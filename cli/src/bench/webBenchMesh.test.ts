import { describe, expect, it } from 'vitest';
import { LINEAGE_DEPTH, webBenchMesh } from './webBenchMesh.ts';

/** Datasets reached from `start` in `hops` steps along DERIVES_FROM, one way, as the API's walk does. */
function reached(edges: Array<{ type: string; from: string; to: string }>, start: string, hops: number, direction: 'up' | 'down'): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let hop = 0; hop < hops; hop++) {
    frontier = edges
      .filter((edge) => edge.type === 'DERIVES_FROM' && frontier.includes(direction === 'up' ? edge.from : edge.to))
      .map((edge) => (direction === 'up' ? edge.to : edge.from))
      .filter((urn) => !seen.has(urn));
    frontier.forEach((urn) => seen.add(urn));
  }
  return seen;
}

describe('webBenchMesh', () => {
  const mesh = webBenchMesh({ datasets: 30, domains: 3, columns: 2 });
  const edges = mesh.snapshots.flatMap((snapshot) => snapshot.edges);

  it('puts the mesh datasets in their domains', () => {
    expect(mesh.datasets).toHaveLength(30);
    const inDomain = new Set(edges.filter((edge) => edge.type === 'IN_DOMAIN').map((edge) => edge.from));
    expect(mesh.datasets.every((urn) => inDomain.has(urn))).toBe(true);
  });

  it('builds a lineage neighbourhood of exactly 500 datasets within the explorer depth of the hub, and none beyond', () => {
    const within = (hops: number) => new Set([...reached(edges, mesh.lineageHub, hops, 'up'), ...reached(edges, mesh.lineageHub, hops, 'down')]).size;
    expect(mesh.lineageNodes).toBe(500);
    expect(within(LINEAGE_DEPTH)).toBe(500);
    expect(within(LINEAGE_DEPTH + 3)).toBe(500);
    const neighbourhood = mesh.snapshots.at(-1)!.nodes.filter((node) => node.label === 'Dataset');
    expect(neighbourhood).toHaveLength(500);
  });
});
