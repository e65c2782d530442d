import { describe, expect, it } from 'vitest';
import { generateSyntheticMesh } from './syntheticMesh.ts';

describe('generateSyntheticMesh', () => {
  const options = { domains: 2, tablesPerDomain: 50, columnsPerTable: 4, viewShare: 0.3 };

  it('is deterministic', () => {
    expect(generateSyntheticMesh(options)).toEqual(generateSyntheticMesh(options));
    expect(generateSyntheticMesh({ ...options, seed: 7 })).not.toEqual(generateSyntheticMesh(options));
  });

  it('produces the requested sizes, unique URNs, and lineage only to existing datasets', () => {
    const mesh = generateSyntheticMesh(options);
    expect(mesh.map((snapshot) => snapshot.provider)).toEqual(['bench:domain0', 'bench:domain1']);
    const nodes = mesh.flatMap((snapshot) => snapshot.nodes);
    expect(nodes.filter((node) => node.label === 'Dataset')).toHaveLength(100);
    expect(nodes.filter((node) => node.label === 'Field')).toHaveLength(400);
    expect(new Set(nodes.map((node) => node.urn)).size).toBe(nodes.length);
    const urns = new Set(nodes.map((node) => node.urn));
    const lineage = mesh.flatMap((snapshot) => snapshot.edges).filter((edge) => edge.type === 'DERIVES_FROM');
    expect(lineage.length).toBeGreaterThan(0);
    expect(lineage.every((edge) => urns.has(edge.from) && urns.has(edge.to))).toBe(true);
  });
});
