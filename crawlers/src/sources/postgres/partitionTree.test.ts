import { describe, expect, it } from 'vitest';
import { catalogKey } from './catalogKey.ts';
import type { PgCatalog, PgRelation } from './extract.ts';
import { partitionAncestors } from './partitionTree.ts';

const relation = (schema: string, name: string, partitionOf: PgRelation['partitionOf']): PgRelation => ({
  schema, name, kind: partitionOf ? 'r' : 'p', partitionOf, comment: null, owner: 'app', rowEstimate: null, sizeBytes: null, viewDefinition: null, reads: null, writes: null,
});
const catalog = (relations: PgRelation[]): PgCatalog => ({
  database: 'shop', relations, columns: [], constraints: [], viewDependencies: [], usageReadAt: '2026-12-01T10:00:00.000Z', usageCountingSince: null, queryCount: 6,
});

describe('partitionAncestors', () => {
  it('lists the tables above a partition, nearest first', () => {
    const ancestorsOf = partitionAncestors(
      catalog([relation('public', 'payment', null), relation('public', 'payment_2026', { schema: 'public', name: 'payment' }), relation('public', 'payment_2026_12', { schema: 'public', name: 'payment_2026' })]),
    );
    expect(ancestorsOf(catalogKey('public', 'payment_2026_12'))).toEqual([catalogKey('public', 'payment_2026'), catalogKey('public', 'payment')]);
    expect(ancestorsOf(catalogKey('public', 'payment'))).toEqual([]);
  });

  it('tells a table from its namesake across a dot: a."b.c" is a partition of "a.b".c, not of itself', () => {
    const ancestorsOf = partitionAncestors(catalog([relation('a.b', 'c', null), relation('a', 'b.c', { schema: 'a.b', name: 'c' })]));
    expect(ancestorsOf(catalogKey('a', 'b.c'))).toEqual([catalogKey('a.b', 'c')]);
    expect(ancestorsOf(catalogKey('a.b', 'c'))).toEqual([]);
  });

  it('stops at a table it has seen, should a catalog ever hold a cycle', () => {
    const ancestorsOf = partitionAncestors(catalog([relation('s', 'x', { schema: 's', name: 'y' }), relation('s', 'y', { schema: 's', name: 'x' })]));
    expect(ancestorsOf(catalogKey('s', 'x'))).toEqual([catalogKey('s', 'y')]);
  });
});
