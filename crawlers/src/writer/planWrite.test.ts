import { describe, expect, it } from 'vitest';
import type { GraphSnapshot } from '@polder/graph-schema';
import { contentHash } from './contentHash.ts';
import { existingEdgeEntry, planWrite, type ExistingState } from './planWrite.ts';

const ds = (t: string) => `urn:polder:dataset:(postgres,db,db.public.${t})`;
const fd = (t: string, c: string) => `urn:polder:field:(${ds(t)},${c})`;

const snapshot: GraphSnapshot = {
  provider: 'postgres:db',
  nodes: [
    { label: 'Dataset', urn: ds('a'), properties: { name: 'a', description: null } },
    { label: 'Field', urn: fd('a', 'id'), properties: { name: 'id', position: 1 } },
  ],
  edges: [{ type: 'HAS_FIELD', from: ds('a'), to: fd('a', 'id') }],
  warnings: [],
};
const empty: ExistingState = { nodes: new Map(), edges: new Map() };

describe('contentHash', () => {
  it('ignores key order and null values', () => {
    expect(contentHash({ a: 1, b: 'x', c: null })).toBe(contentHash({ b: 'x', a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });
});

describe('planWrite', () => {
  it('writes everything on a first run and names the documents to refresh', () => {
    const plan = planWrite(snapshot, empty);
    expect(plan.counts).toEqual({ created: 2, updated: 0, unchanged: 0, removed: 0, edgesWritten: 1, edgesRemoved: 0 });
    expect(plan.nodeWrites.get('Dataset')).toEqual([
      { urn: ds('a'), props: { name: 'a', description: null }, hash: contentHash({ name: 'a' }), keys: ['name'] },
    ]);
    expect(plan.documentUrns).toEqual([ds('a')]);
  });

  it('writes nothing when nothing changed', () => {
    const existing: ExistingState = {
      nodes: new Map([
        [ds('a'), { hash: contentHash({ name: 'a' }), status: 'ACTIVE' }],
        [fd('a', 'id'), { hash: contentHash({ name: 'id', position: 1 }), status: 'ACTIVE' }],
      ]),
      edges: new Map([existingEdgeEntry({ type: 'HAS_FIELD', from: ds('a'), to: fd('a', 'id'), hash: contentHash({}) })]),
    };
    const plan = planWrite(snapshot, existing);
    expect(plan.counts).toEqual({ created: 0, updated: 0, unchanged: 2, removed: 0, edgesWritten: 0, edgesRemoved: 0 });
    expect(plan.nodeWrites.size).toBe(0);
    expect(plan.documentUrns).toEqual([]);
  });

  it('revives a removed node, naming the keys it reports for the write to drop the others (graphWrites.ts)', () => {
    const existing: ExistingState = { nodes: new Map([[ds('a'), { hash: contentHash({ name: 'a' }), status: 'REMOVED' }]]), edges: new Map() };
    const row = planWrite(snapshot, existing).nodeWrites.get('Dataset')![0]!;
    expect(row).toMatchObject({ props: { name: 'a', description: null }, keys: ['name'] });
  });

  it('marks missing nodes removed, keeps their edges, and deletes other missing edges', () => {
    const existing: ExistingState = {
      nodes: new Map([
        [ds('gone'), { hash: 'h', status: 'ACTIVE' }],
        [ds('old'), { hash: 'h', status: 'REMOVED' }],
      ]),
      edges: new Map([
        existingEdgeEntry({ type: 'HAS_FIELD', from: ds('gone'), to: fd('gone', 'id'), hash: 'h' }),
        existingEdgeEntry({ type: 'DERIVES_FROM', from: ds('a'), to: ds('b'), hash: 'h' }),
      ]),
    };
    const plan = planWrite(snapshot, existing);
    expect(plan.nodeRemovals).toEqual([ds('gone')]);
    expect([...plan.edgeRemovals]).toEqual([['DERIVES_FROM', [{ from: ds('a'), to: ds('b') }]]]);
    expect(plan.documentUrns).toEqual([ds('a'), ds('gone')]);
  });

  it('deletes a missing edge whose ends hold the "|" its key is joined with (a table may be called so)', () => {
    const existing: ExistingState = {
      nodes: new Map(),
      edges: new Map([existingEdgeEntry({ type: 'DERIVES_FROM', from: ds('a|b'), to: ds('c|d'), hash: 'h' })]),
    };
    expect([...planWrite(snapshot, existing).edgeRemovals]).toEqual([['DERIVES_FROM', [{ from: ds('a|b'), to: ds('c|d') }]]]);
  });

  it('refuses a snapshot that reports a node twice', () => {
    const twice = { ...snapshot, nodes: [snapshot.nodes[0]!, snapshot.nodes[0]!] };
    expect(() => planWrite(twice, empty)).toThrow(`The snapshot of postgres:db reports ${ds('a')} twice`);
  });
});
