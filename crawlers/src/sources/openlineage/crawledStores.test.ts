import { describe, expect, it } from 'vitest';
import type { RunEvent } from './LineageEvent.ts';
import { CrawledStores, lineageNamespace } from './crawledStores.ts';
import { mapLineageEvents } from './map.ts';
import { collapseDelta } from '../../writer/collapseDelta.ts';

const server = lineageNamespace('postgres', '127.0.0.1', 54329);
const everything = { include: [], exclude: [] };
// In id order, as readDeclaredStores reads them. The rentals database is declared twice: its staging schema has a source of its own.
const stores = new CrawledStores([
  { sourceId: 'finance-db', platform: 'postgres', namespace: server, database: 'finance', ...everything },
  { sourceId: 'rentals-db', platform: 'postgres', namespace: server, database: 'rentals', include: [], exclude: ['*.tmp_*', 'staging.*'] },
  { sourceId: 'rentals-staging', platform: 'postgres', namespace: server, database: 'rentals', include: ['staging.*'], exclude: ['*.tmp_*'] },
  { sourceId: 'shop-db', platform: 'mysql', namespace: lineageNamespace('mysql', 'DB', undefined), database: 'shop', include: [], exclude: ['shop.audit_*'] },
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

  it('names a table of a database two sources declare as the first that keeps it does', () => {
    expect(stores.resolve('postgres://127.0.0.1:54329', 'rentals.staging.orders')).toEqual({
      urn: 'urn:polder:dataset:(postgres,rentals-staging,rentals.staging.orders)',
      provider: 'postgres:rentals-staging',
      properties: { name: 'orders', qualifiedName: 'rentals.staging.orders', platform: 'postgres', database: 'rentals', schema: 'staging' },
    });
  });

  it('says which sources leave out a table their include/exclude leave out, matched as the crawl matches it', () => {
    // postgres: `schema.table`, as the postgres crawler filters; mysql: `database.table`, as the mysql crawler does.
    expect(stores.resolve('postgres://127.0.0.1:54329', 'rentals.public.tmp_load')).toEqual({ leftOutBy: ['rentals-db', 'rentals-staging'] });
    expect(stores.resolve('postgres://127.0.0.1:54329', 'rentals.staging.tmp_load')).toEqual({ leftOutBy: ['rentals-db', 'rentals-staging'] });
    expect(stores.resolve('mysql://db:3306', 'shop.audit_log')).toEqual({ leftOutBy: ['shop-db'] });
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

describe('CrawledStores.storeOf', () => {
  it('is the store a dataset URN names a table of, as resolve names it', () => {
    expect(stores.storeOf(rentals('public.rental_order'))?.sourceId).toBe('rentals-db');
    expect(stores.storeOf('urn:polder:dataset:(mysql,shop-db,shop.orders)')?.sourceId).toBe('shop-db');
  });

  it('is undefined for a pushed dataset, another platform, an unknown source, another kind of URN or no URN', () => {
    for (const urn of [
      'urn:polder:dataset:(openlineage,postgres://127.0.0.1:54329,rentals.public.rental_order)',
      'urn:polder:dataset:(mysql,rentals-db,rentals.rental_order)',
      'urn:polder:dataset:(postgres,delivery-db,delivery.app.orders)',
      `urn:polder:field:(${rentals('public.rental_order')},order_number)`,
      'not a urn',
    ]) expect(stores.storeOf(urn), urn).toBeUndefined();
  });
});

describe('mapLineageEvents over crawled stores', () => {
  const tmpLoad = { namespace: 'postgres://127.0.0.1:54329', name: 'rentals.public.tmp_load' };
  const tmpLoadLeftOut =
    '"rentals.public.tmp_load" in namespace "postgres://127.0.0.1:54329" is left out: sources rentals-db, rentals-staging crawl its database but their include/exclude leave the table out of the catalog, so no lineage to or from it is written';
  const auditLeftOut =
    '"shop.audit_log" in namespace "mysql://db" is left out: source shop-db crawls its database but its include/exclude leave the table out of the catalog, so no lineage to or from it is written';
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
    const { delta, leftOut } = mapLineageEvents([event], stores);
    expect(leftOut).toEqual([]);
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

  it('describes the columns of a table the crawler has not read yet, as its crawler names them, and no more of it', () => {
    const report = finance('billing.report');
    const reportEvent: RunEvent = {
      ...event,
      outputs: [
        {
          namespace: 'postgres://127.0.0.1:54329',
          name: 'finance.billing.report',
          description: 'the crawl’s to say',
          fields: [{ name: 'order_number', type: 'text', description: 'As rented.' }, { name: 'amount', type: 'numeric' }],
          columnLineage: [{ field: 'order_number', inputFields: [{ namespace: 'postgres://127.0.0.1:54329', name: 'rentals.public.rental_order', field: 'order_number', transformations: [] }] }],
        },
      ],
    };
    const { delta } = mapLineageEvents([reportEvent], stores, new Set([report]));
    const column = (name: string) => `urn:polder:field:(${report},${name})`;
    // What the graph would be told of each node: per property, the winning fact.
    const told = (urn: string) => {
      const node = collapseDelta(delta).nodes.get(urn)!;
      return { provider: node.provider, properties: Object.fromEntries([...node.facts].map(([key, fact]) => [key, fact.value])) };
    };
    const placeholders = { position: 0, dataType: 'UNKNOWN', nullable: true, isPrimaryKey: false, isUnique: false };
    // Of the table, only what its name says: its description is the crawl's.
    expect(told(report)).toEqual({ provider: 'postgres:finance-db', properties: { name: 'report', qualifiedName: 'finance.billing.report', platform: 'postgres', database: 'finance', schema: 'billing' } });
    expect(told(column('order_number'))).toEqual({ provider: 'postgres:finance-db', properties: { ...placeholders, name: 'order_number', datasetUrn: report, position: 1, dataType: 'text', description: 'As rented.' } });
    expect(told(column('amount'))).toEqual({ provider: 'postgres:finance-db', properties: { ...placeholders, name: 'amount', datasetUrn: report, position: 2, dataType: 'numeric' } });
    // The placeholders only fill a gap: the event's own facts are at its time.
    expect(collapseDelta(delta).nodes.get(column('amount'))!.facts.get('dataType')!.version).toBe(event.version);
    // The crawled input is still only pointed at; the column lineage lands on the column the crawl will find.
    expect(delta.nodes.filter((node) => node.urn.includes('rental_order') && node.version !== '')).toEqual([]);
    expect(delta.edges.filter((edge) => edge.type === 'DERIVES_FROM' && edge.from.startsWith('urn:polder:field')).map(({ from, to }) => ({ from, to }))).toEqual([
      { from: column('order_number'), to: `urn:polder:field:(${rentals('public.rental_order')},order_number)` },
    ]);
  });

  it('writes no node of a table its source leaves out, nor any edge to or from it, and says why once', () => {
    const invoice = finance('billing.invoice');
    const order = rentals('public.rental_order');
    const leavingOut: RunEvent = {
      ...event,
      inputs: [event.inputs[0]!, { ...tmpLoad, fields: [{ name: 'order_number', type: 'TEXT' }] }],
      outputs: [
        {
          namespace: 'postgres://127.0.0.1:54329',
          name: 'finance.billing.invoice',
          columnLineage: [
            {
              field: 'source_reference',
              inputFields: [
                { ...tmpLoad, field: 'order_number', transformations: [] },
                { namespace: 'postgres://127.0.0.1:54329', name: 'rentals.public.rental_order', field: 'order_number', transformations: [] },
              ],
            },
          ],
        },
        // Its column lineage and assertions are its own, and left out with it.
        {
          namespace: 'mysql://db',
          name: 'shop.audit_log',
          columnLineage: [{ field: 'invoice', inputFields: [{ namespace: 'postgres://127.0.0.1:54329', name: 'finance.billing.invoice', field: 'invoice_id', transformations: [] }] }],
          assertions: [{ assertion: 'not_null', success: false }],
        },
      ],
    };
    const { delta, leftOut } = mapLineageEvents([leavingOut, { ...leavingOut, runId: 'r2' }], stores);
    expect(leftOut).toEqual([tmpLoadLeftOut, auditLeftOut]);
    expect([...new Set(delta.nodes.map((node) => node.urn))]).toEqual([
      'urn:polder:job:(finance-pipelines,load_rental_invoices)',
      'urn:polder:run:r1',
      order,
      invoice,
      `urn:polder:field:(${invoice},source_reference)`,
      `urn:polder:field:(${order},order_number)`,
      'urn:polder:run:r2',
    ]);
    expect(delta.edges.filter((edge) => edge.type !== 'HAS_FIELD' && edge.type !== 'RUN_OF').map(({ type, from, to }) => `${type} ${from} ${to}`)).toEqual(
      ['r1', 'r2'].flatMap(() => [
        `DERIVES_FROM urn:polder:field:(${invoice},source_reference) urn:polder:field:(${order},order_number)`,
        `READS urn:polder:job:(finance-pipelines,load_rental_invoices) ${order}`,
        `WRITES urn:polder:job:(finance-pipelines,load_rental_invoices) ${invoice}`,
        `DERIVES_FROM ${invoice} ${order}`,
      ]),
    );
  });

  it('keeps the job and run of an event whose every dataset is left out, with no dataset, and writes nothing of a dataset event about one', () => {
    const onlyLeftOut: RunEvent = { ...event, inputs: [tmpLoad], outputs: [{ namespace: 'mysql://db', name: 'shop.audit_log' }] };
    const { delta, leftOut } = mapLineageEvents([onlyLeftOut, { kind: 'DatasetEvent', eventTime: event.eventTime, version: event.version, dataset: { ...tmpLoad, description: 'Scratch.' } }], stores);
    expect(leftOut).toEqual([tmpLoadLeftOut, auditLeftOut]);
    expect(delta.nodes.map((node) => `${node.label} ${node.urn}`)).toEqual(['Job urn:polder:job:(finance-pipelines,load_rental_invoices)', 'Run urn:polder:run:r1', 'Run urn:polder:run:r1']);
    expect(delta.edges.map((edge) => `${edge.type} ${edge.from} ${edge.to}`)).toEqual(['RUN_OF urn:polder:run:r1 urn:polder:job:(finance-pipelines,load_rental_invoices)']);
  });
});
