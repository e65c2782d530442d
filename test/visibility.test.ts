/**
 * Private domains end to end, against real Neo4j and Meilisearch through the HTTP API: a private
 * domain's datasets, columns and jobs are seen by its members, the council and admins only, as if they
 * did not exist for anyone else (search hits, facet counts, suggestions, did-you-mean, look-ups,
 * lineage of datasets and of columns, impact, a term's carriers, edits, trust evidence, sources and their runs, audit entries,
 * policy dry runs); its data product's output port stays visible to all.
 *
 *   vis-mesh (mesh)        orders ─┐                      ┌─► order_report
 *                                  └─► ledger_confidential ┘        (DERIVES_FROM, left to right)
 *   vis-private (private)            ledger_confidential (hidden), ledger_summary (output port of "Ledger product")
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource, GraphWriter, meshSnapshot } from '@polder/crawlers';
import { AccountService, applyPolicySet, PolicyEvaluator, SearchIndexer, startApiServer, TrustScorer, type ApiServer } from '@polder/api';
import { parsePolicySet, trustConfigSchema, type SourceConfig } from '@polder/runtime';
import { GraphReader } from '../api/src/graph/GraphReader.ts';
import { DatasetService } from '../api/src/modules/dataset/dataset.service.ts';
import { deleteCrawledData } from './support/crawlFixture.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';

const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_visibility_';
const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
const dir = mkdtempSync(join(tmpdir(), 'polder-visibility-'));
const files = { mesh: join(dir, 'mesh.db'), private: join(dir, 'private.db') };
const sources: SourceConfig[] = [
  { id: 'vis-mesh', kind: 'sqlite', domain: 'vis-mesh', path: files.mesh, include: [], exclude: [] },
  { id: 'vis-private', kind: 'sqlite', domain: 'vis-private', path: files.private, include: [], exclude: [] },
];
const dataset = (source: string, table: string) => `urn:polder:dataset:(sqlite,${source},main.${table})`;
const ORDERS = dataset('vis-mesh', 'orders');
const REPORT = dataset('vis-mesh', 'order_report');
const HIDDEN = dataset('vis-private', 'ledger_confidential');
const HIDDEN_FIELD = `urn:polder:field:(${HIDDEN},amount)`;
const ORDERS_AMOUNT = `urn:polder:field:(${ORDERS},amount)`;
const REPORT_TOTAL = `urn:polder:field:(${REPORT},total)`;
const PORT = dataset('vis-private', 'ledger_summary');
const MISSING = dataset('vis-private', 'no_such_table');
const PRODUCT = 'urn:polder:dataProduct:(vis-private,ledger)';
const MESH_PRODUCT = 'urn:polder:dataProduct:(vis-mesh,orders)';
const PRIVATE_TERM = 'urn:polder:glossaryTerm:(vis-private,ledger-entry)';
const JOB = 'urn:polder:job:(visibility-test,load_ledger)';
const TERM = 'urn:polder:glossaryTerm:visibility-test-entry';
const PRIVATE_SOURCE = 'urn:polder:source:vis-private';
const SOURCE_CHANGE = 'urn:polder:change:visibility-test-crawl';
const PASSWORD = 'a long enough password';
const ACCOUNTS = [
  { username: 'vis-admin', roles: ['ADMIN'] },
  { username: 'vis-council', roles: ['COUNCIL'] },
  { username: 'vis-viewer', roles: ['VIEWER'] },
  { username: 'vis-member', roles: ['VIEWER'], domains: ['vis-private'] },
  { username: 'vis-mesh-owner', roles: ['DOMAIN_OWNER'], domains: ['vis-mesh'] },
  { username: 'vis-steward', roles: ['STEWARD'] },
];
let api: ApiServer;
const sessions: Record<string, string> = {};

type Caller = 'anonymous' | 'vis-viewer' | 'vis-mesh-owner' | 'vis-steward' | 'vis-member' | 'vis-council' | 'vis-admin';
const OUTSIDERS: Caller[] = ['anonymous', 'vis-viewer', 'vis-mesh-owner'];
const INSIDERS: Caller[] = ['vis-member', 'vis-council', 'vis-admin'];

async function as(caller: Caller, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  const secret = caller === 'anonymous' ? undefined : sessions[caller];
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

/** Makes `datasetUrns` the output ports of "Ledger product", as an admin. */
async function setPorts(datasetUrns: string[]): Promise<void> {
  const { data } = await as('vis-admin', `{ dataProduct(urn: "${PRODUCT}") { version } }`);
  const set = await as('vis-admin', `mutation ($input: SetOutputPortsInput!) { setOutputPorts(input: $input) { urn } }`, {
    input: { urn: PRODUCT, expectedVersion: data!.dataProduct.version, datasetUrns },
  });
  expect(set.errors).toBeUndefined();
}

const SEARCH = `query ($input: SearchInput!) { search(input: $input) { total hits { urn } facets { field values { value count } } didYouMean } }`;
// Only this file's assets: other files' leftovers may share the outbox this file's indexer drains.
const OURS = [{ and: [{ field: 'domain', values: ['Vis mesh', 'Vis private'] }] }];

function facet(result: { facets: Array<{ field: string; values: Array<{ value: string; count: number }> }> }, field: string): Record<string, number> {
  return Object.fromEntries(result.facets.find((candidate) => candidate.field === field)!.values.map(({ value, count }) => [value, count]));
}

