/**
 * Domains and data products end to end: the demo mesh (its three PostgreSQL
 * databases and its ODCS contracts, test/support/demoProductsMesh.ts) crawled
 * into real Neo4j, the contract linker matching each contract's schema objects
 * with the crawled tables, and the GraphQL API serving domains, products, their
 * output and input ports, SLAs and contract status, with reading refused
 * without credentials and one query per level whatever the number of products.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountService, loadSearchDocuments, startApiServer, TrustScorer, type ApiServer } from '@polder/api';
import { CONTRACT_LINK_PROVIDER, linkContractDatasets } from '@polder/crawlers';
import { trustConfigSchema } from '@polder/runtime';
import { DEMO_DOMAINS, loadDemoProductsMesh, type DemoDomain, type DemoProductsMesh } from './support/demoProductsMesh.ts';
import { runSql } from './support/loadPagila.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';

const services = testServices();
const driver = testDriver();
const PREFIX = 'dp';
const PASSWORD = 'a long enough password';
const VIEWER = 'dp-viewer';
const RENTALS_OWNER = 'dp-rentals-owner';
let mesh: DemoProductsMesh;
let api: ApiServer;
const sessions: Record<string, string> = {};

async function post(query: string, variables: Record<string, unknown> = {}, as: string | null = VIEWER) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(as ? { authorization: `Bearer ${sessions[as]}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { queries: Number(response.headers.get('x-polder-graph-queries')), body: (await response.json()) as GraphQLResponse };
}

/** The data of a query that must succeed. */
async function data(query: string, variables: Record<string, unknown> = {}, as: string | null = VIEWER): Promise<Record<string, any>> {
  const { body } = await post(query, variables, as);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

/** The contract linker's edges out of this file's products and contract datasets. */
const links = () =>
  rows<{ type: string; from: string; to: string }>(
    `MATCH (a:Entity)-[r:DESCRIBES|EXPOSES {provider: $provider}]->(b:Dataset) WHERE b.urn IN $tables
     RETURN type(r) AS type, a.urn AS from, b.urn AS to ORDER BY type, from, to`,
    { provider: CONTRACT_LINK_PROVIDER, tables: allTables() },
  );

/** What each demo contract declares: its schema objects, as the `schema.table` of the demo database they describe. */
const CONTRACT_OBJECTS: Record<DemoDomain, Record<string, string[]>> = {
  rentals: { 'rental-orders': ['public.rental_order', 'public.rental_charge'], 'rental-revenue': ['reporting.rental_order_revenue', 'reporting.branch_monthly_revenue'] },
  finance: {
    'invoices-and-payments': ['billing.invoice', 'billing.invoice_line', 'billing.payment', 'billing.payment_allocation'],
    receivables: ['reporting.open_receivable', 'reporting.receivables_aging'],
  },
  delivery: { deliveries: ['ops.deliveries', 'ops.delivery_events', 'ops.delivery_ratings'], 'courier-performance': ['analytics.courier_performance'] },
};
const contractObjects = () =>
  DEMO_DOMAINS.flatMap((domain) => Object.entries(CONTRACT_OBJECTS[domain]).flatMap(([contract, locals]) => locals.map((local) => ({ domain, contract, local }))));
const allTables = () => contractObjects().map(({ domain, local }) => mesh.table(domain, local));

beforeAll(async () => {
  mesh = await loadDemoProductsMesh(driver, services.postgres, PREFIX);
  const accounts = new AccountService(driver);
  await accounts.create({ username: VIEWER, password: PASSWORD, roles: ['VIEWER'] });
  await accounts.create({ username: RENTALS_OWNER, password: PASSWORD, roles: ['DOMAIN_OWNER'], domains: [mesh.domainId('rentals')] });
  api = await startApiServer(
    { driver, meili: testMeili(), indexPrefix: 'test_dp_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: false } },
    { host: '127.0.0.1', port: 0 },
  );
  for (const username of [VIEWER, RENTALS_OWNER]) {
    const login = await post(`mutation ($input: LoginInput!) { login(input: $input) { session } }`, { input: { username, password: PASSWORD } }, null);
    sessions[username] = login.body.data!.login.session;
  }
}, 120_000);

afterAll(async () => {
  await api?.stop();
  const left = await mesh?.remove();
  await driver.executeQuery(
    `MATCH (a:Account) WHERE a.username IN $usernames OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`,
    { usernames: [VIEWER, RENTALS_OWNER] },
  );
  await driver.close();
  expect(left, 'left behind by this file').toEqual({ entities: 0, outbox: 0, runs: 0 });
});

describe('the contract linker', () => {
  it('links every schema object of the demo contracts with the crawled table it describes, whichever was crawled first', async () => {
    const expected = contractObjects().flatMap(({ domain, contract, local }) => {
      const table = mesh.table(domain, local);
      return [
        { type: 'DESCRIBES', from: mesh.promise(domain, contract, local.split('.')[1]!), to: table },
        { type: 'EXPOSES', from: mesh.product(domain, contract), to: table },
      ];
    });
    const sort = (list: Array<{ type: string; from: string; to: string }>) => [...list].sort((a, b) => `${a.type}${a.from}${a.to}`.localeCompare(`${b.type}${b.from}${b.to}`));
    expect(sort(await links())).toEqual(sort(expected));
    expect(expected).toHaveLength(28); // 14 schema objects, two edges each
  });

  it('unlinks a table that is gone at the next crawl, and links it again when it is back', async () => {
    const ratings = mesh.table('delivery', 'ops.delivery_ratings');
    const source = mesh.databaseSource('delivery');
    const database = mesh.database('delivery');
    const linksOf = async () => (await links()).filter((link) => link.to === ratings).map((link) => link.type);
    const promise = mesh.promise('delivery', 'deliveries', 'delivery_ratings');
    const searched = async () => (await loadSearchDocuments(driver, [promise, ratings])).documents.map((document) => document.urn);
    expect(await linksOf()).toEqual(['DESCRIBES', 'EXPOSES']);
    // Linked, the promise has no search document of its own: the table is the hit.
    expect(await searched()).toEqual([ratings]);
    await runSql(services.postgres, database, 'ALTER TABLE ops.delivery_ratings RENAME TO delivery_ratings_old');
    try {
      await mesh.crawl(source);
      expect(await linksOf()).toEqual([]);
      // Unlinked, the promise is searchable again, and queued so that the index learns it.
      expect(await searched()).toEqual([promise]);
      expect(await rows(`MATCH (o:IndexOutbox {urn: $urn}) RETURN o.urn AS urn`, { urn: promise })).toHaveLength(1);
      // The product is queued for search and trust again: its output ports changed.
      const queued = await rows(`MATCH (o:TrustOutbox|IndexOutbox {urn: $urn}) RETURN labels(o) AS labels`, { urn: mesh.product('delivery', 'deliveries') });
      expect(queued.length).toBe(2);
    } finally {
      await runSql(services.postgres, database, 'ALTER TABLE ops.delivery_ratings_old RENAME TO delivery_ratings');
    }
    await mesh.crawl(source);
    expect(await linksOf()).toEqual(['DESCRIBES', 'EXPOSES']);
  });

  it('changes nothing when run again', async () => {
    const before = await links();
    expect(await linkContractDatasets(driver)).toMatchObject({ added: 0, removed: 0 });
    expect(await links()).toEqual(before);
  });
});

describe('domains', () => {
  const DOMAINS = `{ domains { urn id name dataProductCount datasetCount sourceCount dataProducts { urn name contractStatus } } }`;

  it('lists every domain with its products and counts', async () => {
    const { domains } = await data(DOMAINS);
    const mine = domains.filter((domain: { id: string }) => domain.id.startsWith(`${PREFIX}-`));
    expect(mine).toEqual([
      {
        urn: `urn:polder:domain:${mesh.domainId('delivery')}`,
        id: mesh.domainId('delivery'),
        name: `${PREFIX} delivery`,
        dataProductCount: 2,
        // demo/delivery.sql: 8 tables, 4 partitions, 6 views, 1 materialized view.
        datasetCount: 19,
        sourceCount: 2,
        dataProducts: [
          { urn: mesh.product('delivery', 'courier-performance'), name: 'Courier performance', contractStatus: 'draft' },
          { urn: mesh.product('delivery', 'deliveries'), name: 'Deliveries', contractStatus: 'active' },
        ],
      },
      {
        urn: `urn:polder:domain:${mesh.domainId('finance')}`,
        id: mesh.domainId('finance'),
        name: `${PREFIX} finance`,
        dataProductCount: 2,
        // demo/finance.sql: 9 tables, 5 views, 1 materialized view.
        datasetCount: 15,
        sourceCount: 2,
        dataProducts: [
          { urn: mesh.product('finance', 'invoices-and-payments'), name: 'Invoices & payments', contractStatus: 'active' },
          { urn: mesh.product('finance', 'receivables'), name: 'Receivables', contractStatus: 'active' },
        ],
      },
      {
        urn: `urn:polder:domain:${mesh.domainId('rentals')}`,
        id: mesh.domainId('rentals'),
        name: `${PREFIX} rentals`,
        dataProductCount: 2,
        // demo/rentals.sql: 8 tables, 5 views, 1 materialized view.
        datasetCount: 14,
        sourceCount: 2,
        dataProducts: [
          { urn: mesh.product('rentals', 'rental-orders'), name: 'Rental orders', contractStatus: 'active' },
          { urn: mesh.product('rentals', 'rental-revenue'), name: 'Rental revenue', contractStatus: 'active' },
        ],
      },
    ]);
    const [counted] = await rows<{ datasets: number }>(
      `MATCH (:Domain {id: $domain})<-[:IN_DOMAIN]-(d:Dataset {status: 'ACTIVE'}) WHERE d.platform = 'postgres' RETURN count(d) AS datasets`,
      { domain: mesh.domainId('delivery') },
    );
    expect(counted!.datasets).toBe(19);
  });

  it('costs the same number of queries for every domain as for one', async () => {
    const NESTED = `dataProducts { name domain { id } outputPorts { name dataProducts { name } describedBy { urn } } inputPorts { dataset { name } } sla { freshnessSloSeconds } }
                    datasetCount dataProductCount sourceCount`;
    const all = await post(`{ domains { ${NESTED} } }`);
    const one = await post(`query ($urn: ID!) { domain(urn: $urn) { ${NESTED} } }`, { urn: `urn:polder:domain:${mesh.domainId('rentals')}` });
    expect(all.body.errors).toBeUndefined();
    expect(one.body.errors).toBeUndefined();
    expect(all.body.data!.domains.length).toBeGreaterThanOrEqual(3);
    // domains | products, counts | outputPorts, inputPorts, domain | dataProducts + describedBy of the ports.
    expect(all.queries).toBe(7);
    expect(one.queries).toBe(all.queries);
  });

  it('refuses to list domains to a caller without credentials', async () => {
    const { body } = await post(`{ domains { urn } }`, {}, null);
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(body.data ?? null).toBeNull();
  });
});

describe('a data product', () => {
  const PRODUCT = `query ($urn: ID!) {
    dataProduct(urn: $urn) {
      urn name description usage limitations team owners { name type edited } contractStatus contractVersion tags viewerCanEdit
      domain { id }
      sla { freshnessSloSeconds freshnessSloElement entries { key value } }
      outputPorts { urn platform qualifiedName dataProducts { urn } describes { urn } describedBy { urn } }
      inputPorts { declared dataset { urn dataProducts { urn } domain { id } } feeds { urn } }
    }
  }`;

  it('says who answers for it, its contract status and version, and its SLA', async () => {
    const { dataProduct } = await data(PRODUCT, { urn: mesh.product('rentals', 'rental-orders') });
    expect(dataProduct).toMatchObject({
      name: 'Rental orders',
      description: expect.stringContaining('Every rental order'),
      usage: expect.stringContaining('Invoicing'),
      limitations: expect.stringContaining('7 years'),
      team: 'Rentals order desk',
      owners: [
        { name: 'sanne.devries', type: 'TECHNICAL_OWNER', edited: false },
        { name: 'joost.bakker', type: 'TECHNICAL_OWNER', edited: false },
      ],
      contractStatus: 'active',
      contractVersion: '2.1.0',
      tags: ['rentals', 'orders', 'revenue'],
      domain: { id: mesh.domainId('rentals') },
      viewerCanEdit: false,
    });
    expect(dataProduct.sla).toEqual({
      freshnessSloSeconds: 86_400,
      freshnessSloElement: 'rental_order.booked_at',
      entries: [
        { key: 'frequency.unit', value: 'min' },
        { key: 'frequency.value', value: '30' },
        { key: 'latency.description', value: 'A booking is in the product at most a day after it was made.' },
        { key: 'latency.element', value: 'rental_order.booked_at' },
        { key: 'latency.unit', value: 'd' },
        { key: 'latency.value', value: '1' },
        { key: 'retention.element', value: 'rental_order.booked_at' },
        { key: 'retention.unit', value: 'y' },
        { key: 'retention.value', value: '7' },
        { key: 'timeOfAvailability.operational.description', value: 'The previous day is complete by 06:00 Amsterdam time.' },
        { key: 'timeOfAvailability.operational.value', value: '06:00' },
      ],
    });
  });

  it('says when its contract declares no freshness objective', async () => {
    const { dataProduct } = await data(PRODUCT, { urn: mesh.product('delivery', 'courier-performance') });
    expect(dataProduct.sla.freshnessSloSeconds).toBeNull();
    expect(dataProduct.sla.entries).toEqual([
      { key: 'frequency.description', value: 'Reviewed weekly.' },
      { key: 'frequency.unit', value: 'w' },
      { key: 'frequency.value', value: '1' },
    ]);
  });

  it('exposes the crawled tables first, each described by the contract object that promises it', async () => {
    const { dataProduct } = await data(PRODUCT, { urn: mesh.product('rentals', 'rental-orders') });
    const product = [{ urn: mesh.product('rentals', 'rental-orders') }];
    const crawled = (local: string, object: string) => ({
      urn: mesh.table('rentals', local),
      platform: 'postgres',
      qualifiedName: `${mesh.database('rentals')}.${local}`,
      dataProducts: product,
      describes: [],
      describedBy: [{ urn: mesh.promise('rentals', 'rental-orders', object) }],
    });
    const promised = (object: string, local: string) => ({
      urn: mesh.promise('rentals', 'rental-orders', object),
      platform: 'contract',
      qualifiedName: object,
      dataProducts: product,
      describes: [{ urn: mesh.table('rentals', local) }],
      describedBy: [],
    });
    expect(dataProduct.outputPorts).toEqual([
      crawled('public.rental_charge', 'rental_charge'),
      crawled('public.rental_order', 'rental_order'),
      promised('rental_charge', 'public.rental_charge'),
      promised('rental_order', 'public.rental_order'),
    ]);
  });

  it('finds its input ports in the products its output ports derive from, through its domain\'s internal views', async () => {
    const revenue = await data(PRODUCT, { urn: mesh.product('rentals', 'rental-revenue') });
    const orders = [{ urn: mesh.product('rentals', 'rental-orders') }];
    expect(revenue.dataProduct.inputPorts).toEqual([
      {
        declared: false,
        dataset: { urn: mesh.table('rentals', 'public.rental_charge'), dataProducts: orders, domain: { id: mesh.domainId('rentals') } },
        // branch_monthly_revenue derives from it through rental_order_revenue, one of the product's own ports.
        feeds: [{ urn: mesh.table('rentals', 'reporting.branch_monthly_revenue') }, { urn: mesh.table('rentals', 'reporting.rental_order_revenue') }],
      },
      {
        declared: false,
        dataset: { urn: mesh.table('rentals', 'public.rental_order'), dataProducts: orders, domain: { id: mesh.domainId('rentals') } },
        // branch_monthly_revenue derives from it through rental_order_revenue, one of the product's own ports.
        feeds: [{ urn: mesh.table('rentals', 'reporting.branch_monthly_revenue') }, { urn: mesh.table('rentals', 'reporting.rental_order_revenue') }],
      },
    ]);
    // courier_performance ← order_fulfilment (internal) ← ops.deliveries (Deliveries); ← ops.delivery_ratings (Deliveries);
    // ops.couriers and app.orders belong to no product: internal to the domain, not input ports.
    const couriers = await data(PRODUCT, { urn: mesh.product('delivery', 'courier-performance') });
    expect(couriers.dataProduct.inputPorts.map((port: { dataset: { urn: string } }) => port.dataset.urn)).toEqual([
      mesh.table('delivery', 'ops.deliveries'),
      mesh.table('delivery', 'ops.delivery_ratings'),
    ]);
    const receivables = await data(PRODUCT, { urn: mesh.product('finance', 'receivables') });
    expect(receivables.dataProduct.inputPorts.map((port: { dataset: { urn: string }; feeds: Array<{ urn: string }> }) => [port.dataset.urn, port.feeds.map((feed) => feed.urn)])).toEqual(
      ['billing.invoice', 'billing.invoice_line', 'billing.payment', 'billing.payment_allocation'].map((local) => [
        mesh.table('finance', local),
        // open_receivable ← invoice_balance (internal) ← billing.*; receivables_aging one hop further, through open_receivable.
        [mesh.table('finance', 'reporting.open_receivable'), mesh.table('finance', 'reporting.receivables_aging')],
      ]),
    );
  });

  it('lists a declared input port of another domain', async () => {
    const receivables = mesh.product('finance', 'receivables');
    const rentalOrder = mesh.table('rentals', 'public.rental_order');
    await driver.executeQuery(`MATCH (p:DataProduct {urn: $product}), (d:Dataset {urn: $dataset}) MERGE (p)-[:CONSUMES {provider: 'person'}]->(d)`, {
      product: receivables,
      dataset: rentalOrder,
    });
    try {
      const { dataProduct } = await data(PRODUCT, { urn: receivables });
      expect(dataProduct.inputPorts.find((port: { dataset: { urn: string } }) => port.dataset.urn === rentalOrder)).toEqual({
        declared: true,
        dataset: { urn: rentalOrder, dataProducts: [{ urn: mesh.product('rentals', 'rental-orders') }], domain: { id: mesh.domainId('rentals') } },
        feeds: [],
      });
    } finally {
      await driver.executeQuery(`MATCH (:DataProduct {urn: $product})-[r:CONSUMES]->() DELETE r`, { product: receivables });
    }
  });

  it('tells a domain owner they may edit the products of their domain, and no other', async () => {
    const own = await data(`query ($urn: ID!) { dataProduct(urn: $urn) { viewerCanEdit } }`, { urn: mesh.product('rentals', 'rental-revenue') }, RENTALS_OWNER);
    const other = await data(`query ($urn: ID!) { dataProduct(urn: $urn) { viewerCanEdit } }`, { urn: mesh.product('finance', 'receivables') }, RENTALS_OWNER);
    expect([own.dataProduct.viewerCanEdit, other.dataProduct.viewerCanEdit]).toEqual([true, false]);
  });

  it('is scored with the crawled tables it exposes among its output ports', async () => {
    await new TrustScorer(driver, { trust: trustConfigSchema.parse(undefined), logger: testLogger }).drain();
    const { dataProduct } = await data(
      `query ($urn: ID!) { dataProduct(urn: $urn) { trust { score components { name evidence { urn } } } } }`,
      { urn: mesh.product('rentals', 'rental-orders') },
    );
    const outputPorts = dataProduct.trust.components.find((component: { name: string }) => component.name === 'outputPorts');
    // The crawled tables, and not the contract objects describing them: a promise is no port of its own.
    expect(outputPorts.evidence.map((evidence: { urn: string }) => evidence.urn).sort()).toEqual([mesh.table('rentals', 'public.rental_charge'), mesh.table('rentals', 'public.rental_order')].sort());
  });

  it('lists the products a dataset belongs to', async () => {
    const { dataset } = await data(`query ($urn: ID!) { dataset(urn: $urn) { dataProducts { urn name } } }`, { urn: mesh.table('rentals', 'reporting.rental_order_revenue') });
    expect(dataset.dataProducts).toEqual([{ urn: mesh.product('rentals', 'rental-revenue'), name: 'Rental revenue' }]);
    const internal = await data(`query ($urn: ID!) { dataset(urn: $urn) { dataProducts { urn } } }`, { urn: mesh.table('rentals', 'public.customer') });
    expect(internal.dataset.dataProducts).toEqual([]);
  });
});
