/**
 * Which job made a lineage edge (`LineageEdge.job`), through the GraphQL API against real Neo4j. The
 * edges are written as production writes them: OpenLineage events ingested by the API's service, whose
 * runs put their job's URN on the DERIVES_FROM edges between their inputs and outputs, and on the
 * column edges of their column lineage facet. Beside them, edges a crawler would write from a view's
 * SQL (no job), one of them also reported by a run.
 *
 *   lej.raw.orders ──(load_sales)──────────► lej.mart.sales   (also a view of it: VIEW, no job)
 *         │  amount ──(load_sales)─────────► total
 *         ├──(load_ledger)─────────────────► lej.mart.report
 *         ├──(load_ledger)─────────────────► lej.secret.ledger (in a private domain)
 *         ├──(view SQL, no job)────────────► lej.mart.orders_view
 *         └──(fan_1 … fan_30)──────────────► lej.fan.out_1 … out_30   (a job each: the query budget)
 *   lej.mart.report.total ◄── lej.mart.sales.total   (column lineage pushed as a DatasetEvent: no run, no job)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphWriter, meshSnapshot } from '@polder/crawlers';
import { AccountService, OpenLineageService, startApiServer, type ApiServer } from '@polder/api';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';

const driver = testDriver();
const DATA = 'lej-data';
const JOBS = 'lej-jobs';
const PRIVATE_DOMAIN = 'lej-private';
/** What this file writes besides OpenLineage's providers: the views' edges and the private domain's link. */
const PROVIDER = 'test:lineage-edge-jobs';
const PROVIDERS = [`openlineage:${DATA}`, `openlineage:${JOBS}`, PROVIDER, `config:${PRIVATE_DOMAIN}`];
const ADMIN = 'lej-admin';
const PASSWORD = 'a long enough password';
const FAN_OUT = 30;

const ds = (name: string) => `urn:polder:dataset:(openlineage,${DATA},lej.${name})`;
const fd = (dataset: string, column: string) => `urn:polder:field:(${ds(dataset)},${column})`;
const job = (name: string) => `urn:polder:job:(${JOBS},${name})`;
const ORDERS = ds('raw.orders');
const SALES = ds('mart.sales');
const REPORT = ds('mart.report');
const LEDGER = ds('secret.ledger');
const VIEW = ds('mart.orders_view');

let api: ApiServer;
let adminSession: string;

type Json = Record<string, any>;
const at = (name: string, fields?: Json) => ({ namespace: DATA, name: `lej.${name}`, ...(fields ? { facets: fields } : {}) });
const PRODUCER = 'https://github.com/polder/polder/tree/main/test/lineageEdgeJobs.test.ts';

/** A completed run of `name`, reading `inputs` and writing `outputs`. */
function run(name: string, index: number, inputs: Json[], outputs: Json[]): Json {
  return {
    eventType: 'COMPLETE',
    eventTime: '2026-12-01T02:00:00.000Z',
    producer: PRODUCER,
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId: `8a1c7e2b-0000-4000-8000-${String(index).padStart(12, '0')}` },
    job: { namespace: JOBS, name },
    inputs,
    outputs,
  };
}

/** A column lineage facet: each output column from the input columns given as [dataset, column]. */
function columnLineage(fields: Record<string, Array<[string, string]>>): Json {
  return {
    columnLineage: {
      _producer: PRODUCER,
      _schemaURL: 'https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet',
      fields: Object.fromEntries(
        Object.entries(fields).map(([field, inputs]) => [
          field,
          { inputFields: inputs.map(([dataset, column]) => ({ namespace: DATA, name: `lej.${dataset}`, field: column, transformations: [{ type: 'DIRECT', subtype: 'IDENTITY' }] })) },
        ]),
      ),
    },
  };
}