beforeAll(async () => {
  const mesh = new Database(files.mesh);
  mesh.exec(`CREATE TABLE orders (order_id INTEGER PRIMARY KEY, amount NUMERIC); CREATE TABLE order_report (day TEXT, total NUMERIC);`);
  mesh.close();
  const hidden = new Database(files.private);
  hidden.exec(`CREATE TABLE ledger_confidential (entry_id INTEGER PRIMARY KEY, amount NUMERIC); CREATE TABLE ledger_summary (day TEXT, balance NUMERIC);`);
  hidden.close();
  for (const source of sources) {
    const snapshot = meshSnapshot({
      domains: [{ id: source.domain, name: source.domain === 'vis-mesh' ? 'Vis mesh' : 'Vis private', description: '', visibility: source.domain === 'vis-mesh' ? undefined : 'private' }],
      sources: [source],
    });
    await new GraphWriter(driver).write({ ...snapshot, provider: `config:${source.id}` });
    await crawlSource(driver, source, { logger: testLogger });
  }
  await driver.executeQuery(
    `MATCH (orders:Dataset {urn: $orders}), (hidden:Dataset {urn: $hidden}), (report:Dataset {urn: $report}), (port:Dataset {urn: $port}), (domain:Domain {id: 'vis-private'})
     SET orders.editable_tags = ['vispublic'], hidden.editable_tags = ['vissecret']
     MERGE (hidden)-[:DERIVES_FROM {provider: 'test:visibility'}]->(orders)
     MERGE (report)-[:DERIVES_FROM {provider: 'test:visibility'}]->(hidden)
     MERGE (t:GlossaryTerm:Entity {urn: $term}) SET t.name = 'Visentry', t.termStatus = 'APPROVED', t.status = 'ACTIVE', t.glossary = 'enterprise'
     MERGE (orders)-[:MEANS {provider: 'test:visibility'}]->(t)
     MERGE (hidden)-[:MEANS {provider: 'test:visibility'}]->(t)
     MERGE (j:Job:Entity {urn: $job}) SET j.name = 'load_ledger', j.namespace = 'visibility-test', j.status = 'ACTIVE'
     MERGE (j)-[:READS]->(orders)
     MERGE (j)-[:WRITES]->(hidden)
     MERGE (p:DataProduct:Entity {urn: $product}) SET p.name = 'Ledger product', p.status = 'ACTIVE', p.provider = 'test:visibility'
     MERGE (p)-[:IN_DOMAIN]->(domain)
     WITH orders, hidden, report, port, t, j, p
     UNWIND [orders.urn, hidden.urn, report.urn, port.urn, t.urn, j.urn, p.urn] AS urn
     MERGE (o:IndexOutbox {urn: urn}) SET o.enqueuedAt = timestamp()`,
    { orders: ORDERS, hidden: HIDDEN, report: REPORT, port: PORT, term: TERM, job: JOB, product: PRODUCT },
  );
  // The same path, column by column: orders.amount → ledger_confidential.amount → order_report.total.
  await driver.executeQuery(
    `MATCH (ordersAmount:Field {urn: $ordersAmount}), (hiddenAmount:Field {urn: $hiddenAmount}), (reportTotal:Field {urn: $reportTotal})
     MERGE (hiddenAmount)-[:DERIVES_FROM {provider: 'test:visibility'}]->(ordersAmount)
     MERGE (reportTotal)-[:DERIVES_FROM {provider: 'test:visibility'}]->(hiddenAmount)`,
    { ordersAmount: ORDERS_AMOUNT, hiddenAmount: HIDDEN_FIELD, reportTotal: REPORT_TOTAL },
  );
  const accounts = new AccountService(driver);
  for (const account of ACCOUNTS) await accounts.create({ ...account, password: PASSWORD });
  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
  for (const { username } of ACCOUNTS) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation ($input: LoginInput!) { login(input: $input) { session } }`, variables: { input: { username, password: PASSWORD } } }),
    });
    sessions[username] = ((await response.json()) as GraphQLResponse).data!.login.session;
  }
  // Every test starts with ledger_summary exposed; the first one takes it back and exposes it again.
  await setPorts([PORT]);
  await indexer.ensureIndex();
  await indexer.drain();
});

afterAll(async () => {
  await api?.stop();
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(n:Entity) WHERE n.urn IN $urns DETACH DELETE c`, { urns: [PRODUCT, HIDDEN, PORT, PRIVATE_SOURCE] });
  await driver.executeQuery(`MATCH (h:TrustScore) WHERE h.subjectUrn IN $urns DELETE h`, { urns: [ORDERS, REPORT, HIDDEN, PORT, PRODUCT] });
  for (const source of sources) await deleteCrawledData(driver, source);
  await driver.executeQuery(`MATCH (n:Entity) WHERE n.urn IN $urns OPTIONAL MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox {urn: n.urn}) DETACH DELETE n, o`, { urns: [PRODUCT, MESH_PRODUCT, JOB, TERM, PRIVATE_TERM] });
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'vis-' OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`);
  await meili.deleteIndexIfExists(`${indexPrefix}assets`);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an output port', () => {
  it('is hidden like the rest of its private domain until a product exposes it, then visible to all', async () => {
    // Each edit queues the port's document again (its audience changed), not only the product's.
    await setPorts([]);
    await indexer.drain();
    const before = await as('vis-viewer', `query ($input: SearchInput!) { dataset(urn: "${PORT}") { urn } search(input: $input) { hits { urn } } }`, {
      input: { query: 'ledger summary', orFilters: OURS },
    });
    // "Ledger product" matches too: the product is visible, whatever its ports.
    expect(before.data!).toEqual({ dataset: null, search: { hits: [{ urn: PRODUCT }] } });

    await setPorts([PORT]);
    await indexer.drain();

    for (const caller of [...OUTSIDERS, ...INSIDERS]) {
      const { data } = await as(caller, `query ($input: SearchInput!) { dataset(urn: "${PORT}") { urn } search(input: $input) { hits { urn } } }`, {
        input: { query: 'ledger summary', orFilters: OURS },
      });
      const hits = data!.search.hits.map((hit: { urn: string }) => hit.urn).sort();
      expect({ caller, dataset: data!.dataset, hits }).toEqual({ caller, dataset: { urn: PORT }, hits: (INSIDERS.includes(caller) ? [HIDDEN, PORT, PRODUCT] : [PORT, PRODUCT]).sort() });
    }
  });
});

describe('search', () => {
  it('shows a private dataset to its members, the council and admins only, in hits and in every facet count', async () => {
    for (const caller of [...OUTSIDERS, ...INSIDERS]) {
      const sees = INSIDERS.includes(caller);
      const { data } = await as(caller, SEARCH, { input: { query: '', orFilters: OURS, count: 50 } });
      const hits = data!.search.hits.map((hit: { urn: string }) => hit.urn);
      expect({ caller, hidden: hits.includes(HIDDEN), port: hits.includes(PORT), job: hits.includes(JOB) }).toEqual({ caller, hidden: sees, port: true, job: false });
      // The two domains, the product, and the datasets (terms and jobs belong to no domain, so OURS leaves them out).
      expect({ caller, total: data!.search.total }).toEqual({ caller, total: sees ? 7 : 6 });
      expect({ caller, type: facet(data!.search, 'type') }).toEqual({ caller, type: { DATASET: sees ? 4 : 3, DOMAIN: 2, DATA_PRODUCT: 1 } });
      expect({ caller, domain: facet(data!.search, 'domain') }).toEqual({ caller, domain: { 'Vis mesh': 3, 'Vis private': sees ? 4 : 3 } });
      expect({ caller, tag: facet(data!.search, 'tag') }).toEqual({ caller, tag: sees ? { vispublic: 1, vissecret: 1 } : { vispublic: 1 } });
      expect({ caller, term: facet(data!.search, 'term') }).toEqual({ caller, term: { Visentry: sees ? 2 : 1 } });
    }
  });

  it('finds a job writing a private dataset only for those who see that dataset', async () => {
    for (const caller of [...OUTSIDERS, ...INSIDERS]) {
      const { data } = await as(caller, SEARCH, { input: { query: 'load_ledger', orFilters: [{ and: [{ field: 'type', values: ['JOB'] }] }] } });
      expect({ caller, hits: data!.search.hits }).toEqual({ caller, hits: INSIDERS.includes(caller) ? [{ urn: JOB }] : [] });
    }
  });

  it("lists a visible dataset's runs without those of a job writing a private dataset, and that job with its runs, inputs and outputs, to those who see it only", async () => {
    const RUN = 'urn:polder:run:visibility-test-run';
    await driver.executeQuery(
      `MATCH (j:Job {urn: $job}) MERGE (r:Run:Entity {urn: $run}) SET r.runId = 'visibility-test-run', r.state = 'COMPLETE', r.startedAt = '2026-12-01T00:00:00.000Z' MERGE (r)-[:RUN_OF]->(j)`,
      { job: JOB, run: RUN },
    );
    try {
      for (const caller of [...OUTSIDERS, ...INSIDERS]) {
        const { data } = await as(caller, `query ($urn: ID!, $job: ID!) { dataset(urn: $urn) { runs { urn isInput job { urn } } } job(urn: $job) { runs { urn } inputs { urn } outputs { urn } } }`, { urn: ORDERS, job: JOB });
        const insider = INSIDERS.includes(caller);
        expect({ caller, runs: data!.dataset.runs }).toEqual({ caller, runs: insider ? [{ urn: RUN, isInput: true, job: { urn: JOB } }] : [] });
        expect({ caller, job: data!.job }).toEqual({ caller, job: insider ? { runs: [{ urn: RUN }], inputs: [{ urn: ORDERS }], outputs: [{ urn: HIDDEN }] } : null });
      }
    } finally {
      await driver.executeQuery(`MATCH (r:Run {urn: $run}) DETACH DELETE r`, { run: RUN });
    }
  });

  it('suggests, and corrects typos towards, only what the caller may see', async () => {
    for (const caller of [...OUTSIDERS, ...INSIDERS]) {
      const sees = INSIDERS.includes(caller);
      const suggested = await as(caller, `{ autocomplete(input: {query: "ledger_c", limit: 20}) { urn } }`);
      expect({ caller, hidden: suggested.data!.autocomplete.some((s: { urn: string }) => s.urn === HIDDEN) }).toEqual({ caller, hidden: sees });
      // A typo that matches the hidden name (Meilisearch forgives it) ...
      const near = await as(caller, SEARCH, { input: { query: 'confidentail', orFilters: OURS } });
      expect({ caller, hits: near.data!.search.hits, didYouMean: near.data!.search.didYouMean }).toEqual({
        caller,
        hits: sees ? [{ urn: HIDDEN }] : [],
        didYouMean: sees ? 'confidential' : null,
      });
      // ... and one beyond it, corrected from the names gathered by prefix when nothing matched.
      const far = await as(caller, SEARCH, { input: { query: 'confdentil', orFilters: OURS } });
      expect({ caller, didYouMean: far.data!.search.didYouMean }).toEqual({ caller, didYouMean: sees ? 'confidential' : null });
    }
  });
});

describe('look-ups', () => {
  it('answers a hidden dataset, column or job exactly as a missing one', async () => {
    const LOOKUPS = `query ($dataset: ID!, $field: ID!, $job: ID!) {
      dataset(urn: $dataset) { urn } field(urn: $field) { urn } job(urn: $job) { urn }
      entity(urn: $dataset) { urn } entities(urns: [$dataset, $field, $job]) { urn } }`;
    for (const caller of [...OUTSIDERS, ...INSIDERS]) {
      const hidden = await as(caller, LOOKUPS, { dataset: HIDDEN, field: HIDDEN_FIELD, job: JOB });
      const missing = await as(caller, LOOKUPS, { dataset: MISSING, field: `urn:polder:field:(${MISSING},amount)`, job: 'urn:polder:job:(visibility-test,none)' });
      expect(missing).toEqual({ data: { dataset: null, field: null, job: null, entity: null, entities: [null, null, null] } });
      expect({ caller, hidden }).toEqual({
        caller,
        hidden: INSIDERS.includes(caller)
          ? { data: { dataset: { urn: HIDDEN }, field: { urn: HIDDEN_FIELD }, job: { urn: JOB }, entity: { urn: HIDDEN }, entities: [{ urn: HIDDEN }, { urn: HIDDEN_FIELD }, { urn: JOB }] } }
          : missing,
      });
    }
  });

  it("hides what a dataset's neighbours, found through a look-up, hold hidden, for each caller", async () => {
    const NEIGHBOURS = `query ($orders: ID!, $report: ID!) {
      dataset(urn: $orders) { downstream { total datasets { urn } } }
      entity(urn: $report) { ... on Dataset { upstream { total datasets { urn } } } } }`;
    for (const caller of [...OUTSIDERS, ...INSIDERS]) {
      const seen = INSIDERS.includes(caller) ? [{ urn: HIDDEN }] : [];
      const { data } = await as(caller, NEIGHBOURS, { orders: ORDERS, report: REPORT });
      expect({ caller, data }).toEqual({
        caller,
        data: { dataset: { downstream: { total: seen.length, datasets: seen } }, entity: { upstream: { total: seen.length, datasets: seen } } },
      });
    }
  });

  it('works the hidden domains out in the look-up that opens a request, and its next queries use them without reading them again', async () => {
    const sent: string[] = [];
    const counting = new Proxy(driver, {
      get: (target, key) =>
        key === 'executeQuery'
          ? (cypher: string, params: Record<string, unknown>, config: object) => {
              sent.push(cypher);
              return target.executeQuery(cypher, params, config);
            }
          : Reflect.get(target, key),
    });
    const cases: Array<[memberOf: string[], downstream: string[]]> = [[[], []], [['vis-private'], [HIDDEN]]];
    for (const [memberOf, downstream] of cases) {
      sent.length = 0;
      const datasets = new DatasetService(new GraphReader(counting, undefined, () => undefined, { everyDomain: false, memberOf, restrictedEverywhere: false, restrictedIn: [] }));
      expect((await datasets.datasetsByUrn([ORDERS]))[0]?.urn).toBe(ORDERS);
      const [neighbours] = await datasets.related([{ urn: ORDERS, kind: 'downstream' }]);
      expect({ memberOf, downstream: neighbours!.items.map((item) => item.urn) }).toEqual({ memberOf, downstream });
      expect(sent).toHaveLength(2);
    }
  });

  it("lists a term's carriers, and a domain's datasets, without the hidden ones", async () => {
    for (const caller of [...OUTSIDERS, ...INSIDERS]) {
      const sees = INSIDERS.includes(caller);
      const { data } = await as(
        caller,
        `{ glossaryTerm(urn: "${TERM}") { carryingDatasets { total datasets { dataset { urn } } } } domain(urn: "urn:polder:domain:vis-private") { datasetCount } }`,
      );
      const carriers = sees ? [HIDDEN, ORDERS] : [ORDERS];
      expect({ caller, data }).toEqual({
        caller,
        data: {
          glossaryTerm: { carryingDatasets: { total: carriers.length, datasets: carriers.map((urn) => ({ dataset: { urn } })) } },
          domain: { datasetCount: sees ? 2 : 1 },
        },
      });
    }
  });
});

describe('lineage', () => {
  it('neither returns a hidden dataset nor walks through it, and impact counts leave it out', async () => {
    const LINEAGE = `query ($urn: ID!) {
      lineage(input: {urn: $urn, direction: DOWNSTREAM, depth: 3}) { nodes { urn degree } isPartial }
      impact(input: {urn: $urn, depth: 3}) { total byDomain { key count } } }`;
    for (const caller of [...OUTSIDERS, ...INSIDERS]) {
      const { data } = await as(caller, LINEAGE, { urn: ORDERS });
      expect({ caller, data }).toEqual({
        caller,
        data: INSIDERS.includes(caller)
          ? {
              lineage: { nodes: [{ urn: ORDERS, degree: 0 }, { urn: HIDDEN, degree: 1 }, { urn: REPORT, degree: 2 }], isPartial: false },
              impact: { total: 2, byDomain: [{ key: 'Vis mesh', count: 1 }, { key: 'Vis private', count: 1 }] },
            }
          : { lineage: { nodes: [{ urn: ORDERS, degree: 0 }], isPartial: false }, impact: { total: 0, byDomain: [] } },
      });
    }
  });

  it('neither returns a hidden column nor walks through it', async () => {
    const COLUMNS = `query ($urn: ID!) { lineage(input: {urn: $urn, level: FIELD, direction: DOWNSTREAM, depth: 3}) { nodes { urn degree } edges { from to } } }`;
    for (const caller of [...OUTSIDERS, ...INSIDERS]) {
      const { data } = await as(caller, COLUMNS, { urn: ORDERS_AMOUNT });
      expect({ caller, data }).toEqual({
        caller,
        data: {
          lineage: INSIDERS.includes(caller)
            ? {
                nodes: [{ urn: ORDERS_AMOUNT, degree: 0 }, { urn: HIDDEN_FIELD, degree: 1 }, { urn: REPORT_TOTAL, degree: 2 }],
                edges: [{ from: ORDERS_AMOUNT, to: HIDDEN_FIELD }, { from: HIDDEN_FIELD, to: REPORT_TOTAL }],
              }
            : { nodes: [{ urn: ORDERS_AMOUNT, degree: 0 }], edges: [] },
        },
      });
    }
  });

  it('refuses a walk from a hidden dataset with the words it uses for a missing one', async () => {
    const walk = (urn: string) => as('vis-viewer', `query ($urn: ID!) { lineage(input: {urn: $urn}) { root } }`, { urn });
    const hidden = await walk(HIDDEN);
    const missing = await walk(MISSING);
    expect(hidden.errors![0]!.extensions).toEqual(missing.errors![0]!.extensions);
    expect(hidden.errors![0]!.message.replace(HIDDEN, '<urn>')).toBe(missing.errors![0]!.message.replace(MISSING, '<urn>'));
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

describe('edits', () => {
  it('answers an edit of a hidden dataset NOT_FOUND, as for a missing one, and an edit of a visible port FORBIDDEN', async () => {
    const describe = (urn: string) =>
      as('vis-mesh-owner', `mutation ($input: UpdateDescriptionInput!) { updateDescription(input: $input) { urn } }`, { input: { urn, expectedVersion: 0, description: 'x' } });
    const hidden = await describe(HIDDEN);
    const missing = await describe(MISSING);
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    expect(hidden.errors![0]!.extensions).toEqual(missing.errors![0]!.extensions);
    expect(hidden.errors![0]!.message.replace(HIDDEN, '<urn>')).toBe(missing.errors![0]!.message.replace(MISSING, '<urn>'));
    const port = await describe(PORT);
    expect(port.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it("answers a hidden dataset named as another domain's output port as a missing one, without naming its domain", async () => {
    await driver.executeQuery(
      `MATCH (d:Domain {id: 'vis-mesh'}) MERGE (p:DataProduct:Entity {urn: $urn}) SET p.name = 'Orders product', p.status = 'ACTIVE', p.provider = 'test:visibility' MERGE (p)-[:IN_DOMAIN]->(d)`,
      { urn: MESH_PRODUCT },
    );
    const expose = (urn: string) =>
      as('vis-mesh-owner', `mutation ($input: SetOutputPortsInput!) { setOutputPorts(input: $input) { urn } }`, { input: { urn: MESH_PRODUCT, expectedVersion: 0, datasetUrns: [urn] } });
    const hidden = await expose(HIDDEN);
    const missing = await expose(MISSING);
    expect(missing.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(hidden.errors![0]!.extensions).toEqual(missing.errors![0]!.extensions);
    expect(hidden.errors![0]!.message.replace(HIDDEN, '<urn>')).toBe(missing.errors![0]!.message.replace(MISSING, '<urn>'));
  });

  it("answers a hidden column named as a sense's identity field as a missing one", async () => {
    await driver.executeQuery(
      `MERGE (t:GlossaryTerm:Entity {urn: $urn}) SET t.name = 'Ledger entry', t.glossary = 'vis-private', t.termStatus = 'DRAFT', t.status = 'ACTIVE', t.version = 0`,
      { urn: PRIVATE_TERM },
    );
    const identify = (field: string) =>
      as('vis-steward', `mutation ($input: SetIdentityFieldsInput!) { setIdentityFields(input: $input) { urn } }`, { input: { urn: PRIVATE_TERM, expectedVersion: 0, fieldUrns: [field] } });
    const hidden = await identify(HIDDEN_FIELD);
    const missing = await identify(`urn:polder:field:(${MISSING},amount)`);
    expect(missing.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(hidden.errors![0]!.message.replace(HIDDEN_FIELD, '<urn>')).toBe(missing.errors![0]!.message.replace(`urn:polder:field:(${MISSING},amount)`, '<urn>'));
    expect(await driver.executeQuery(`MATCH (:GlossaryTerm {urn: $urn})-[r:IDENTIFIED_BY]->() RETURN r`, { urn: PRIVATE_TERM }).then((result) => result.records)).toEqual([]);
  });
});

describe('a change of visibility in polder.yaml', () => {
  const writeMeshDomain = (visibility: 'mesh' | 'private' | undefined) =>
    new GraphWriter(driver).write({ ...meshSnapshot({ domains: [{ id: 'vis-mesh', name: 'Vis mesh', description: '', visibility }], sources: [sources[0]!] }), provider: 'config:vis-mesh' });
  const ordersFound = async () => (await as('vis-viewer', SEARCH, { input: { query: 'orders', orFilters: OURS } })).data!.search.hits.some((hit: { urn: string }) => hit.urn === ORDERS);

  it("queues the domain's datasets again, so search follows without a reindex", async () => {
    expect(await ordersFound()).toBe(true);
    await writeMeshDomain('private');
    await indexer.drain();
    expect(await ordersFound()).toBe(false);
    await writeMeshDomain(undefined);
    await indexer.drain();
    expect(await ordersFound()).toBe(true);
  });
});

describe('trust evidence', () => {
  const TRUST = `trust { score components { name evidence { kind urn description } } cap { urn score reason } }`;

  it('names a hidden upstream dataset, and a product\'s hidden weakest input, only to those who may see it; the scores are the same for all', async () => {
    // The port described and owned, and the product too, so that the hidden input (no description, no owner) is the weakest.
    await driver.executeQuery(
      `MATCH (port:Dataset {urn: $port}), (hidden:Dataset {urn: $hidden}), (p:DataProduct {urn: $product})
       SET port.description = 'Balances by day.', port.owners = ['vis-member'], p.description = 'The ledger, published.', p.owners = ['vis-member']
       MERGE (p)-[:CONSUMES {provider: 'test:visibility'}]->(hidden)
       WITH p UNWIND [$orders, $report, $hidden, $port, $product] AS urn
       MERGE (o:TrustOutbox {urn: urn}) SET o.enqueuedAt = timestamp()`,
      { port: PORT, hidden: HIDDEN, product: PRODUCT, orders: ORDERS, report: REPORT },
    );
    await new TrustScorer(driver, { trust: trustConfigSchema.parse(undefined), logger: testLogger }).drain();

    const scores: Record<string, unknown> = {};
    for (const caller of [...OUTSIDERS, ...INSIDERS]) {
      const sees = INSIDERS.includes(caller);
      const { data, errors } = await as(caller, `{ report: dataset(urn: "${REPORT}") { ${TRUST} } product: dataProduct(urn: "${PRODUCT}") { ${TRUST} } }`);
      expect({ caller, errors }).toEqual({ caller, errors: undefined });
      const lineage = data!.report.trust.components.find((component: { name: string }) => component.name === 'lineage').evidence;
      expect({ caller, lineage }).toEqual({
        caller,
        lineage: sees
          ? [{ kind: 'upstream', urn: HIDDEN, description: 'derives from ledger_confidential' }]
          : [{ kind: 'notVisible', urn: null, description: '1 upstream dataset you may not see' }],
      });
      const cap = data!.product.trust.cap;
      expect({ caller, cap }).toEqual({
        caller,
        cap: sees
          ? { urn: HIDDEN, score: cap.score, reason: `capped by its weakest upstream, ledger_confidential, which scores ${cap.score}` }
          : { urn: null, score: cap.score, reason: `capped by its weakest upstream, a dataset you may not see, which scores ${cap.score}` },
      });
      expect(JSON.stringify(data).includes('ledger_confidential')).toBe(sees);
      scores[caller] = { report: data!.report.trust.score, product: data!.product.trust.score, cap: cap.score };
    }
    expect(new Set(Object.values(scores).map((score) => JSON.stringify(score))).size).toBe(1);
  });

  it('asks which evidence is hidden only of a caller from whom a private domain hides something', async () => {
    const queries = async (caller: Caller) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sessions[caller]}` },
        body: JSON.stringify({ query: `{ dataset(urn: "${REPORT}") { ${TRUST} } }` }),
      });
      expect(((await response.json()) as GraphQLResponse).data!.dataset.trust.components.length).toBeGreaterThan(0);
      return Number(response.headers.get('x-polder-graph-queries'));
    };
    // The look-up found which private domains hide something from the caller; the member is hidden nothing.
    expect({ viewer: await queries('vis-viewer'), member: await queries('vis-member') }).toEqual({ viewer: 2, member: 1 });
  });
});

