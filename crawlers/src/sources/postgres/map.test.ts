import { describe, expect, it } from 'vitest';
import { mapPostgresCatalog } from './map.ts';
import type { PgCatalog } from './extract.ts';

const relation = { comment: null, owner: 'app', rowEstimate: 10, sizeBytes: 8192, viewDefinition: null, partitionOf: null, reads: 3, writes: 1 };
const column = { notNull: false, defaultValue: null, comment: null };
const catalog: PgCatalog = {
  database: 'rentals',
  relations: [
    { ...relation, schema: 'public', name: 'customer', kind: 'r', comment: 'People who rent' },
    { ...relation, schema: 'public', name: 'rental', kind: 'r' },
    { ...relation, schema: 'public', name: 'active_customer', kind: 'v', rowEstimate: null, sizeBytes: null, viewDefinition: ' SELECT customer_id FROM public.customer;' },
    { ...relation, schema: 'public', name: 'odd,name', kind: 'r' },
  ],
  columns: [
    { ...column, schema: 'public', table: 'customer', name: 'customer_id', position: 1, dataType: 'integer', notNull: true },
    { ...column, schema: 'public', table: 'rental', name: 'customer_id', position: 1, dataType: 'integer', comment: 'who' },
    { ...column, schema: 'public', table: 'active_customer', name: 'customer_id', position: 1, dataType: 'integer' },
    { ...column, schema: 'public', table: 'odd,name', name: 'x', position: 1, dataType: 'text' },
  ],
  constraints: [
    { schema: 'public', table: 'customer', name: 'customer_pkey', kind: 'p', columns: ['customer_id'], refSchema: null, refTable: null, refColumns: null },
    { schema: 'public', table: 'rental', name: 'rental_customer_fk', kind: 'f', columns: ['customer_id'], refSchema: 'public', refTable: 'customer', refColumns: ['customer_id'] },
  ],
  viewDependencies: [{ viewSchema: 'public', viewName: 'active_customer', refSchema: 'public', refName: 'customer' }],
  usageReadAt: '2026-12-01T10:00:00.000Z',
  usageCountingSince: '2026-11-30T10:00:00.000Z',
  queryCount: 6,
};

const ds = (table: string) => `urn:polder:dataset:(postgres,rentals-db,rentals.public.${table})`;
const fd = (table: string, col: string) => `urn:polder:field:(${ds(table)},${col})`;

