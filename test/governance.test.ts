/**
 * Federated computational governance end to end, against real Neo4j and a real
 * SQLite source, through the HTTP API: a policy set (global baseline + a domain
 * pack) is put in force, every asset is evaluated, findings appear with their
 * evidence and severity, edits and crawls queue the assets they touch, the
 * evaluator drains the policy outbox and the findings resolve (or open) by
 * themselves; compliance per domain and per product, with its trend; a dry run
 * stores nothing; an invalid set leaves the set in force.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource } from '@polder/crawlers';
import { AccountService, applyPolicySet, PolicyEvaluator, startApiServer, type ApiServer } from '@polder/api';
import { loadConfig, parsePolicySet, type SourceConfig } from '@polder/runtime';
import { enforcePolicies } from 'polder';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { writeFindings } from '../api/src/modules/governance/writeFindings.ts';

const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'polder-governance-'));
const DOMAIN = 'gov-sales';
const DB_FILE = join(dir, 'sales.db');
const source: SourceConfig = { id: 'gov-sales-db', kind: 'sqlite', domain: DOMAIN, path: DB_FILE, include: [], exclude: [] };
const INVOICE = 'urn:polder:dataset:(sqlite,gov-sales-db,main.invoice)';
const EMAIL = `urn:polder:field:(${INVOICE},email)`;
const LEDGER = 'urn:polder:dataset:(sqlite,gov-sales-db,main.ledger)';
const PRODUCT = 'urn:polder:dataProduct:(gov-sales,billing)';
const ADMIN = 'governance-admin';
const VIEWER = 'governance-viewer';
const PASSWORD = 'a long enough password';

/** The policies the issue asks to be expressible, scoped to this file's domain so other files' leftovers stay out of it. */
const GOVERNANCE = {
  policies: [
    { id: 'gov-product-owned', target: { type: 'dataProduct', domains: [DOMAIN] }, require: ['owner', 'description'], severity: 'high', rationale: 'Consumers must know who answers for a product.' },
    { id: 'gov-pii-protected', target: { type: 'field', domains: [DOMAIN], outputPort: true, classifications: ['PII'] }, require: [{ term: 'PII' }, 'restricted'], severity: 'critical', rationale: 'Personal data is protected.' },
    { id: 'gov-port-fresh', target: { type: 'dataset', domains: [DOMAIN], outputPort: true }, require: ['freshnessSlo'], severity: 'medium', rationale: 'Consumers plan on freshness.' },
    { id: 'gov-no-removed-port', target: { type: 'dataset', domains: [DOMAIN], outputPort: true, status: 'any' }, require: ['active'], severity: 'high', rationale: 'A port must exist.' },
  ],
  packs: [{ domain: DOMAIN, raise: [{ policy: 'gov-port-fresh', severity: 'critical' }], policies: [{ id: 'gov-sales-described', target: { type: 'dataset' }, require: ['description'], severity: 'low', rationale: 'Sales documents its tables.' }] }],
};
const set = parsePolicySet(GOVERNANCE, { domains: [DOMAIN], baseDir: dir });
const evaluator = new PolicyEvaluator(driver, { logger: testLogger });

let api: ApiServer;
const sessions: Record<string, string> = {};

async function post(query: string, variables: Record<string, unknown> = {}, as = ADMIN): Promise<GraphQLResponse> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sessions[as]}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

async function data(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const body = await post(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

/** The data of a query that must succeed, with how many Cypher queries it cost (the `x-polder-graph-queries` header). */
async function counted(query: string, variables: Record<string, unknown>): Promise<{ queries: number; data: Record<string, any> }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sessions[ADMIN]}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse;
  expect(body.errors).toBeUndefined();
  return { queries: Number(response.headers.get('x-polder-graph-queries')), data: body.data! };
}

/**
 * Asks `query` (an `entities(urns: $urns)` list) about the first of `urns` and about all of them, each with
 * what it cost, and about each alone: listing more must cost no more, and answer what asking one at a time does.
 */
