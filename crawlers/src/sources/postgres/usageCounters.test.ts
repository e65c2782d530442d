import { describe, expect, it } from 'vitest';
import type { PgCatalog, PgRelation } from './extract.ts';
import { usageCountersOf } from './usageCounters.ts';

const relation = (name: string, kind: PgRelation['kind'], partitionOf: PgRelation['partitionOf'], reads: number | null, writes: number | null): PgRelation => ({
  schema: 'public', name, kind, partitionOf, reads, writes, comment: null, owner: 'app', rowEstimate: null, sizeBytes: null, viewDefinition: null,
});
const catalog = (relations: PgRelation[]): PgCatalog => ({
  database: 'shop', relations, columns: [], constraints: [], viewDependencies: [], usageReadAt: '2026-12-01T10:00:00.000Z', usageCountingSince: null, queryCount: 6,
});

describe('usageCountersOf', () => {
  it('gives a partitioned table the sum of its partitions’ counters, at any depth', () => {
    const counters = usageCountersOf(
      catalog([
        relation('payment', 'p', null, 0, 0),
        relation('payment_2026', 'p', { schema: 'public', name: 'payment' }, 0, 0),
        relation('payment_2026_11', 'r', { schema: 'public', name: 'payment_2026' }, 5, 10),
        relation('payment_2026_12', 'r', { schema: 'public', name: 'payment_2026' }, 7, 1),
        relation('payment_default', 'r', { schema: 'public', name: 'payment' }, 1, 0),
        relation('customer', 'r', null, 3, 2),
        relation('active_customer', 'v', null, null, null),
      ]),
    );
    expect(counters).toEqual([
      { qualifiedName: 'shop.public.payment', reads: 13, writes: 11 },
      { qualifiedName: 'shop.public.payment_2026', reads: 12, writes: 11 },
      { qualifiedName: 'shop.public.payment_2026_11', reads: 5, writes: 10 },
      { qualifiedName: 'shop.public.payment_2026_12', reads: 7, writes: 1 },
      { qualifiedName: 'shop.public.payment_default', reads: 1, writes: 0 },
      { qualifiedName: 'shop.public.customer', reads: 3, writes: 2 },
    ]);
  });

  it('keeps a partitioned table’s own counters when it has no partitions yet', () => {
    expect(usageCountersOf(catalog([relation('events', 'p', null, 0, 0)]))).toEqual([{ qualifiedName: 'shop.public.events', reads: 0, writes: 0 }]);
  });
});
