/**
 * Quality and trust end to end, against real Neo4j through the HTTP API: checks
 * Polder runs on a real SQLite file write results; the trust outbox is drained by
 * a TrustScorer; the scores, their components and evidence, incidents and history
 * come back through GraphQL. Every expected score is computed by hand in a comment
 * (weights are the defaults: documentation 15, ownership 10, quality 20,
 * freshness 10, lineage 10, certification 10, usage 5, incidents 15, contract 5;
 * unknown components are left out of the sum).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource, retireUndeclaredChecks, runAndRecordChecks } from '@polder/crawlers';
import { AccountService, SearchIndexer, startApiServer, TrustScorer, type ApiServer } from '@polder/api';
import { trustConfigSchema, type CheckConfig, type SourceConfig } from '@polder/runtime';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';

const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'polder-trust-'));
const source: SourceConfig = { id: 'trust-sales', kind: 'sqlite', domain: 'trust-sales', path: join(dir, 'sales.db'), include: [], exclude: [] };
const dataset = (table: string) => `urn:polder:dataset:(sqlite,trust-sales,main.${table})`;
const ORDERS = dataset('orders');
const RAW = dataset('raw_events');
const SUMMARY = dataset('event_summary');
const PRODUCT = 'urn:polder:dataProduct:(trust-sales,event-facts)';
const ORDERS_CHECK = 'urn:polder:qualityCheck:(polder,trust-sales,orders-rows)';
const ADMIN = 'trust-admin';
const PASSWORD = 'a long enough password';
const common = { source: 'trust-sales', timeoutMs: 10_000 } as const;
const ordersRows = (min: number): CheckConfig => ({ ...common, id: 'orders-rows', dataset: 'orders', kind: 'rowCount', min });
const rawRows: CheckConfig = { ...common, id: 'raw-rows', dataset: 'raw_events', kind: 'rowCount', max: 0 };

const scorer = new TrustScorer(driver, { trust: trustConfigSchema.parse(undefined), logger: testLogger });
let api: ApiServer;
let session: string;

async function send(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session}` },
    body: JSON.stringify({ query, variables }),
  });
  return { response, body: (await response.json()) as GraphQLResponse };
}

async function post(query: string, variables: Record<string, unknown> = {}) {
  const { response, body } = await send(query, variables);
  expect(body.errors).toBeUndefined();
  return { queries: Number(response.headers.get('x-polder-graph-queries')), data: body.data as Record<string, any> };
}

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

const record = (checks: CheckConfig[]) => runAndRecordChecks(driver, checks, [source], { logger: testLogger });
const versionOf = async (urn: string) => Number((await rows<{ v: unknown }>(`MATCH (n:Entity {urn: $urn}) RETURN coalesce(n.editable_version, 0) AS v`, { urn }))[0]!.v);

const TRUST = `trust { score uncappedScore computedAt components { name value weight contribution evidence { kind urn description } } cap { urn score reason } }`;
const trustOf = async (urn: string) => (await post(`query ($urn: ID!) { entity(urn: $urn) { ... on Dataset { ${TRUST} } ... on DataProduct { ${TRUST} } } }`, { urn })).data.entity.trust;
const components = (trust: { components: Array<{ name: string; value: number | null; contribution: number }> }) =>
  Object.fromEntries(trust.components.map(({ name, value, contribution }) => [name, { value, contribution }]));

beforeAll(async () => {
  const db = new Database(source.path);
  db.exec(`CREATE TABLE orders (id INTEGER PRIMARY KEY, total NUMERIC, note TEXT, code TEXT);
           INSERT INTO orders VALUES (1, 10, NULL, 'a'), (2, 20, NULL, 'b'), (3, 30, 'late', 'c');
           CREATE TABLE raw_events (id INTEGER, payload TEXT);
           INSERT INTO raw_events VALUES (1, 'x');
           CREATE VIEW event_summary AS SELECT count(*) AS events FROM raw_events;`);
  db.close();
  await writeTestMesh(driver, source);
  await crawlSource(driver, source, { logger: testLogger });
  // What a richer source would have said: a description, two of four columns described, an owner.
  await driver.executeQuery(
    `MATCH (d:Dataset {urn: $orders}) SET d.description = 'Orders as booked.', d.owners = ['ada']
     WITH d MATCH (d)-[:HAS_FIELD]->(f:Field) WHERE f.name IN ['id', 'total'] SET f.description = 'Described.'`,
    { orders: ORDERS },
  );
  await record([ordersRows(1)]);
  await record([ordersRows(1), rawRows]);
  await new AccountService(driver).create({ username: ADMIN, roles: ['ADMIN'], password: PASSWORD });
  api = await startApiServer({ driver, meili: testMeili(), indexPrefix: 'test_trust_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 } }, { host: '127.0.0.1', port: 0 });
  const login = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation ($input: LoginInput!) { login(input: $input) { session } }`, variables: { input: { username: ADMIN, password: PASSWORD } } }),
  });
  session = ((await login.json()) as GraphQLResponse).data!.login.session;
  await scorer.drain();
});

afterAll(async () => {
  await api?.stop();
  const urns = [ORDERS, RAW, SUMMARY, PRODUCT];
  await driver.executeQuery(`MATCH (n:Entity) WHERE n.provider = $provider DETACH DELETE n`, { provider: 'check:trust-sales' });
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(n:Entity) WHERE n.urn IN $urns DETACH DELETE c`, { urns });
  await driver.executeQuery(`MATCH (h:TrustScore) WHERE h.subjectUrn IN $urns DELETE h`, { urns });
  await driver.executeQuery(`MATCH (o:TrustOutbox|IndexOutbox) WHERE o.urn IN $urns DELETE o`, { urns });
  await driver.executeQuery(`MATCH (p:DataProduct {urn: $urn}) DETACH DELETE p`, { urn: PRODUCT });
  await deleteCrawledData(driver, source);
  await driver.executeQuery(`MATCH (a:Account {username: $username}) OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`, { username: ADMIN });
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a dataset\'s trust score', () => {
  it('scores the hand-computed example with each component\'s value, weight, contribution and evidence', async () => {
    // documentation ½ + ½ × 2/4 = 0.75 × 15 = 11.25; ownership 1 × 10; quality 2 of 2 runs = 1 × 20;
    // lineage 1 × 10 (a source table); certification 0 × 10; incidents 1 × 15;
    // freshness, usage, contract unknown. 100 × 66.25 / 80 = 82.8 → 83.
    const trust = await trustOf(ORDERS);
    expect(trust.score).toBe(83);
    expect(components(trust)).toEqual({
      documentation: { value: 0.75, contribution: 14.06 },
      ownership: { value: 1, contribution: 12.5 },
      quality: { value: 1, contribution: 25 },
      freshness: { value: null, contribution: 0 },
      lineage: { value: 1, contribution: 12.5 },
      certification: { value: 0, contribution: 0 },
      usage: { value: null, contribution: 0 },
      incidents: { value: 1, contribution: 18.75 },
      contract: { value: null, contribution: 0 },
    });
    const evidence = Object.fromEntries(trust.components.map((c: { name: string; evidence: unknown[] }) => [c.name, c.evidence]));
    expect(evidence.documentation).toEqual([
      { kind: 'description', urn: ORDERS, description: 'has a description' },
      { kind: 'columns', urn: ORDERS, description: '2 of 4 columns described' },
      { kind: 'undescribedColumn', urn: `urn:polder:field:(${ORDERS},note)`, description: 'column note has no description' },
      { kind: 'undescribedColumn', urn: `urn:polder:field:(${ORDERS},code)`, description: 'column code has no description' },
    ]);
    expect(evidence.quality).toEqual([{ kind: 'check', urn: ORDERS_CHECK, description: 'orders-rows: 2 of 2 runs passed in 30 days' }]);
    expect(evidence.lineage).toEqual([{ kind: 'sourceTable', urn: ORDERS, description: 'a source table: data enters the mesh here' }]);
    expect(evidence.freshness).toEqual([{ kind: 'noFreshnessEvidence', urn: null, description: 'no freshness check or SLO' }]);
  });

  it('answers a dataset page in a fixed number of graph queries, however many datasets it lists', async () => {
    const page = (alias: string, urn: string) => `${alias}: dataset(urn: "${urn}") {
      name fields { name qualityChecks { name } }
      qualityChecks { name kind source column latestResult { outcome observedValue evaluatedAt } results(limit: 5) { outcome } }
      incidents(state: OPEN) { title state check { name } assets { urn } }
      ${TRUST} trustHistory(limit: 5) { score computedAt }
    }`;
    const one = await post(`{ ${page('a', RAW)} }`);
    const three = await post(`{ ${page('a', RAW)} ${page('b', ORDERS)} ${page('c', SUMMARY)} }`);
    expect(three.data.b.qualityChecks).toEqual([
      { name: 'orders-rows', kind: 'rowCount', source: 'POLDER', column: null, latestResult: { outcome: 'PASS', observedValue: 3, evaluatedAt: expect.any(String) }, results: [{ outcome: 'PASS' }, { outcome: 'PASS' }] },
    ]);
    // dataset, fields, the fields' checks, checks, latest results, results, incidents, their checks, their assets, history.
    expect(one.queries).toBe(10);
    expect(three.queries).toBe(one.queries);
    expect(one.data.a.incidents).toEqual([{ title: 'raw-rows is failing on raw_events', state: 'OPEN', check: { name: 'raw-rows' }, assets: [{ urn: RAW }] }]);
  });
});

describe('a failing check', () => {
  it('lowers the score and opens an incident that shows in the API', async () => {
    await record([ordersRows(100)]);
    await scorer.drain();
    // quality 2 of 3 runs passed → ⅔ × 20 = 13.33; incidents 1 − ½ = 0.5 × 15 = 7.5.
    // 100 × (11.25 + 10 + 13.33 + 10 + 0 + 7.5) / 80 = 65.1 → 65.
    const trust = await trustOf(ORDERS);
    expect(trust.score).toBe(65);
    expect(components(trust).quality).toEqual({ value: 0.6667, contribution: 16.67 });
    expect(trust.components.find((c: { name: string }) => c.name === 'incidents').evidence).toEqual([
      { kind: 'incident', urn: expect.stringMatching(/^urn:polder:incident:\(polder,trust-sales,orders-rows,/), description: 'open incident: orders-rows is failing on orders' },
    ]);
    const { data } = await post(`{
      dataset(urn: "${ORDERS}") { incidents(state: OPEN) { title state failureCount } qualityChecks { latestResult { outcome message } results(limit: 5) { outcome } } }
      incidents(input: { domain: "trust-sales", state: OPEN, limit: 10 }) { title assets { urn } }
    }`);
    expect(data.dataset.incidents).toEqual([{ title: 'orders-rows is failing on orders', state: 'OPEN', failureCount: 1 }]);
    expect(data.dataset.qualityChecks[0]).toEqual({ latestResult: { outcome: 'FAIL', message: '3 rows (expected at least 100)' }, results: [{ outcome: 'FAIL' }, { outcome: 'PASS' }, { outcome: 'PASS' }] });
    expect(data.incidents.map((incident: { title: string }) => incident.title).sort()).toEqual(['orders-rows is failing on orders', 'raw-rows is failing on raw_events']);
  });

  it('raises the score again once fixed, resolving the incident, and keeps the history', async () => {
    await record([ordersRows(1)]);
    await scorer.drain();
    // quality 3 of 4 → 0.75 × 20 = 15; incidents 1 × 15. 100 × 61.25 / 80 = 76.6 → 77.
    const { data } = await post(`{ dataset(urn: "${ORDERS}") { trust { score } trustHistory(limit: 5) { score previousScore } incidents { state resolvedAt resolution } } }`);
    expect(data.dataset.trust.score).toBe(77);
    expect(data.dataset.trustHistory).toEqual([
      { score: 77, previousScore: 65 },
      { score: 65, previousScore: 83 },
      { score: 83, previousScore: null },
    ]);
    expect(data.dataset.incidents).toEqual([{ state: 'RESOLVED', resolvedAt: expect.any(String), resolution: 'PASSED' }]);
  });

  it("pages a dataset's incidents, newest first, one window per dataset in one query", async () => {
    await record([ordersRows(100)]); // fails again: a second incident
    const incidents = (args: string) => `incidents${args ? `(${args})` : ''} { state }`;
    const { data, queries } = await post(`{
      orders: dataset(urn: "${ORDERS}") { all: ${incidents('')} first: ${incidents('limit: 1')} second: ${incidents('limit: 1, offset: 1')} past: ${incidents('offset: 2')} resolved: ${incidents('state: RESOLVED, limit: 1')} }
      raw: dataset(urn: "${RAW}") { first: ${incidents('limit: 1')} }
    }`);
    expect(data.orders).toEqual({
      all: [{ state: 'OPEN' }, { state: 'RESOLVED' }],
      first: [{ state: 'OPEN' }],
      second: [{ state: 'RESOLVED' }],
      past: [],
      resolved: [{ state: 'RESOLVED' }],
    });
    expect(data.raw.first).toEqual([{ state: 'OPEN' }]);
    // The dataset, then one query per page asked for: the two datasets' first pages are one.
    expect(queries).toBe(1 + 5);
    for (const [args, message] of [
      ['limit: 0', 'limit must be between 1 and 500'],
      ['limit: 501', 'limit must be between 1 and 500'],
      ['offset: -1', 'offset must be 0 or more'],
    ]) {
      const { body } = await send(`{ dataset(urn: "${ORDERS}") { ${incidents(args!)} } }`);
      expect(body.errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    }
    // The totals beside the pages: one query for both datasets, one per state asked for.
    const counted = await post(`{
      orders: dataset(urn: "${ORDERS}") { incidentCount open: incidentCount(state: OPEN) resolved: incidentCount(state: RESOLVED) }
      raw: dataset(urn: "${RAW}") { incidentCount }
    }`);
    expect(counted.data).toEqual({ orders: { incidentCount: 2, open: 1, resolved: 1 }, raw: { incidentCount: 1 } });
    expect(counted.queries).toBe(1 + 3);
    await record([ordersRows(1)]); // fixed again
    await scorer.drain();
  });
});

describe('a data product', () => {
  it('built on a failing upstream is capped by it', async () => {
    await driver.executeQuery(
      `MERGE (p:DataProduct:Entity {urn: $urn})
       SET p.id = 'event-facts', p.name = 'Event facts', p.description = 'Events, counted.', p.owners = ['bea'], p.status = 'ACTIVE', p.provider = 'test:trust'`,
      { urn: PRODUCT },
    );
    await post(`mutation ($input: SetOutputPortsInput!) { setOutputPorts(input: $input) { urn } }`, { input: { urn: PRODUCT, expectedVersion: 0, datasetUrns: [SUMMARY] } });
    await scorer.drain();
    // raw_events: documentation 0, ownership 0, quality 0 of 1 → 0, lineage 1 × 10, certification 0, incidents 0.5 × 15:
    //   100 × 17.5 / 80 = 21.9 → 22.
    // event_summary (a view on raw_events): lineage 1 × 10 and incidents 1 × 15 of 60 known → 41.7 → 42.
    // The product: documentation 15 + ownership 15 + certification 0 + incidents 10 + ports 0.42 × 50 = 21 → 61, capped at 22.
    expect((await trustOf(RAW)).score).toBe(22);
    expect((await trustOf(SUMMARY)).score).toBe(42);
    const trust = await trustOf(PRODUCT);
    expect(trust).toMatchObject({ score: 22, uncappedScore: 61, cap: { urn: RAW, score: 22, reason: 'capped by its weakest upstream, raw_events, which scores 22' } });
    expect(components(trust).outputPorts).toEqual({ value: 0.42, contribution: 21 });
  });
});

describe('certification', () => {
  it('is suspended, and audited, when the score falls below the threshold', async () => {
    await post(`mutation ($input: SetCertificationInput!) { setCertification(input: $input) { urn } }`, { input: { urn: RAW, expectedVersion: await versionOf(RAW), certified: true } });
    await scorer.drain();
    // Certified, raw_events scores 100 × 27.5 / 80 = 34 < 50: suspended, then scored again without it: 22.
    const { data } = await post(`{
      dataset(urn: "${RAW}") { trust { score } trustHistory(limit: 3) { score } certification { active suspended suspendedReason } }
      changes(input: { urn: "${RAW}" }) { actor action comment }
    }`);
    expect(data.dataset.certification).toEqual({ active: false, suspended: true, suspendedReason: expect.stringMatching(/^trust score 34 fell below the certification threshold of 50 \(at .+\)$/) });
    expect(data.dataset.trust.score).toBe(22);
    expect(data.dataset.trustHistory.map((entry: { score: number }) => entry.score)).toEqual([22, 34, 22]);
    expect(data.changes[0]).toEqual({ actor: 'polder-trust', action: 'suspendCertification', comment: 'trust score 34 fell below the certification threshold of 50' });
  });
});

describe('recomputing through the outbox', () => {
  it('follows an API edit: a description raises documentation completeness', async () => {
    await post(`mutation ($input: UpdateDescriptionInput!) { updateDescription(input: $input) { urn } }`, { input: { urn: RAW, expectedVersion: await versionOf(RAW), description: 'Events as they arrive.' } });
    expect(await rows(`MATCH (o:TrustOutbox {urn: $urn}) RETURN o.urn AS urn`, { urn: RAW })).toEqual([{ urn: RAW }]);
    await scorer.drain();
    // documentation ½ (described, 0 of 2 columns) × 15 = 7.5: 100 × 25 / 80 = 31.25 → 31.
    const trust = await trustOf(RAW);
    expect(trust.score).toBe(31);
    expect(components(trust).documentation).toEqual({ value: 0.5, contribution: 9.38 });
    // The new score re-queued the search document, which reads trustScore.
    expect(await rows(`MATCH (o:IndexOutbox {urn: $urn}) RETURN o.urn AS urn`, { urn: RAW })).toEqual([{ urn: RAW }]);
    // A search hit carries the score its page shows (a badge for the search page); a column has none.
    const indexer = new SearchIndexer(driver, testMeili(), { indexPrefix: 'test_trust_', logger: testLogger });
    await indexer.ensureIndex();
    await indexer.drain();
    const found = await post(`{ search(input: {query: "raw_events"}) { hits { urn type trustScore } } }`);
    expect(found.data.search.hits.find((hit: { urn: string }) => hit.urn === RAW)).toEqual({ urn: RAW, type: 'DATASET', trustScore: 31 });
    expect(found.data.search.hits.filter((hit: { type: string }) => hit.type === 'FIELD').map((hit: { trustScore: unknown }) => hit.trustScore)).toEqual(
      found.data.search.hits.filter((hit: { type: string }) => hit.type === 'FIELD').map(() => null),
    );
  });
});

describe('a check taken out of polder.yaml', () => {
  it('is retired when polder.yaml is read: its open incident resolves as CHECK_REMOVED, and the score counts neither', async () => {
    // raw-rows has failed on raw_events since the start, with an incident open; orders-rows is still declared.
    const retired = await retireUndeclaredChecks(driver, [ordersRows(1)]);
    expect(retired).toContain('urn:polder:qualityCheck:(polder,trust-sales,raw-rows)');
    expect(retired).not.toContain(ORDERS_CHECK);
    await scorer.drain();
    const { data } = await post(`{
      raw: dataset(urn: "${RAW}") { qualityChecks { name } incidents { state resolution } trust { score } }
      orders: dataset(urn: "${ORDERS}") { qualityChecks { name } }
    }`);
    // documentation 7.5, ownership 0, lineage 10, certification 0 (suspended), incidents 1 × 15; quality unknown now:
    //   100 × 32.5 / 60 = 54.2 → 54 (31 with the failing check).
    expect(data.raw).toEqual({ qualityChecks: [], incidents: [{ state: 'RESOLVED', resolution: 'CHECK_REMOVED' }], trust: { score: 54 } });
    expect(data.orders.qualityChecks).toEqual([{ name: 'orders-rows' }]);
    // Declared again, it is back on its next run.
    await record([rawRows]);
    expect((await post(`{ dataset(urn: "${RAW}") { qualityChecks { name } } }`)).data.dataset.qualityChecks).toEqual([{ name: 'raw-rows' }]);
  });
});
