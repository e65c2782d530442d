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

  it('turns SQL it cannot parse into a warning and no edges', () => {
    expect(viewColumnEdges({ viewUrn: ds('v'), viewColumns: ['x'], sql: 'SELEC nonsense', dialect: 'postgres', defaultSchema: 'public', tables })).toEqual({
      edges: [],
      warnings: [expect.stringMatching(/^could not parse SQL \(postgres\)/)],
    });
  });
});