describe('sources', () => {
  it("lists a private domain's source, counts it and answers it by URN with its runs, to its members only", async () => {
    for (const caller of [...OUTSIDERS, ...INSIDERS]) {
      const sees = INSIDERS.includes(caller);
      const { data } = await as(caller, `{ sources { id } source(urn: "${PRIVATE_SOURCE}") { id runs { status } } entity(urn: "${PRIVATE_SOURCE}") { urn }
        domain(urn: "urn:polder:domain:vis-private") { sourceCount } port: dataset(urn: "${PORT}") { source { id } } }`);
      expect({ caller, data: { ...data, sources: data!.sources.filter((source: { id: string }) => source.id.startsWith('vis-')) } }).toEqual({
        caller,
        data: {
          // The output port (exposed by the first test) is visible to all; the store it lives in is not.
          port: { source: sees ? { id: 'vis-private' } : null },
          sources: sees ? [{ id: 'vis-mesh' }, { id: 'vis-private' }] : [{ id: 'vis-mesh' }],
          source: sees ? { id: 'vis-private', runs: [{ status: 'SUCCEEDED' }] } : null,
          entity: sees ? { urn: PRIVATE_SOURCE } : null,
          domain: { sourceCount: sees ? 1 : 0 },
        },
      });
    }
  });
});