async function listedAndAlone(query: string, urns: string[]) {
  const one = await counted(query, { urns: urns.slice(0, 1) });
  const all = await counted(query, { urns });
  const alone = [];
  for (const urn of urns) alone.push(...(await counted(query, { urns: [urn] })).data.entities);
  return { one: { queries: one.queries }, all: { queries: all.queries, entities: all.data.entities }, alone };
}

/** Runs `test` with two more products: a copy of this file's, exposing the same port in its domain (but never evaluated itself), and one with nothing. */
async function withOtherProducts(test: (others: string[]) => Promise<void>): Promise<void> {
  const copy = 'urn:polder:dataProduct:(gov-sales,copy)';
  const others = [copy, 'urn:polder:dataProduct:(gov-sales,empty)'];
  await driver.executeQuery(
    `UNWIND $urns AS urn MERGE (p:DataProduct:Entity {urn: urn}) SET p.status = 'ACTIVE', p.provider = 'test:governance'
     WITH p WHERE p.urn = $copy
     MATCH (domain:Domain {id: $domain}), (invoice:Dataset {urn: $invoice})
     MERGE (p)-[:IN_DOMAIN]->(domain)
     MERGE (p)-[:EXPOSES {provider: 'test:governance'}]->(invoice)`,
    { urns: others, copy, domain: DOMAIN, invoice: INVOICE },
  );
  try {
    await test(others);
  } finally {
    await driver.executeQuery(`UNWIND $urns AS urn MATCH (p:DataProduct {urn: urn}) DETACH DELETE p`, { urns: others });
  }
}

const SHORT_NAMES: Record<string, string> = { [INVOICE]: 'invoice', [EMAIL]: 'invoice.email', [LEDGER]: 'ledger', [PRODUCT]: 'billing' };

/** Open findings of this domain as `policy asset severity`, sorted. */
async function openFindings(): Promise<string[]> {
  const found = await rows<{ policy: string; asset: string; severity: string }>(
    `MATCH (f:PolicyFinding {state: 'OPEN'}) WHERE f.domain = $domain RETURN f.policyId AS policy, f.assetUrn AS asset, f.severity AS severity`,
    { domain: DOMAIN },
  );
  return found.map((row) => `${row.policy} ${SHORT_NAMES[row.asset] ?? row.asset} ${row.severity}`).sort();
}

async function edit(mutation: string, input: Record<string, unknown>): Promise<void> {
  const [version] = await rows<{ v: unknown }>(`MATCH (n:Entity {urn: $urn}) RETURN coalesce(n.editable_version, 0) AS v`, { urn: input.urn });
  await data(`mutation ($input: ${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { urn } }`, { input: { ...input, expectedVersion: Number(version!.v) } });
}

