import { describe, expect, it } from 'vitest';
import type { RunEvent } from './LineageEvent.ts';
import { CrawledStores, lineageNamespace } from './crawledStores.ts';
import { mapLineageEvents } from './map.ts';

const stores = new CrawledStores([
  { sourceId: 'rentals-db', platform: 'postgres', namespace: lineageNamespace('postgres', '127.0.0.1', 54329), database: 'rentals' },
  { sourceId: 'finance-db', platform: 'postgres', namespace: lineageNamespace('postgres', '127.0.0.1', 54329), database: 'finance' },
  { sourceId: 'shop-db', platform: 'mysql', namespace: lineageNamespace('mysql', 'DB', undefined), database: 'shop' },
]);
const rentals = (table: string) => `urn:polder:dataset:(postgres,rentals-db,rentals.${table})`;
const finance = (table: string) => `urn:polder:dataset:(postgres,finance-db,finance.${table})`;

describe('CrawledStores.resolve', () => {
  it('names a table of a crawled store as its crawler does, with what the name says', () => {
    expect(stores.resolve('postgres://127.0.0.1:54329', 'rentals.public.rental_order')).toEqual({
      urn: rentals('public.rental_order'),
      provider: 'postgres:rentals-db',
      properties: { name: 'rental_order', qualifiedName: 'rentals.public.rental_order', platform: 'postgres', database: 'rentals', schema: 'public' },
    });
    expect(stores.resolve('mysql://db', 'shop.orders')).toEqual({
      urn: 'urn:polder:dataset:(mysql,shop-db,shop.orders)',
      provider: 'mysql:shop-db',
      properties: { name: 'orders', qualifiedName: 'shop.orders', platform: 'mysql', schema: 'shop' },
    });
  });

  it('claims nothing of another server, another database, another scheme or a malformed name', () => {
    for (const [namespace, name] of [
      ['postgres://127.0.0.1:5432', 'rentals.public.rental_order'],
      ['postgres://127.0.0.1:54329', 'delivery.app.orders'],
      ['mysql://127.0.0.1:54329', 'rentals.public.rental_order'],
      ['postgres://127.0.0.1:54329', 'rentals.rental_order'],
      ['food_delivery', 'rentals.public.rental_order'],
    ]) expect(stores.resolve(namespace!, name!)).toBeUndefined();
  });
});

describe('mapLineageEvents over crawled stores', () => {
  const event: RunEvent = {
    kind: 'RunEvent',
    eventType: 'COMPLETE',
    eventTime: '2026-11-29T02:10:00.000Z',
    version: '2026-11-29T02:10:00.000000000Z',
    runId: 'r1',
    job: { namespace: 'finance-pipelines', name: 'load_rental_invoices' },
    inputs: [{ namespace: 'postgres://127.0.0.1:54329', name: 'rentals.public.rental_order', description: 'not the crawler’s', fields: [{ name: 'order_number', type: 'TEXT' }] }],
    outputs: [
      {
        namespace: 'postgres://127.0.0.1:54329',
        name: 'finance.billing.invoice',
        columnLineage: [{ field: 'source_reference', inputFields: [{ namespace: 'postgres://127.0.0.1:54329', name: 'rentals.public.rental_order', field: 'order_number', transformations: [] }] }],
      },
    ],
  };

  it('lands edges on the crawler’s datasets and columns, under its provider, without describing them', () => {
    const delta = mapLineageEvents([event], stores);
    const order = rentals('public.rental_order');
    const invoice = finance('billing.invoice');
    expect(delta.nodes.filter((node) => node.label === 'Dataset' || node.label === 'Field').map(({ urn, provider, version, properties }) => ({ urn, provider, version, properties }))).toEqual([
      { urn: order, provider: 'postgres:rentals-db', version: '', properties: { name: 'rental_order', qualifiedName: 'rentals.public.rental_order', platform: 'postgres', database: 'rentals', schema: 'public' } },
      { urn: invoice, provider: 'postgres:finance-db', version: '', properties: { name: 'invoice', qualifiedName: 'finance.billing.invoice', platform: 'postgres', database: 'finance', schema: 'billing' } },
      { urn: invoice, provider: 'postgres:finance-db', version: '', properties: { name: 'invoice', qualifiedName: 'finance.billing.invoice', platform: 'postgres', database: 'finance', schema: 'billing' } },
      { urn: `urn:polder:field:(${invoice},source_reference)`, provider: 'postgres:finance-db', version: '', properties: { name: 'source_reference', datasetUrn: invoice } },
      { urn: order, provider: 'postgres:rentals-db', version: '', properties: { name: 'rental_order', qualifiedName: 'rentals.public.rental_order', platform: 'postgres', database: 'rentals', schema: 'public' } },
      { urn: `urn:polder:field:(${order},order_number)`, provider: 'postgres:rentals-db', version: '', properties: { name: 'order_number', datasetUrn: order } },
    ]);
    expect(delta.edges.filter((edge) => edge.type === 'DERIVES_FROM').map(({ from, to, provider }) => ({ from, to, provider }))).toEqual([
      { from: `urn:polder:field:(${invoice},source_reference)`, to: `urn:polder:field:(${order},order_number)`, provider: 'openlineage:postgres://127.0.0.1:54329' },
      { from: invoice, to: order, provider: 'openlineage:postgres://127.0.0.1:54329' },
    ]);
  });
});