describe('the audit trail', () => {
  const CHANGES = `query ($urn: ID!) { changes(input: {urn: $urn, limit: 2}) { action before after names { urn } } }`;

  it("names a hidden dataset in an edit of a visible product only to those who may see it, and keeps the entry for all", async () => {
    // Exposed for a moment, then not: while it is not a port, the entries that name it must not.
    await setPorts([PORT, HIDDEN]);
    await setPorts([PORT]);
    for (const caller of [...OUTSIDERS, ...INSIDERS]) {
      // Both lists are stored sorted by URN: ledger_confidential before ledger_summary.
      const both = [INSIDERS.includes(caller) ? HIDDEN : 'not visible to you', PORT];
      const { data } = await as(caller, CHANGES, { urn: PRODUCT });
      const changes = data!.changes.map((change: { action: string; before: string; after: string; names: Array<{ urn: string }> }) => ({
        ...change,
        before: JSON.parse(change.before),
        after: JSON.parse(change.after),
        names: change.names.map((named) => named.urn).sort(),
      }));
      // Names for the URNs shown, never for the hidden one.
      const named = INSIDERS.includes(caller) ? [HIDDEN, PORT] : [PORT];
      expect({ caller, changes }).toEqual({
        caller,
        changes: [
          { action: 'setOutputPorts', before: { outputPorts: both }, after: { outputPorts: [PORT] }, names: named },
          { action: 'setOutputPorts', before: { outputPorts: [PORT] }, after: { outputPorts: both }, names: named },
        ],
      });
    }
  });

  it("answers the history of a private domain's source as empty, as for an unknown one", async () => {
    await driver.executeQuery(
      `MATCH (s:Source {urn: $source})
       MERGE (c:Change {urn: $change}) SET c.actor = 'vis-admin', c.action = 'triggerCrawl', c.at = '2026-01-01T00:00:00.000Z', c.before = '{}', c.after = '{"outcome":"STARTED"}', c.version = 0
       MERGE (c)-[:ABOUT]->(s)`,
      { source: PRIVATE_SOURCE, change: SOURCE_CHANGE },
    );
    for (const caller of [...OUTSIDERS, ...INSIDERS]) {
      const { data } = await as(caller, CHANGES, { urn: PRIVATE_SOURCE });
      expect({ caller, actions: data!.changes.map((change: { action: string }) => change.action) }).toEqual({ caller, actions: INSIDERS.includes(caller) ? ['triggerCrawl'] : [] });
    }
  });
});