async function as(session: string | null, query: string, variables: Json = {}): Promise<{ body: GraphQLResponse; queries: number }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { authorization: `Bearer ${session}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await response.json()) as GraphQLResponse, queries: Number(response.headers.get('x-polder-graph-queries')) };
}

const WALK = `query ($input: LineageInput!) { lineage(input: $input) { edges { from to transformation confidence job { urn name namespace } } } }`;
type Edge = { from: string; to: string; transformation: string | null; confidence: number | null; job: { urn: string; name: string; namespace: string } | null };

/** The edges of a walk as `session` sees them, by `from → to`. */
async function edgesOf(session: string | null, input: Json): Promise<Map<string, Edge>> {
  const { body } = await as(session, WALK, { input });
  expect(body.errors).toBeUndefined();
  return new Map((body.data!.lineage.edges as Edge[]).map((edge) => [`${edge.from} → ${edge.to}`, edge]));
}

async function deleteOurs(): Promise<void> {
  await driver.executeQuery(`MATCH (n:Entity) WHERE n.provider IN $providers OPTIONAL MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox {urn: n.urn}) DETACH DELETE o, n`, { providers: PROVIDERS });
  await driver.executeQuery(`MATCH (a:Account {username: $username}) OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`, { username: ADMIN });
}

beforeAll(async () => {
  await deleteOurs();
  const fans = Array.from({ length: FAN_OUT }, (_, index) => run(`fan_${index + 1}`, 100 + index, [at('raw.orders')], [at(`fan.out_${index + 1}`)]));
  const events = [
    run('load_sales', 1, [at('raw.orders')], [at('mart.sales', columnLineage({ total: [['raw.orders', 'amount']] }))]),
    run('load_ledger', 2, [at('raw.orders')], [at('mart.report'), at('secret.ledger')]),
    // Column lineage pushed without a run: nobody says which job moves it.
    {
      eventTime: '2026-12-01T02:00:00.000Z',
      producer: PRODUCER,
      schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/definitions/DatasetEvent',
      dataset: at('mart.report', columnLineage({ total: [['mart.sales', 'total']] })),
    },
    ...fans,
  ];
  const ingested = await new OpenLineageService(driver, undefined, testLogger).ingestBatch(events, 'platform');
  if (ingested.kind !== 'applied') throw new Error(JSON.stringify(ingested));

  // The ledger in a private domain: load_ledger, which writes it, is then hidden from outsiders.
  const snapshot = meshSnapshot({ domains: [{ id: PRIVATE_DOMAIN, name: 'Lej private', description: '', visibility: 'private' }], sources: [] });
  await new GraphWriter(driver).write({ ...snapshot, provider: `config:${PRIVATE_DOMAIN}` });
  // What a crawler writes for views: the edge from the view's SQL, with no job; the sales table is also a view of
  // the orders here, as sure as the run that loads it.
  await driver.executeQuery(
    `MATCH (orders:Dataset {urn: $orders}), (sales:Dataset {urn: $sales}), (ledger:Dataset {urn: $ledger}), (domain:Domain {id: $domain})
     MERGE (ledger)-[:IN_DOMAIN {provider: $provider}]->(domain)
     MERGE (sales)-[:DERIVES_FROM {provider: $provider, transformation: 'VIEW', confidence: 1.0}]->(orders)
     MERGE (view:Dataset:Entity {urn: $view}) SET view.name = 'orders_view', view.qualifiedName = 'lej.mart.orders_view', view.status = 'ACTIVE', view.provider = $provider
     MERGE (view)-[:DERIVES_FROM {provider: $provider, transformation: 'VIEW', confidence: 1.0}]->(orders)`,
    { orders: ORDERS, sales: SALES, ledger: LEDGER, view: VIEW, domain: PRIVATE_DOMAIN, provider: PROVIDER },
  );

  await new AccountService(driver).create({ username: ADMIN, roles: ['ADMIN'], password: PASSWORD });
  api = await startApiServer(
    { driver, meili: testMeili(), indexPrefix: 'test_lej_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 1000 }, access: { anonymousRead: true } },
    { host: '127.0.0.1', port: 0 },
  );
  const login = await as(null, `mutation ($input: LoginInput!) { login(input: $input) { session } }`, { input: { username: ADMIN, password: PASSWORD } });
  adminSession = login.body.data!.login.session;
});

afterAll(async () => {
  await api?.stop();
  await deleteOurs();
  await driver.close();
});

describe('LineageEdge.job', () => {
  it("names the job of the OpenLineage run that reported an edge, and none for a view's edge", async () => {
    const edges = await edgesOf(adminSession, { urn: ORDERS, direction: 'DOWNSTREAM', depth: 1 });
    expect(edges.get(`${ORDERS} → ${REPORT}`)).toEqual({ from: ORDERS, to: REPORT, transformation: 'JOB', confidence: 1, job: { urn: job('load_ledger'), name: 'load_ledger', namespace: JOBS } });
    expect(edges.get(`${ORDERS} → ${ds('fan.out_7')}`)?.job).toEqual({ urn: job('fan_7'), name: 'fan_7', namespace: JOBS });
    expect(edges.get(`${ORDERS} → ${VIEW}`)).toEqual({ from: ORDERS, to: VIEW, transformation: 'VIEW', confidence: 1, job: null });
  });

  it('gives, of two equally sure records of one edge, the one that names its job, with its transformation', async () => {
    // The view's edge and load_sales's both say sales is made from orders, both outright.
    const edges = await edgesOf(adminSession, { urn: SALES, direction: 'UPSTREAM', depth: 1 });
    expect(edges.get(`${ORDERS} → ${SALES}`)).toEqual({ from: ORDERS, to: SALES, transformation: 'JOB', confidence: 1, job: { urn: job('load_sales'), name: 'load_sales', namespace: JOBS } });
  });

  it("names the job of a run's column lineage, and none for column lineage pushed without a run", async () => {
    const edges = await edgesOf(adminSession, { urn: fd('mart.sales', 'total'), level: 'FIELD', direction: 'BOTH', depth: 1 });
    expect(edges.get(`${fd('raw.orders', 'amount')} → ${fd('mart.sales', 'total')}`)?.job).toEqual({ urn: job('load_sales'), name: 'load_sales', namespace: JOBS });
    const pushed = edges.get(`${fd('mart.sales', 'total')} → ${fd('mart.report', 'total')}`);
    expect(pushed).toMatchObject({ transformation: 'DIRECT/IDENTITY', job: null });
  });

  it('hides a job that writes a dataset hidden from the caller, as job(urn:) does, and keeps the edge', async () => {
    const input = { urn: ORDERS, direction: 'DOWNSTREAM', depth: 1 };
    const outsider = await edgesOf(null, input);
    // The edge between the two datasets the outsider may see stays, without the job that also loads the private ledger.
    expect(outsider.get(`${ORDERS} → ${REPORT}`)).toEqual({ from: ORDERS, to: REPORT, transformation: 'JOB', confidence: 1, job: null });
    expect(outsider.has(`${ORDERS} → ${LEDGER}`)).toBe(false);
    expect((await as(null, `{ job(urn: "${job('load_ledger')}") { urn } }`)).body.data!.job).toBeNull();
    // A job that writes nothing hidden is named to everyone.
    expect(outsider.get(`${ORDERS} → ${SALES}`)?.job?.urn).toBe(job('load_sales'));
    const admin = await edgesOf(adminSession, input);
    expect(admin.get(`${ORDERS} → ${LEDGER}`)?.job?.urn).toBe(job('load_ledger'));
  });

  it('costs one query more for the jobs of every edge, however many edges the walk returns, and none when not asked', async () => {
    const cost = async (selection: string, limit: number) => {
      const { body, queries } = await as(adminSession, `query ($input: LineageInput!) { lineage(input: $input) { edges { ${selection} } } }`, {
        input: { urn: ORDERS, direction: 'DOWNSTREAM', depth: 1, limit },
      });
      expect(body.errors).toBeUndefined();
      const edges = body.data!.lineage.edges as Array<{ job?: { name: string } | null }>;
      return { queries, edges: edges.length, jobs: new Set(edges.map((edge) => edge.job?.name).filter(Boolean)).size };
    };
    const few = await cost('from to job { urn name }', 3);
    const many = await cost('from to job { urn name }', FAN_OUT + 5);
    expect(many.edges).toBe(FAN_OUT + 4);
    expect(many.jobs).toBe(FAN_OUT + 2);
    expect(many.queries).toBe(few.queries);
    expect(many.queries).toBe((await cost('from to', FAN_OUT + 5)).queries + 1);
    expect((await cost('from to transformation', FAN_OUT + 5)).queries).toBe(many.queries - 1);
  });
});
