import { describe, expect, it } from 'vitest';
import type { GraphSnapshot } from '@polder/graph-schema';
import { contentHash } from './contentHash.ts';
import { digestVouches, FULL_DIFF_EVERY_MS, hashSnapshot, type StoredDigest } from './providerDigest.ts';
import { edgeKey } from './planWrite.ts';

const ds = (table: string) => `urn:polder:dataset:(postgres,db,db.public.${table})`;
const snapshot = (name = 'orders'): GraphSnapshot => ({
  provider: 'postgres:db',
  nodes: [
    { label: 'Dataset', urn: ds('orders'), properties: { name } },
    { label: 'Dataset', urn: ds('customers'), properties: { name: 'customers' } },
  ],
  edges: [{ type: 'DERIVES_FROM', from: ds('orders'), to: ds('customers'), properties: { transformation: 'VIEW' } }],
  warnings: [],
});

describe('hashSnapshot', () => {
  it('gives each node and edge its content hash, each edge its key, and one digest that moves with any of them', () => {
    const hashed = hashSnapshot(snapshot());
    expect(hashed.nodeHashes).toEqual([contentHash({ name: 'orders' }), contentHash({ name: 'customers' })]);
    expect(hashed.edgeHashes).toEqual([contentHash({ transformation: 'VIEW' })]);
    expect(hashed.edgeKeys).toEqual([edgeKey(snapshot().edges[0]!)]);
    expect(hashSnapshot(snapshot()).digest).toBe(hashed.digest);
    expect(hashSnapshot(snapshot('orders_v2')).digest).not.toBe(hashed.digest);
    const otherEdge = { ...snapshot(), edges: [{ ...snapshot().edges[0]!, properties: { transformation: 'JOB' } }] };
    expect(hashSnapshot(otherEdge).digest).not.toBe(hashed.digest);
    expect(hashSnapshot({ ...snapshot(), edges: [] }).digest).not.toBe(hashed.digest);
  });
});

describe('digestVouches', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const hashed = hashSnapshot(snapshot());
  const stored: StoredDigest = { digest: hashed.digest, nodesThen: 2, nodesNow: 2, writtenAt: now.getTime() - 60_000, generation: 0 };

  it('vouches for the same snapshot on the graph the last run left, for a day', () => {
    expect(digestVouches(stored, hashed, now)).toBe(true);
    expect(digestVouches(stored, hashSnapshot(snapshot('orders_v2')), now)).toBe(false);
    expect(digestVouches({ ...stored, nodesNow: 1 }, hashed, now)).toBe(false);
    expect(digestVouches({ ...stored, digest: null }, hashed, now)).toBe(false);
    expect(digestVouches({ ...stored, writtenAt: now.getTime() - FULL_DIFF_EVERY_MS }, hashed, now)).toBe(false);
  });
});