describe('a policy dry run', () => {
  it('neither lists nor counts findings about assets the caller may not see', async () => {
    const yaml = `policies:\n  - { id: vis-certified, target: { type: dataset, domains: [vis-private] }, require: [certified], severity: info, rationale: r }\n`;
    const PREVIEW = `query ($input: PreviewPoliciesInput!) { previewPolicies(input: $input) { valid counts { total } byPolicy { policyId findings } findings { assetUrn message } } }`;
    // Those who may preview: a domain owner (of the other domain), the council, admins.
    for (const caller of ['vis-mesh-owner', 'vis-council', 'vis-admin'] as const) {
      const { data, errors } = await as(caller, PREVIEW, { input: { yaml } });
      expect({ caller, errors }).toEqual({ caller, errors: undefined });
      const findings = INSIDERS.includes(caller)
        ? [{ assetUrn: HIDDEN, message: 'main.ledger_confidential is not certified' }, { assetUrn: PORT, message: 'main.ledger_summary is not certified' }]
        : [{ assetUrn: PORT, message: 'main.ledger_summary is not certified' }];
      expect({ caller, preview: data!.previewPolicies }).toEqual({
        caller,
        preview: { valid: true, counts: { total: findings.length }, byPolicy: [{ policyId: 'vis-certified', findings: findings.length }], findings },
      });
    }
  });

  it("does not tell which columns of a restricted dataset a classification marks, to those who may not see it", async () => {
    await driver.executeQuery(`MATCH (d:Dataset {urn: $orders}), (f:Field {urn: $amount}) SET d.editable_restricted = true, f.editable_classifications = ['PII']`, { orders: ORDERS, amount: ORDERS_AMOUNT });
    try {
      const yaml = `policies:\n  - { id: vis-pii-tagged, target: { type: field, domains: [vis-mesh], classifications: [PII] }, require: [{ tag: pii }], severity: info, rationale: r }\n`;
      const PREVIEW = `query ($input: PreviewPoliciesInput!) { previewPolicies(input: $input) { counts { total } findings { assetUrn } } }`;
      const seen = async (caller: Caller) => (await as(caller, PREVIEW, { input: { yaml } })).data!.previewPolicies;
      // The domain's owner and admins see the column's classifications; the council does not (a restricted dataset's are masked for it).
      expect(await seen('vis-mesh-owner')).toEqual({ counts: { total: 1 }, findings: [{ assetUrn: ORDERS_AMOUNT }] });
      expect(await seen('vis-admin')).toEqual({ counts: { total: 1 }, findings: [{ assetUrn: ORDERS_AMOUNT }] });
      expect(await seen('vis-council')).toEqual({ counts: { total: 0 }, findings: [] });
    } finally {
      await driver.executeQuery(`MATCH (d:Dataset {urn: $orders}), (f:Field {urn: $amount}) REMOVE d.editable_restricted, f.editable_classifications`, { orders: ORDERS, amount: ORDERS_AMOUNT });
    }
  });
});

