import { describe, expect, it } from 'vitest';
import { viewColumnEdges } from './viewColumnEdges.ts';

const ds = (table: string) => `urn:polder:dataset:(postgres,db,db.public.${table})`;
const fd = (table: string, column: string) => `urn:polder:field:(${ds(table)},${column})`;
const tables = new Map([
  ['public.customer', { urn: ds('customer'), columns: ['customer_id', 'Email', 'active'] }],
  ['public.rental', { urn: ds('rental'), columns: ['rental_id', 'customer_id'] }],
]);

describe('viewColumnEdges', () => {
  it('maps column lineage to field edges, in the catalog names, by position', () => {
    const { edges, warnings } = viewColumnEdges({
      viewUrn: ds('active_customer'),
      viewColumns: ['id', 'Email'],
      sql: ' SELECT c.customer_id AS id, c."Email" FROM customer c WHERE c.active = 1;',
      dialect: 'postgres',
      defaultSchema: 'public',
      tables,
    });
    expect(warnings).toEqual([]);
    expect(edges).toEqual([
      { type: 'DERIVES_FROM', from: fd('active_customer', 'id'), to: fd('customer', 'customer_id'), properties: { transformation: 'IDENTITY', confidence: 1 } },
      { type: 'DERIVES_FROM', from: fd('active_customer', 'id'), to: fd('customer', 'active'), properties: { transformation: 'FILTER', confidence: 0.5 } },
      { type: 'DERIVES_FROM', from: fd('active_customer', 'Email'), to: fd('customer', 'Email'), properties: { transformation: 'IDENTITY', confidence: 1 } },
      { type: 'DERIVES_FROM', from: fd('active_customer', 'Email'), to: fd('customer', 'active'), properties: { transformation: 'FILTER', confidence: 0.5 } },
    ]);
  });

  // Built per view, the lookups made mapping a store O(views × columns): over a minute for 10,000 tables (`npx polder bench postgres`).
  it('reads the catalog once per map, however many views it is called for', () => {
    class CountingMap<K, V> extends Map<K, V> {
      reads = 0;
      override [Symbol.iterator]() {
        this.reads++;
        return super[Symbol.iterator]();
      }
    }
    const catalog = new CountingMap(tables);
    const view = (name: string) =>
      viewColumnEdges({ viewUrn: ds(name), viewColumns: ['customer_id'], sql: 'SELECT r.customer_id FROM rental r', dialect: 'postgres', defaultSchema: 'public', tables: catalog });
    const edges = ['v1', 'v2', 'v3'].map((name) => view(name).edges);
    expect(catalog.reads).toBe(1);
    expect(edges[2]).toEqual([
      { type: 'DERIVES_FROM', from: fd('v3', 'customer_id'), to: fd('rental', 'customer_id'), properties: { transformation: 'IDENTITY', confidence: 1 } },
    ]);
  });

  it('turns SQL it cannot parse into a warning and no edges', () => {
    expect(viewColumnEdges({ viewUrn: ds('v'), viewColumns: ['x'], sql: 'SELEC nonsense', dialect: 'postgres', defaultSchema: 'public', tables })).toEqual({
      edges: [],
      warnings: [expect.stringMatching(/^could not parse SQL \(postgres\)/)],
    });
  });
});