async function signIn(username: string): Promise<string> {
  const login = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation ($input: LoginInput!) { login(input: $input) { session } }`, variables: { input: { username, password: PASSWORD } } }),
  });
  return ((await login.json()) as GraphQLResponse).data!.login.session;
}

function createTables(statements: string): void {
  const db = new Database(DB_FILE);
  db.exec(statements);
  db.close();
}

beforeAll(async () => {
  createTables(`CREATE TABLE invoice (id INTEGER PRIMARY KEY, email TEXT, total NUMERIC);
                CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount NUMERIC);`);
  await writeTestMesh(driver, source);
  await crawlSource(driver, source, { logger: testLogger });
  // A data product exposing the invoice table, with neither owner, description nor freshness SLO; the
  // ledger is described (as a richer source would say), the invoice is not.
  await driver.executeQuery(
    `MATCH (domain:Domain {id: $domain}), (invoice:Dataset {urn: $invoice}), (ledger:Dataset {urn: $ledger})
     MERGE (p:DataProduct:Entity {urn: $product})
     SET p.id = 'billing', p.name = 'Billing', p.status = 'ACTIVE', p.provider = 'test:governance'
     MERGE (p)-[:IN_DOMAIN]->(domain)
     MERGE (p)-[:EXPOSES {provider: 'test:governance'}]->(invoice)
     SET ledger.description = 'Every booking.'
     WITH invoice MATCH (invoice)-[:HAS_FIELD]->(email:Field {name: 'email'}) SET email.classification = 'PII'`,
    { domain: DOMAIN, invoice: INVOICE, ledger: LEDGER, product: PRODUCT },
  );
  const accounts = new AccountService(driver);
  await accounts.create({ username: ADMIN, roles: ['ADMIN'], password: PASSWORD });
  await accounts.create({ username: VIEWER, roles: ['VIEWER'], password: PASSWORD });
  api = await startApiServer({ driver, meili: testMeili(), indexPrefix: 'test_governance_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 } }, { host: '127.0.0.1', port: 0 });
  sessions[ADMIN] = await signIn(ADMIN);
  sessions[VIEWER] = await signIn(VIEWER);
  await applyPolicySet(driver, set);
  await evaluator.evaluateAll();
});

afterAll(async () => {
  await api?.stop();
  await evaluator.stop();
  await driver.executeQuery(`MATCH (n:PolicyFinding|Policy|PolicySetRejection) DETACH DELETE n`);
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(n:Entity) WHERE n.urn IN $urns DETACH DELETE c`, { urns: [PRODUCT, INVOICE, EMAIL] });
  await driver.executeQuery(`MATCH (n:DataProduct {urn: $urn}) OPTIONAL MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox {urn: n.urn}) DETACH DELETE n, o`, { urn: PRODUCT });
  await deleteCrawledData(driver, source);
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username IN $usernames OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`, { usernames: [ADMIN, VIEWER] });
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('policy findings', () => {
  it('appear for every asset that breaks a policy, at the severity its domain pack set', async () => {
    expect(await openFindings()).toEqual([
      'gov-pii-protected invoice.email critical',
      'gov-port-fresh invoice critical', // medium globally, raised by the domain's pack
      'gov-product-owned billing high',
      'gov-sales-described invoice low',
    ]);
  });

  it('carry their evidence, and come back through the API on the dataset, the product and the domain', async () => {
    const { dataset, dataProduct, domain } = await data(
      `query ($dataset: ID!, $product: ID!, $domain: ID!) {
         dataset(urn: $dataset) { policyFindings { policyId severity state message evidence { kind urn description } asset { urn type } } }
         dataProduct(urn: $product) { compliance { openFindings { critical high medium low info total } } }
         domain(urn: $domain) { compliance { openFindings { total critical low } findings(limit: 2) { policyId severity } } }
       }`,
      { dataset: INVOICE, product: PRODUCT, domain: `urn:polder:domain:${DOMAIN}` },
    );
    expect(dataset.policyFindings).toEqual([
      {
        policyId: 'gov-pii-protected', severity: 'CRITICAL', state: 'OPEN',
        message: 'main.invoice.email carries no "PII" term; has no access policy (its dataset is not restricted)',
        evidence: [
          { kind: 'terms', urn: EMAIL, description: 'it carries no term' },
          { kind: 'restricted', urn: EMAIL, description: 'anyone who may read the catalog sees its sensitive values' },
        ],
        asset: { urn: EMAIL, type: 'FIELD' },
      },
      {
        policyId: 'gov-port-fresh', severity: 'CRITICAL', state: 'OPEN', message: 'main.invoice declares no freshness SLO',
        evidence: [{ kind: 'freshnessSlo', urn: INVOICE, description: 'no product exposing it has a latency SLA, and no freshness check watches it' }],
        asset: { urn: INVOICE, type: 'DATASET' },
      },
      {
        policyId: 'gov-sales-described', severity: 'LOW', state: 'OPEN', message: 'main.invoice has no description',
        evidence: [{ kind: 'description', urn: INVOICE, description: 'no description written or crawled' }],
        asset: { urn: INVOICE, type: 'DATASET' },
      },
    ]);
    // The product's own finding, and those of its output port and the port's column; not the ledger's.
    expect(dataProduct.compliance.openFindings).toEqual({ critical: 2, high: 1, medium: 0, low: 1, info: 0, total: 4 });
    expect(domain.compliance.openFindings).toEqual({ total: 4, critical: 2, low: 1 });
    expect(domain.compliance.findings.map((finding: { severity: string }) => finding.severity)).toEqual(['CRITICAL', 'CRITICAL']);
  });

  it("count a list of data products' open findings in one query, however long the list", async () => {
    await withOtherProducts(async (others) => {
      const { one, all, alone } = await listedAndAlone(`query ($urns: [ID!]!) { entities(urns: $urns) { ... on DataProduct { compliance { openFindings { total } } } } }`, [PRODUCT, ...others]);
      expect(all.queries).toBe(one.queries);
      expect(all.entities).toEqual(alone);
      expect(all.entities.map((entity: any) => entity.compliance.openFindings.total)).toEqual([4, 3, 0]);
    });
  });

  it("list data products' findings in the queries of one product's, each up to its own limit", async () => {
    await withOtherProducts(async (others) => {
      const { one, all, alone } = await listedAndAlone(
        `query ($urns: [ID!]!) { entities(urns: $urns) { ... on DataProduct { compliance { top: findings(limit: 2) { policyId assetUrn severity } resolved: findings(state: RESOLVED, limit: 2) { urn } } } } }`,
        [PRODUCT, ...others],
      );
      expect(all.queries).toBe(one.queries);
      expect(all.entities).toEqual(alone);
      // The copy exposes the same port: its two most severe are the port's two critical ones, as the product's are.
      expect(all.entities.map((entity: any) => entity.compliance.top.map((finding: { severity: string }) => finding.severity))).toEqual([['CRITICAL', 'CRITICAL'], ['CRITICAL', 'CRITICAL'], []]);
      expect(all.entities[1].compliance.top).toEqual(all.entities[0].compliance.top);
      expect(all.entities.map((entity: any) => entity.compliance.resolved)).toEqual([[], [], []]);
    });
  });

  it("trace data products' compliance trends in the queries of one product's", async () => {
    await withOtherProducts(async (others) => {
      const { one, all, alone } = await listedAndAlone(
        `query ($urns: [ID!]!) { entities(urns: $urns) { ... on DataProduct { compliance { trend(days: 2) { date measured open { total critical } } } } } }`,
        [PRODUCT, ...others],
      );
      expect(all.queries).toBe(one.queries);
      expect(all.entities).toEqual(alone);
      const lastPoints = all.entities.map((entity: any) => entity.compliance.trend.at(-1));
      // The copy is in this file's domain, measured since today; the empty product is in none.
      expect(lastPoints.map((point: any) => point.open)).toEqual([{ total: 4, critical: 2 }, { total: 3, critical: 2 }, { total: 0, critical: 0 }]);
      expect(lastPoints.map((point: any) => point.measured).slice(0, 2)).toEqual([true, true]);
    });
  });

  it("list domains' findings in the queries of one domain's, each up to its own limit", async () => {
    const others = ['gov-copy', 'gov-clean'];
    // gov-copy breaks what this file's domain breaks (copies of its open findings), gov-clean nothing.
    await driver.executeQuery(
      `UNWIND $others AS other
       MERGE (d:Domain:Entity {urn: 'urn:polder:domain:' + other}) SET d.id = other, d.name = other, d.provider = 'test:governance'`,
      { others },
    );
    try {
      await driver.executeQuery(
        `MATCH (f:PolicyFinding {domain: $domain, state: 'OPEN'})-[:ABOUT]->(asset)
         WITH asset, properties(f) AS finding
         CREATE (copy:PolicyFinding)-[:ABOUT]->(asset)
         SET copy = finding {.*, urn: finding.urn + '-copy', openKey: null, domain: $copy}`,
        { domain: DOMAIN, copy: others[0] },
      );
      const { one, all, alone } = await listedAndAlone(
        `query ($urns: [ID!]!) { entities(urns: $urns) { ... on Domain { compliance { top: findings(limit: 3) { policyId assetUrn severity } all: findings(state: null, limit: 1) { severity state } } } } }`,
        [DOMAIN, ...others].map((domain) => `urn:polder:domain:${domain}`),
      );
      expect(all.queries).toBe(one.queries);
      expect(all.entities).toEqual(alone);
      expect(all.entities.map((entity: any) => entity.compliance.top.map((finding: { severity: string }) => finding.severity))).toEqual([['CRITICAL', 'CRITICAL', 'HIGH'], ['CRITICAL', 'CRITICAL', 'HIGH'], []]);
      expect(all.entities[1].compliance.top).toEqual(all.entities[0].compliance.top);
      expect(all.entities.map((entity: any) => entity.compliance.all)).toEqual([[{ severity: 'CRITICAL', state: 'OPEN' }], [{ severity: 'CRITICAL', state: 'OPEN' }], []]);
    } finally {
      await driver.executeQuery(`MATCH (f:PolicyFinding) WHERE f.domain IN $others DETACH DELETE f`, { others });
      await driver.executeQuery(`MATCH (d:Domain) WHERE d.id IN $others DETACH DELETE d`, { others });
    }
  });

  it('lists the policies in force with their open findings and the severities packs raised', async () => {
    const { policies } = await data(`{ policies { id severity domain requirements target { type outputPort status classifications } raisedIn { domain severity } openFindings } }`);
    expect(policies.find((policy: { id: string }) => policy.id === 'gov-port-fresh')).toEqual({
      id: 'gov-port-fresh', severity: 'MEDIUM', domain: null, requirements: ['freshnessSlo'], target: { type: 'dataset', outputPort: true, status: 'active', classifications: null },
      raisedIn: [{ domain: DOMAIN, severity: 'CRITICAL' }], openFindings: 1,
    });
    expect(policies.find((policy: { id: string }) => policy.id === 'gov-pii-protected').requirements).toEqual(['term: PII', 'restricted']);
    expect(policies.find((policy: { id: string }) => policy.id === 'gov-sales-described').domain).toBe(DOMAIN);
  });

  it('resolve by themselves once edits fix the asset: the edits queue it, the evaluator drains the queue', async () => {
    await edit('setOwners', { urn: PRODUCT, owners: [{ name: 'ada@example.com', type: 'BUSINESS_OWNER' }] });
    await edit('updateDescription', { urn: PRODUCT, description: 'Invoices as billed to customers.' });
    await edit('setRestricted', { urn: INVOICE, restricted: true });
    expect((await rows(`MATCH (o:PolicyOutbox) WHERE o.urn IN [$product, $invoice] RETURN o.urn`, { product: PRODUCT, invoice: INVOICE })).length).toBe(2);
    await evaluator.drain();
    expect(await openFindings()).toEqual([
      'gov-pii-protected invoice.email critical', // restricted now, but still no PII term
      'gov-port-fresh invoice critical',
      'gov-sales-described invoice low',
    ]);
    const [resolved] = await rows<{ state: string; resolution: string; resolvedAt: string }>(
      `MATCH (f:PolicyFinding {policyId: 'gov-product-owned', assetUrn: $product}) RETURN f.state AS state, f.resolution AS resolution, f.resolvedAt AS resolvedAt`,
      { product: PRODUCT },
    );
    expect(resolved).toMatchObject({ state: 'RESOLVED', resolution: 'fixed' });
    const message = (await rows<{ message: string }>(`MATCH (f:PolicyFinding {policyId: 'gov-pii-protected', state: 'OPEN'}) RETURN f.message AS message`))[0]!.message;
    expect(message).toBe('main.invoice.email carries no "PII" term');
  });

  it('count every day in the compliance trend, ending now', async () => {
    const { compliance } = await data(`query ($input: ComplianceInput) { compliance(input: $input) { trend(days: 3) { date measured open { total high critical } } } }`, { input: { domain: DOMAIN } });
    const today = new Date().toISOString().slice(0, 10);
    expect(compliance.trend.map((point: { date: string }) => point.date).at(-1)).toBe(today);
    expect(compliance.trend.at(-1).open).toEqual({ total: 3, high: 0, critical: 2 });
    // The findings opened today: none was open at the end of yesterday.
    expect(compliance.trend[1].open.total).toBe(0);
    // But the policies were put in force today too: yesterday's 0 was not measured, and says so.
    expect(compliance.trend.map((point: { measured: boolean }) => point.measured)).toEqual([false, false, true]);
  });

  it('say that a domain or data product asked for is unknown, not that it is compliant, and list the incidents of known domains only', async () => {
    const COMPLIANCE = `query ($input: ComplianceInput) { compliance(input: $input) { openFindings { total } } }`;
    for (const domain of ['gov-sale', 'Gov Sales', `urn:polder:domain:${DOMAIN}`]) {
      const { errors } = await post(COMPLIANCE, { input: { domain } });
      expect(errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(new RegExp(`^no domain with the id "${domain}": give one of .*\\b${DOMAIN}\\b`)),
          extensions: expect.objectContaining({ code: 'NOT_FOUND', argument: 'input.domain' }),
        }),
      ]);
    }
    const product = await post(COMPLIANCE, { input: { dataProduct: 'urn:polder:dataProduct:(gov-sales,nothing)' } });
    expect(product.errors).toEqual([expect.objectContaining({ message: 'no data product urn:polder:dataProduct:(gov-sales,nothing)', extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
    const incidents = await post(`{ incidents(input: {domain: "gov-sale"}) { title } }`);
    expect(incidents.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'input.domain' });
    expect((await data(`{ incidents(input: {domain: "${DOMAIN}"}) { title } }`)).incidents).toEqual(expect.any(Array));
  });

  it("measure a domain's trend from the first policy that applies to it", async () => {
    const measured = async (input: Record<string, string> | null) =>
      (await data(`query ($input: ComplianceInput) { compliance(input: $input) { trend(days: 2) { measured } } }`, { input })).compliance.trend.map((point: { measured: boolean }) => point.measured);
    // Every policy in force targets this file's domain: the mesh, the domain and its product are measured since today...
    expect(await measured(null)).toEqual([false, true]);
    expect(await measured({ domain: DOMAIN })).toEqual([false, true]);
    expect(await measured({ dataProduct: PRODUCT })).toEqual([false, true]);
    // ...and a domain that none of them applies to is not, though policies are in force elsewhere.
    const elsewhere = { id: 'gov-elsewhere', urn: 'urn:polder:domain:gov-elsewhere' };
    await driver.executeQuery(`MERGE (d:Domain:Entity {urn: $urn}) SET d.id = $id, d.name = 'Elsewhere', d.status = 'ACTIVE'`, elsewhere);
    try {
      expect(await measured({ domain: elsewhere.id })).toEqual([false, false]);
    } finally {
      await driver.executeQuery(`MATCH (d:Domain {urn: $urn}) DETACH DELETE d`, elsewhere);
    }
  });

  it('open when a crawl removes an output port, and leave the policies that target only active assets', async () => {
    createTables('DROP TABLE invoice;');
    await crawlSource(driver, source, { logger: testLogger });
    await evaluator.drain();
    expect(await openFindings()).toEqual(['gov-no-removed-port invoice high']);
    const [finding] = await rows<{ message: string }>(`MATCH (f:PolicyFinding {policyId: 'gov-no-removed-port', state: 'OPEN'}) RETURN f.message AS message`);
    expect(finding!.message).toBe('main.invoice was removed from its source but is still an output port of Billing');
  });
});

describe('a policy dry run', () => {
  const proposed = `policies:\n  - { id: gov-ledger-owned, target: { type: dataset, domains: [${DOMAIN}] }, require: [owner], severity: info, rationale: Someone answers. }\n`;

  it('says what a proposed set would find, and stores nothing', async () => {
    const before = await rows(`MATCH (n:PolicyFinding|Policy) RETURN count(n) AS count`);
    const { previewPolicies } = await data(`query ($input: PreviewPoliciesInput!) { previewPolicies(input: $input) { valid problems counts { info total } byPolicy { policyId findings } findings { policyId assetUrn severity message } } }`, {
      input: { yaml: proposed },
    });
    expect(previewPolicies).toEqual({
      valid: true, problems: [], counts: { info: 1, total: 1 }, byPolicy: [{ policyId: 'gov-ledger-owned', findings: 1 }],
      findings: [{ policyId: 'gov-ledger-owned', assetUrn: LEDGER, severity: 'INFO', message: 'main.ledger has no owner' }],
    });
    expect(await rows(`MATCH (n:PolicyFinding|Policy) RETURN count(n) AS count`)).toEqual(before);
  });

  it('counts every finding, lists only `limit` of them, and judges page by page', async () => {
    const everyDataset = proposed.replace('domains: [gov-sales] }', 'domains: [gov-sales], status: any }');
    const { previewPolicies } = await data(`query ($input: PreviewPoliciesInput!) { previewPolicies(input: $input) { counts { total } byPolicy { policyId findings } findings { assetUrn } } }`, {
      input: { yaml: everyDataset, limit: 1 },
    });
    expect(previewPolicies).toEqual({ counts: { total: 2 }, byPolicy: [{ policyId: 'gov-ledger-owned', findings: 2 }], findings: [{ assetUrn: INVOICE }] });
    // One asset a page: the pages together hold what one read of everything holds.
    const violationsOf = async (batchSize: number) => {
      const pages: string[][] = [];
      await new PolicyEvaluator(driver, { logger: testLogger, batchSize }).dryRun(set.policies, (violations) => {
        pages.push(violations.map((violation) => `${violation.policyId} ${violation.assetUrn}`));
      });
      return pages;
    };
    const whole = (await violationsOf(1_000)).flat();
    const paged = await violationsOf(1);
    expect(paged.length).toBeGreaterThan(2);
    expect(whole.length).toBeGreaterThan(0);
    expect(paged.flat().sort()).toEqual(whole.sort());
  });

  it('names every problem of an invalid set, and is refused to a viewer', async () => {
    const { previewPolicies } = await data(`query ($input: PreviewPoliciesInput!) { previewPolicies(input: $input) { valid problems } }`, {
      input: { yaml: `policies:\n  - { id: x, target: { type: dataset }, require: [owner, ownr], severity: high, rationale: r }\npacks:\n  - { domain: ${DOMAIN}, raise: [{ policy: x, severity: low }] }\n` },
    });
    expect(previewPolicies).toEqual({
      valid: false,
      problems: [
        'policy "x" (governance.policies[0]).require[1]: unknown requirement "ownr" (known: owner, description, freshnessSlo, active, approvedTerms, term, restricted, tag, certified, minTrust, qualityChecks, outputPorts, contractConformance)',
        'governance.packs[0] (domain gov-sales): raise names "x", which is not a global policy (a pack raises only the global baseline\'s severities)',
      ],
    });
    const refused = await post(`query ($input: PreviewPoliciesInput!) { previewPolicies(input: $input) { valid } }`, { input: { yaml: proposed } }, VIEWER);
    expect(refused.errors?.[0]).toMatchObject({ message: 'governance-viewer may not preview policies: only the council, domain owners and admins may', extensions: { code: 'FORBIDDEN' } });
  });
});

describe('an invalid policy set in polder.yaml', () => {
  it('is reported naming the policy, and the set in force stays in force', async () => {
    const before = await rows(`MATCH (p:Policy) RETURN p.id AS id, p.definition AS definition, p.status AS status ORDER BY id`);
    const config = loadConfig({ file: null, env: {}, overrides: { mesh: { domains: [{ id: DOMAIN, name: 'Sales' }] }, governance: { policies: [{ id: 'gov-weak', target: { type: 'field' }, require: ['owner'], severity: 'high', rationale: 'r' }] } } });
    const logged: Array<{ problems?: string[]; message: string }> = [];
    const logger = Object.assign(Object.create(testLogger), {
      error: (fields: { problems?: string[] }, message: string) => logged.push({ ...fields, message }),
      info: () => undefined,
    });
    const governance = await enforcePolicies(driver, config, logger);
    await governance.stop();
    expect(logged[0]!.problems).toEqual(['policy "gov-weak" (governance.policies[0]).require[0]: "owner" does not apply to a field (it applies to dataset, dataProduct)']);
    expect(logged[0]!.message).toMatch(/^invalid governance policies \(1 problem\); the policies in force are unchanged/);
    expect(await rows(`MATCH (p:Policy) RETURN p.id AS id, p.definition AS definition, p.status AS status ORDER BY id`)).toEqual(before);

    // Said through the API too, where stewards read compliance: in full to those who write policies.
    const rejection = `{ policySetRejection { problemCount problems rejectedAt } }`;
    expect((await data(rejection)).policySetRejection).toEqual({ problemCount: 1, problems: logged[0]!.problems, rejectedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect((await post(rejection, {}, VIEWER)).data?.policySetRejection).toMatchObject({ problemCount: 1, problems: [] });
  });

  it('withdrawing a policy resolves its open findings, and a valid set put in force forgets the refusal', async () => {
    expect((await data(`{ policySetRejection { problemCount } }`)).policySetRejection).toEqual({ problemCount: 1 });
    await applyPolicySet(driver, { ...set, policies: set.policies.filter((policy) => policy.id !== 'gov-no-removed-port') });
    expect((await data(`{ policySetRejection { problemCount } }`)).policySetRejection).toBeNull();
    const [finding] = await rows<{ state: string; resolution: string }>(`MATCH (f:PolicyFinding {policyId: 'gov-no-removed-port'}) RETURN f.state AS state, f.resolution AS resolution`);
    expect(finding).toEqual({ state: 'RESOLVED', resolution: 'policy withdrawn' });
    expect((await data(`{ policies { id } }`)).policies.map((policy: { id: string }) => policy.id)).not.toContain('gov-no-removed-port');
  });

  it('putting a withdrawn policy in force again adds it back, and its breach opens a new finding', async () => {
    const applied = await applyPolicySet(driver, set);
    expect(applied).toMatchObject({ added: ['gov-no-removed-port'], changed: [], withdrawn: [] });
    await evaluator.evaluateAll();
    const findings = await rows<{ state: string; resolution: string | null }>(
      `MATCH (f:PolicyFinding {policyId: 'gov-no-removed-port'}) RETURN f.state AS state, f.resolution AS resolution ORDER BY f.openedAt`,
    );
    expect(findings).toEqual([{ state: 'RESOLVED', resolution: 'policy withdrawn' }, { state: 'OPEN', resolution: null }]);
  });

  it('an evaluation that read the policies in force around a withdrawal neither calls its findings fixed nor opens new ones', async () => {
    const withdrawn = 'gov-no-removed-port';
    const [open] = await rows<{ asset: string }>(`MATCH (f:PolicyFinding {policyId: $withdrawn, state: 'OPEN'}) RETURN f.assetUrn AS asset`, { withdrawn });
    const others = set.policies.filter((policy) => policy.id !== withdrawn).map((policy) => policy.id);
    // What the evaluator writes for one asset, given the violations and the policies it applied.
    const write = async (violations: Parameters<typeof writeFindings>[2], applied: string[]) => {
      const session = driver.session();
      try {
        return await session.executeWrite((tx) => writeFindings(tx, [open!.asset], violations, applied, new Date()));
      } finally {
        await session.close();
      }
    };
    try {
      // Read after the withdrawal, resolving before it: the finding was not fixed, its policy was withdrawn.
      expect(await write([], others)).toEqual({ opened: 0, stillOpen: 0, resolved: 1 });
      expect(await rows(`MATCH (f:PolicyFinding {policyId: $withdrawn, assetUrn: $asset}) RETURN f.state AS state, f.resolution AS resolution ORDER BY f.openedAt DESC LIMIT 1`, { withdrawn, asset: open!.asset })).toEqual([
        { state: 'RESOLVED', resolution: 'policy withdrawn' },
      ]);
      // Read before the withdrawal, writing after it: the withdrawn policy opens nothing.
      await driver.executeQuery(`MATCH (p:Policy {id: $withdrawn}) SET p.status = 'REMOVED'`, { withdrawn });
      const violation = { policyId: withdrawn, assetUrn: open!.asset, assetType: 'dataset' as const, domain: DOMAIN, severity: 'high' as const, message: 'x', evidence: [], tellsClassification: false };
      expect(await write([violation], [...others, withdrawn])).toEqual({ opened: 0, stillOpen: 0, resolved: 0 });
      expect(await rows(`MATCH (f:PolicyFinding {policyId: $withdrawn, state: 'OPEN'}) RETURN f.urn`, { withdrawn })).toEqual([]);
    } finally {
      await applyPolicySet(driver, set);
    }
  });
});