describe('a policy in force', () => {
  it('that selects by classification shows no finding on a restricted dataset to those who may not see its classifications, in no list and no count', async () => {
    const set = parsePolicySet(
      { policies: [{ id: 'vis-pii-tagged', target: { type: 'field', domains: ['vis-mesh'], classifications: ['PII'] }, require: [{ tag: 'pii' }], severity: 'high', rationale: 'r' }] },
      { domains: ['vis-mesh', 'vis-private'], baseDir: dir },
    );
    const evaluator = new PolicyEvaluator(driver, { logger: testLogger });
    const FINDINGS = `{
      dataset(urn: "${ORDERS}") { policyFindings { assetUrn } }
      policies { id openFindings }
      compliance(input: {domain: "vis-mesh"}) { openFindings { total } findings(limit: 10) { assetUrn } }
      domainCompliance { domain openFindings { total } }
    }`;
    const seen = async (caller: Caller) => {
      const { data, errors } = await as(caller, FINDINGS);
      expect({ caller, errors }).toEqual({ caller, errors: undefined });
      return {
        dataset: data!.dataset.policyFindings.map((finding: { assetUrn: string }) => finding.assetUrn),
        policy: data!.policies.find((policy: { id: string }) => policy.id === 'vis-pii-tagged').openFindings,
        compliance: [data!.compliance.openFindings.total, ...data!.compliance.findings.map((finding: { assetUrn: string }) => finding.assetUrn)],
        domain: data!.domainCompliance.find((domain: { domain: string }) => domain.domain === 'vis-mesh').openFindings.total,
      };
    };
    const shown = { dataset: [ORDERS_AMOUNT], policy: 1, compliance: [1, ORDERS_AMOUNT], domain: 1 };
    const withheld = { dataset: [], policy: 0, compliance: [0], domain: 0 };
    await driver.executeQuery(`MATCH (d:Dataset {urn: $orders}), (f:Field {urn: $amount}) SET d.editable_restricted = true, f.editable_classifications = ['PII']`, { orders: ORDERS, amount: ORDERS_AMOUNT });
    try {
      await applyPolicySet(driver, set);
      await evaluator.evaluateAll();
      // The domain's owner, stewards and admins see the column's classifications; members of another domain and the council do not.
      for (const caller of ['vis-mesh-owner', 'vis-steward', 'vis-admin'] as const) expect({ caller, ...(await seen(caller)) }).toEqual({ caller, ...shown });
      for (const caller of ['anonymous', 'vis-viewer', 'vis-member', 'vis-council'] as const) expect({ caller, ...(await seen(caller)) }).toEqual({ caller, ...withheld });
      // Not restricted, the column's classifications are anyone's to read, and so is the finding.
      await driver.executeQuery(`MATCH (d:Dataset {urn: $orders}) REMOVE d.editable_restricted`, { orders: ORDERS });
      expect(await seen('vis-viewer')).toEqual(shown);
    } finally {
      await evaluator.stop();
      await driver.executeQuery(`MATCH (d:Dataset {urn: $orders}), (f:Field {urn: $amount}) REMOVE d.editable_restricted, f.editable_classifications`, { orders: ORDERS, amount: ORDERS_AMOUNT });
      await driver.executeQuery(`MATCH (n:Policy|PolicyFinding) WHERE n.id = 'vis-pii-tagged' OR n.policyId = 'vis-pii-tagged' DETACH DELETE n`);
    }
  });

  it('whose finding names a classified term shows it on a restricted dataset only to those who may see its classifications, in force and in a dry run', async () => {
    const TERM = 'urn:polder:glossaryTerm:vis-card-number';
    const policy = { id: 'vis-terms-approved', target: { type: 'field', domains: ['vis-mesh'] }, require: ['approvedTerms'], severity: 'high', rationale: 'r' };
    const evaluator = new PolicyEvaluator(driver, { logger: testLogger });
    const FINDINGS = `{ dataset(urn: "${ORDERS}") { policyFindings { assetUrn message } } }`;
    const PREVIEW = `query ($input: PreviewPoliciesInput!) { previewPolicies(input: $input) { counts { total } findings { assetUrn } } }`;
    const yaml = `policies:\n  - { id: vis-terms-approved-draft, target: { type: field, domains: [vis-mesh] }, require: [approvedTerms], severity: info, rationale: r }\n`;
    // "Card number" is still a draft, and the glossary classifies it PCI: carrying it tells the column is PCI.
    await driver.executeQuery(
      `MATCH (d:Dataset {urn: $orders})-[:HAS_FIELD]->(f:Field {urn: $amount})
       SET d.editable_restricted = true
       CREATE (f)-[:MEANS]->(:GlossaryTerm:Entity {urn: $term, name: 'Card number', classifications: ['PCI'], termStatus: 'DRAFT', status: 'ACTIVE'})`,
      { orders: ORDERS, amount: ORDERS_AMOUNT, term: TERM },
    );
    try {
      await applyPolicySet(driver, parsePolicySet({ policies: [policy] }, { domains: ['vis-mesh', 'vis-private'], baseDir: dir }));
      await evaluator.evaluateAll();
      const message = 'main.orders.amount carries terms that are not Approved: Card number (DRAFT)';
      const inForce = async (caller: Caller) => (await as(caller, FINDINGS)).data!.dataset.policyFindings;
      for (const caller of ['vis-mesh-owner', 'vis-steward', 'vis-admin'] as const) expect({ caller, findings: await inForce(caller) }).toEqual({ caller, findings: [{ assetUrn: ORDERS_AMOUNT, message }] });
      for (const caller of ['anonymous', 'vis-viewer', 'vis-member', 'vis-council'] as const) expect({ caller, findings: await inForce(caller) }).toEqual({ caller, findings: [] });
      const preview = async (caller: Caller) => (await as(caller, PREVIEW, { input: { yaml } })).data!.previewPolicies;
      expect(await preview('vis-mesh-owner')).toEqual({ counts: { total: 1 }, findings: [{ assetUrn: ORDERS_AMOUNT }] });
      expect(await preview('vis-council')).toEqual({ counts: { total: 0 }, findings: [] });
    } finally {
      await evaluator.stop();
      await driver.executeQuery(`MATCH (d:Dataset {urn: $orders}) REMOVE d.editable_restricted`, { orders: ORDERS });
      await driver.executeQuery(`MATCH (n:Policy|PolicyFinding|GlossaryTerm) WHERE n.id = $policy OR n.policyId = $policy OR n.urn = $term DETACH DELETE n`, { policy: policy.id, term: TERM });
    }
  });
});