describe('mapPostgresCatalog', () => {
  const snapshot = mapPostgresCatalog(catalog, { sourceId: 'rentals-db', domainId: 'rentals', keep: () => true });

  it('maps relations to datasets, a name holding what a URN reserves encoded in its URN and kept as it is in its name', () => {
    expect(snapshot.provider).toBe('postgres:rentals-db');
    expect(snapshot.nodes.filter((n) => n.label === 'Dataset').map((n) => [n.urn, n.properties.subtype, n.properties.name])).toEqual([
      [ds('customer'), 'TABLE', 'customer'],
      [ds('rental'), 'TABLE', 'rental'],
      [ds('active_customer'), 'VIEW', 'active_customer'],
      [ds('odd%2Cname'), 'TABLE', 'odd,name'],
    ]);
    expect(snapshot.nodes.find((n) => n.urn === fd('odd%2Cname', 'x'))?.properties.name).toBe('x');
    expect(snapshot.warnings).toEqual([]);
  });

  it('maps columns with keys and descriptions', () => {
    const customerId = snapshot.nodes.find((n) => n.urn === fd('customer', 'customer_id'));
    expect(customerId).toEqual({
      label: 'Field',
      urn: fd('customer', 'customer_id'),
      properties: {
        name: 'customer_id',
        datasetUrn: ds('customer'),
        position: 1,
        dataType: 'integer',
        nullable: false,
        defaultValue: null,
        description: null,
        isPrimaryKey: true,
        isUnique: true,
      },
    });
  });

  it('maps foreign keys, view lineage, domain and source membership to edges', () => {
    const edges = snapshot.edges.filter((e) => e.type !== 'IN_DOMAIN' && e.type !== 'FROM_SOURCE' && e.type !== 'HAS_FIELD');
    expect(edges).toEqual([
      { type: 'REFERENCES', from: fd('rental', 'customer_id'), to: fd('customer', 'customer_id'), properties: { constraint: 'rental_customer_fk' } },
      { type: 'DERIVES_FROM', from: ds('active_customer'), to: ds('customer'), properties: { transformation: 'VIEW', confidence: 1 } },
      // Column-level, from the view's SQL.
      { type: 'DERIVES_FROM', from: fd('active_customer', 'customer_id'), to: fd('customer', 'customer_id'), properties: { transformation: 'IDENTITY', confidence: 1 } },
    ]);
    expect(snapshot.edges).toContainEqual({ type: 'IN_DOMAIN', from: ds('customer'), to: 'urn:polder:domain:rentals' });
    expect(snapshot.edges).toContainEqual({ type: 'FROM_SOURCE', from: ds('customer'), to: 'urn:polder:source:rentals-db' });
  });

  // The extractor reads definitions with pg_catalog alone on the search_path (extractionSearchPath.ts): PostgreSQL
  // qualifies every user table, so a bare name is a pg_catalog relation, never public's table of that name.
  it("reads a bare table name in a view's SQL as pg_catalog's, not public's", () => {
    const bare: PgCatalog = {
      ...catalog,
      relations: catalog.relations.map((r) => (r.name === 'active_customer' ? { ...r, viewDefinition: ' SELECT customer_id FROM customer;' } : r)),
    };
    const lineage = mapPostgresCatalog(bare, { sourceId: 'rentals-db', domainId: 'rentals', keep: () => true }).edges.filter(
      (e) => e.type === 'DERIVES_FROM' && e.from === fd('active_customer', 'customer_id'),
    );
    expect(lineage).toEqual([]);
  });

  it('drops what the table filter excludes, and edges into it', () => {
    const filtered = mapPostgresCatalog(catalog, { sourceId: 'rentals-db', domainId: 'rentals', keep: (name) => name !== 'public.customer' });
    expect(filtered.nodes.map((n) => n.urn)).not.toContain(ds('customer'));
    expect(filtered.edges.filter((e) => e.type === 'REFERENCES' || e.type === 'DERIVES_FROM')).toEqual([]);
  });

  it('links each partition to its partitioned table, when the filter keeps both', () => {
    const partitioned: PgCatalog = {
      ...catalog,
      relations: [
        { ...relation, schema: 'public', name: 'payment', kind: 'p' },
        { ...relation, schema: 'public', name: 'payment_2026_11', kind: 'r', partitionOf: { schema: 'public', name: 'payment' } },
        { ...relation, schema: 'public', name: 'payment_2026_12', kind: 'r', partitionOf: { schema: 'public', name: 'payment' } },
      ],
      columns: [],
      constraints: [],
      viewDependencies: [],
    };
    const partitionEdges = (keep: (name: string) => boolean) =>
      mapPostgresCatalog(partitioned, { sourceId: 'rentals-db', domainId: 'rentals', keep }).edges.filter((e) => e.type === 'PARTITION_OF');
    expect(partitionEdges(() => true)).toEqual([
      { type: 'PARTITION_OF', from: ds('payment_2026_11'), to: ds('payment') },
      { type: 'PARTITION_OF', from: ds('payment_2026_12'), to: ds('payment') },
    ]);
    expect(partitionEdges((name) => name !== 'public.payment')).toEqual([]);
  });

  it("describes a partition's columns as its table's, unless they say otherwise", () => {
    const partitioned: PgCatalog = {
      ...catalog,
      relations: [
        { ...relation, schema: 'public', name: 'payment', kind: 'p' },
        { ...relation, schema: 'public', name: 'payment_2026', kind: 'p', partitionOf: { schema: 'public', name: 'payment' } },
        { ...relation, schema: 'public', name: 'payment_2026_12', kind: 'r', partitionOf: { schema: 'public', name: 'payment_2026' } },
      ],
      columns: ['payment', 'payment_2026', 'payment_2026_12'].flatMap((table) => [
        { ...column, schema: 'public', table, name: 'amount', position: 1, dataType: 'numeric', comment: table === 'payment' ? 'In euros' : null },
        { ...column, schema: 'public', table, name: 'paid_at', position: 2, dataType: 'timestamptz', comment: table === 'payment_2026_12' ? 'December only' : null },
      ]),
      constraints: [],
      viewDependencies: [],
    };
    const fields = mapPostgresCatalog(partitioned, { sourceId: 'rentals-db', domainId: 'rentals', keep: () => true }).nodes.filter((n) => n.label === 'Field');
    expect(fields.map((n) => [n.urn, n.properties.description])).toEqual([
      [fd('payment', 'amount'), 'In euros'],
      [fd('payment', 'paid_at'), null],
      [fd('payment_2026', 'amount'), 'In euros'],
      [fd('payment_2026', 'paid_at'), null],
      [fd('payment_2026_12', 'amount'), 'In euros'],
      [fd('payment_2026_12', 'paid_at'), 'December only'],
    ]);
  });

  it('skips namesakes across a dot ("a.b".c and a."b.c" would have one URN), never mixing their columns', () => {
    const dotted: PgCatalog = {
      ...catalog,
      relations: [
        { ...relation, schema: 'a', name: 'b.c', kind: 'r', partitionOf: { schema: 'a.b', name: 'c' } },
        { ...relation, schema: 'a', name: 'd', kind: 'r' },
        { ...relation, schema: 'a.b', name: 'c', kind: 'p' },
      ],
      columns: [
        { ...column, schema: 'a', table: 'b.c', name: 'id', position: 1, dataType: 'integer' },
        { ...column, schema: 'a', table: 'd', name: 'id', position: 1, dataType: 'integer' },
        { ...column, schema: 'a.b', table: 'c', name: 'id', position: 1, dataType: 'integer', comment: 'Key' },
      ],
      constraints: [],
      viewDependencies: [],
    };
    const mapped = mapPostgresCatalog(dotted, { sourceId: 'rentals-db', domainId: 'rentals', keep: () => true });
    const a = (table: string) => `urn:polder:dataset:(postgres,rentals-db,rentals.a.${table})`;
    expect(mapped.nodes.map((n) => n.urn)).toEqual([a('d'), `urn:polder:field:(${a('d')},id)`]);
    expect(mapped.warnings).toEqual([
      { where: 'postgres:rentals-db/rentals.a.b.c', message: 'Skipped: "a"."b.c" and "a.b"."c" would have one URN; rename one of them to crawl it' },
    ]);
  });

  it('names the view whose SQL is too long to parse for column lineage, and keeps its table-level lineage', () => {
    const sql = ` SELECT customer_id FROM public.customer WHERE customer_id NOT IN (${Array.from({ length: 40_000 }, (_, index) => index).join(', ')});`;
    const long: PgCatalog = { ...catalog, relations: catalog.relations.map((r) => (r.name === 'active_customer' ? { ...r, viewDefinition: sql } : r)) };
    const mapped = mapPostgresCatalog(long, { sourceId: 'rentals-db', domainId: 'rentals', keep: () => true });
    expect(mapped.warnings).toContainEqual({
      urn: ds('active_customer'),
      where: 'postgres:rentals-db/rentals.public.active_customer',
      message: `column lineage: not parsed: the SQL is ${sql.length.toLocaleString('en-US')} characters long, over the 200,000 that are parsed, so that one view or model cannot stall the crawl`,
    });
    expect(mapped.edges).toContainEqual({ type: 'DERIVES_FROM', from: ds('active_customer'), to: ds('customer'), properties: { transformation: 'VIEW', confidence: 1 } });
  });
});