describe('quality results', () => {
  const CHECK = 'urn:polder:qualityCheck:(polder,vis-mesh,orders-total)';
  const CONTRACT = 'urn:polder:dataset:(contract,vis-contracts,orders,orders)';
  const RULE = `urn:polder:qualityCheck:(${CONTRACT},orders_rows)`;
  const made = [CHECK, RULE].flatMap((urn) => [urn, `${urn}-result`, `${urn}-incident`]).concat(CONTRACT);

  it("masks what the checks reading a restricted dataset observed (number, message, incident's message) outside its domain", async () => {
    // Polder's own check on orders, and a contract's rule on an object that DESCRIBES orders (the rule runs on orders).
    await driver.executeQuery(
      `MATCH (orders:Dataset {urn: $orders})
       CREATE (contract:Dataset:Entity {urn: $contract, name: 'orders', platform: 'contract', status: 'ACTIVE', provider: 'test:visibility'})-[:DESCRIBES]->(orders)
       WITH orders, contract
       UNWIND [{urn: $check, name: 'orders-total', on: orders, observed: 1234.5, message: 'the query returned 1234.5 (must be at most 1000)'},
               {urn: $rule, name: 'orders_rows', on: contract, observed: 7, message: '7 rows (must be 8)'}] AS check
       WITH orders, check, check.on AS checked
       CREATE (c:QualityCheck:Entity {urn: check.urn, name: check.name, kind: 'customSql', status: 'ACTIVE', provider: 'test:visibility'})-[:CHECKS]->(checked)
       CREATE (:CheckResult:Entity {urn: check.urn + '-result', checkUrn: check.urn, outcome: 'FAIL', observedValue: check.observed, message: check.message,
                                    evaluatedAt: '2026-12-01T00:00:00.000Z', status: 'ACTIVE', provider: 'test:visibility'})-[:RESULT_OF]->(c)
       CREATE (i:Incident:Entity {urn: check.urn + '-incident', title: check.name + ' is failing', state: 'OPEN', status: 'ACTIVE', message: check.message,
                                  openedAt: '2026-12-01T00:00:00.000Z', lastFailedAt: '2026-12-01T00:00:00.000Z', failureCount: 1, provider: 'test:visibility'})-[:RAISED_BY]->(c)
       CREATE (i)-[:ABOUT]->(orders)`,
      { orders: ORDERS, contract: CONTRACT, check: CHECK, rule: RULE },
    );
    const QUALITY = `query ($urn: ID!) {
      dataset(urn: $urn) { qualityChecks { name latestResult { outcome observedValue message } results { observedValue message } } incidents { title message } }
      incidents(input: {domain: "vis-mesh"}) { title message }
    }`;
    const seen = async (caller: Caller) => {
      const { data, errors } = await as(caller, QUALITY, { urn: ORDERS });
      expect({ caller, errors }).toEqual({ caller, errors: undefined });
      return { caller, ...data };
    };
    const quality = (total: [number, string] | [null, null], rows: [number, string] | [null, null]) => ({
      dataset: {
        qualityChecks: [
          { name: 'orders-total', latestResult: { outcome: 'FAIL', observedValue: total[0], message: total[1] }, results: [{ observedValue: total[0], message: total[1] }] },
          { name: 'orders_rows', latestResult: { outcome: 'FAIL', observedValue: rows[0], message: rows[1] }, results: [{ observedValue: rows[0], message: rows[1] }] },
        ],
        incidents: expect.arrayContaining([
          { title: 'orders-total is failing', message: total[1] },
          { title: 'orders_rows is failing', message: rows[1] },
        ]),
      },
      incidents: expect.arrayContaining([
        { title: 'orders-total is failing', message: total[1] },
        { title: 'orders_rows is failing', message: rows[1] },
      ]),
    });
    const shown = quality([1234.5, 'the query returned 1234.5 (must be at most 1000)'], [7, '7 rows (must be 8)']);
    const masked = quality([null, null], [null, null]);
    await driver.executeQuery(`MATCH (d:Dataset {urn: $orders}) SET d.editable_restricted = true`, { orders: ORDERS });
    try {
      // As a restricted dataset's classifications: its domain's owner, stewards and admins see them; the others do not.
      for (const caller of ['vis-mesh-owner', 'vis-steward', 'vis-admin'] as const) expect(await seen(caller)).toEqual({ caller, ...shown });
      for (const caller of ['anonymous', 'vis-viewer', 'vis-member', 'vis-council'] as const) expect(await seen(caller)).toEqual({ caller, ...masked });
      // Not restricted, they are anyone's to read.
      await driver.executeQuery(`MATCH (d:Dataset {urn: $orders}) REMOVE d.editable_restricted`, { orders: ORDERS });
      expect(await seen('vis-viewer')).toEqual({ caller: 'vis-viewer', ...shown });
    } finally {
      await driver.executeQuery(`MATCH (d:Dataset {urn: $orders}) REMOVE d.editable_restricted`, { orders: ORDERS });
      await driver.executeQuery(`MATCH (n:Entity) WHERE n.urn IN $made DETACH DELETE n`, { made });
    }
  });
});
