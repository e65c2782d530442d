/**
 * Does the crawled table keep its data contract's schema promise? End to end, against a real PostgreSQL
 * (embedded), a real Neo4j, the API, the policy evaluator and the web catalog in Chromium: an ODCS
 * contract describes a table that keeps it; then the producer drops a promised column, retypes another,
 * makes a required one nullable and drops the primary key, and the table is crawled again. The API's
 * `contractConformance` names each broken promise, the `contractConformance` requirement opens a finding
 * from the policy outbox the crawl filled (no full evaluation), the dataset page lists the problems and
 * the product page marks the port. Then the contract, corrected and crawled alone, promises what the
 * table has, and the finding resolves: the contract's crawl queues the table too; and once the contract
 * no longer describes the table, the linker queues it, and it meets the policy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { crawlSource } from '@polder/crawlers';
import { applyPolicySet, PolicyEvaluator, startApiServer, type ApiServer } from '@polder/api';
import { parsePolicySet, type SourceConfig } from '@polder/runtime';
import { launchBrowser } from './support/browser.ts';
import { deleteCrawledData, testPostgresSource, writeTestMesh, writeTestSource } from './support/crawlFixture.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { createDatabase, runSql } from './support/loadPagila.ts';
import { checkPage, DESKTOP } from './support/pageChecks.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const services = testServices();
const driver = testDriver();
const DOMAIN = 'cf-shop';
const DATABASE = 'contract_conformance';
const { source, env } = testPostgresSource(services.postgres, 'cf-pg', DATABASE, DOMAIN);
const dir = mkdtempSync(join(tmpdir(), 'polder-contract-conformance-'));
const contracts: SourceConfig = { id: 'cf-contracts', kind: 'contract', domain: DOMAIN, path: dir, include: [], exclude: [] };
const TABLE = `urn:polder:dataset:(postgres,cf-pg,${DATABASE}.public.orders)`;
const PROMISE = 'urn:polder:dataset:(contract,cf-contracts,cf-orders,orders)';
const PRODUCT = `urn:polder:dataProduct:(${DOMAIN},cf-orders)`;
const evaluator = new PolicyEvaluator(driver, { logger: testLogger });

/** The contract: a table of orders, five promised columns (`properties` replaces them for a later version). */
function contract(version: string, properties: string): string {
  return `apiVersion: v3.1.0
kind: DataContract
id: cf-orders
name: Orders
version: ${version}
status: active
servers:
  - server: main
    type: postgres
    host: 127.0.0.1
    port: 5432
    database: ${DATABASE}
    schema: public
schema:
  - name: orders
    physicalName: orders
    physicalType: table
    properties:
${properties}`;
}

const FIRST_PROMISE = `      - { name: id, logicalType: integer, required: true, primaryKey: true }
      - { name: customer_id, logicalType: integer, required: true }
      - { name: email, logicalType: string, physicalType: VARCHAR(120), required: true }
      - { name: amount, logicalType: number }
      - { name: placed_at, logicalType: timestamp, required: true }
`;

let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
let page: Page;

async function data(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, any>> {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as GraphQLResponse;
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

const CONFORMANCE = `query ($urn: ID!) {
  dataset(urn: $urn) {
    describedBy { urn }
    contractConformance { conforms promise { urn name platform } problems { column kind promised actual description } }
    policyFindings { policyId severity message evidence { kind urn description } }
  }
}`;

beforeAll(async () => {
  await createDatabase(
    services.postgres,
    DATABASE,
    `CREATE TABLE public.orders (
       id integer PRIMARY KEY,
       customer_id bigint NOT NULL,
       email varchar(120) NOT NULL,
       amount numeric(10,2),
       placed_at timestamptz NOT NULL,
       notes text
     );`,
  );
  writeFileSync(join(dir, 'orders.odcs.yaml'), contract('1.0.0', FIRST_PROMISE));
  await writeTestMesh(driver, source, 'Shop');
  await writeTestSource(driver, contracts);
  await crawlSource(driver, source, { logger: testLogger, env });
  await crawlSource(driver, contracts, { logger: testLogger });
  await applyPolicySet(
    driver,
    parsePolicySet(
      { policies: [{ id: 'cf-contracts-kept', target: { type: 'dataset', domains: [DOMAIN] }, require: ['contractConformance'], severity: 'high', rationale: 'Consumers build on the promise.' }] },
      { domains: [DOMAIN], baseDir: dir },
    ),
  );
  await evaluator.evaluateAll();
  api = await startApiServer(
    { driver, meili: testMeili(), indexPrefix: 'test_contractconformance_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: true } },
    { host: '127.0.0.1', port: 0 },
  );
  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  // A fresh API compiles (graphql-jit) and plans (Neo4j) its first dataset and product queries from cold, which on a
  // busy machine has outlasted the 10 s the web waits for an answer (webPeople.test.ts). The pages under test are
  // then read warm, as a running catalog's are.
  await page.goto(`${web.url}/datasets/${encodeURIComponent(PROMISE)}`);
  await page.goto(`${web.url}/products/${encodeURIComponent(PRODUCT)}`);
});

afterAll(async () => {
  await evaluator.stop();
  await browser?.close();
  await web?.stop();
  await api?.stop();
  await driver.executeQuery(`MATCH (n:PolicyFinding|Policy) DETACH DELETE n`);
  await deleteCrawledData(driver, contracts);
  await deleteCrawledData(driver, source);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a table that keeps its contract', () => {
  it('conforms to the contract object that describes it: more columns than promised are no problem', async () => {
    const { dataset } = await data(CONFORMANCE, { urn: TABLE });
    expect(dataset.describedBy).toEqual([{ urn: PROMISE }]);
    expect(dataset.contractConformance).toEqual([{ conforms: true, promise: { urn: PROMISE, name: 'orders', platform: 'contract' }, problems: [] }]);
    expect(dataset.policyFindings).toEqual([]);
    // The promise itself is described by nothing.
    expect((await data(CONFORMANCE, { urn: PROMISE })).dataset.contractConformance).toEqual([]);
  });

  it('says so on its page', async () => {
    await page.goto(`${web.url}/datasets/${encodeURIComponent(TABLE)}`);
    const kept = page.locator('#contract');
    await kept.waitFor();
    expect(await kept.textContent()).toBe('Data contract✓ Kept Keeps its contract: contract object orders');
    expect(await kept.getByRole('link', { name: 'contract object orders' }).getAttribute('href')).toBe(`/datasets/${encodeURIComponent(PROMISE)}`);
  });
});

describe('a table that breaks its contract', () => {
  const PROBLEMS = [
    { column: 'id', kind: 'NOT_PRIMARY_KEY', promised: 'primary key', actual: 'not in the primary key', description: 'id is not in the primary key, promised primary key' },
    { column: 'customer_id', kind: 'MISSING_COLUMN', promised: 'integer', actual: null, description: 'customer_id is missing (promised integer)' },
    { column: 'email', kind: 'NULLABLE', promised: 'required', actual: 'nullable', description: 'email is nullable, promised required' },
    { column: 'amount', kind: 'LOGICAL_TYPE', promised: 'number', actual: 'text', description: 'amount is text, promised number' },
  ];

  beforeAll(async () => {
    await runSql(
      services.postgres,
      DATABASE,
      `ALTER TABLE public.orders DROP CONSTRAINT orders_pkey;
       ALTER TABLE public.orders ALTER COLUMN id SET NOT NULL;
       ALTER TABLE public.orders DROP COLUMN customer_id;
       ALTER TABLE public.orders ALTER COLUMN amount TYPE text;
       ALTER TABLE public.orders ALTER COLUMN email DROP NOT NULL;`,
    );
    await crawlSource(driver, source, { logger: testLogger, env });
    // What the crawl queued, and nothing else: no full evaluation.
    await evaluator.drain();
  });

  it('names each broken promise through the API, in the order of the contract', async () => {
    const { dataset } = await data(CONFORMANCE, { urn: TABLE });
    expect(dataset.contractConformance).toEqual([{ conforms: false, promise: { urn: PROMISE, name: 'orders', platform: 'contract' }, problems: PROBLEMS }]);
  });

  it('opens a finding of the contractConformance requirement, naming the first problems and how many there are', async () => {
    const { dataset } = await data(CONFORMANCE, { urn: TABLE });
    expect(dataset.policyFindings).toEqual([
      {
        policyId: 'cf-contracts-kept',
        severity: 'HIGH',
        message:
          `${DATABASE}.public.orders does not keep contract object orders (4 problems): id is not in the primary key, promised primary key; ` +
          'customer_id is missing (promised integer); email is nullable, promised required; and 1 more',
        evidence: [
          { kind: 'contract', urn: PROMISE, description: 'id is not in the primary key, promised primary key' },
          { kind: 'contract', urn: PROMISE, description: 'customer_id is missing (promised integer)' },
          { kind: 'contract', urn: PROMISE, description: 'email is nullable, promised required' },
          { kind: 'contract', urn: PROMISE, description: "and 1 more, listed with the dataset's data contract" },
        ],
      },
    ]);
  });

  it('lists the problems on its page, and marks the port on the product page', async () => {
    await page.goto(`${web.url}/datasets/${encodeURIComponent(TABLE)}`);
    const broken = page.locator('#contract');
    await broken.waitFor();
    expect(await broken.getByRole('list', { name: 'Data contracts describing it' }).getByRole('listitem').first().textContent()).toMatch(
      /^✗ Broken Breaks its contract: contract object orders/,
    );
    expect(await broken.getByRole('list', { name: 'What it breaks of contract object orders' }).getByRole('listitem').allTextContents()).toEqual([
      'id is not in the primary key, promised primary key',
      'customer_id is missing (promised integer)',
      'email is nullable, promised required',
      'amount is text, promised number',
    ]);
    await checkPage(page, '70-dataset-breaks-contract');

    await page.goto(`${web.url}/products/${encodeURIComponent(PRODUCT)}`);
    const port = page.getByRole('region', { name: 'Output ports' }).getByRole('row', { name: /orders/ });
    const mark = port.getByRole('link', { name: 'Broken: 4 problems' });
    await mark.waitFor();
    expect(await mark.getAttribute('href')).toBe(`/datasets/${encodeURIComponent(TABLE)}#contract`);
    await checkPage(page, '71-product-port-breaks-contract');
  });

  it('is judged again when the contract alone is crawled, corrected without a new version, and keeps it', async () => {
    // The same version: the product does not change, so only the contract object's own entry in the outbox can bring the table.
    writeFileSync(
      join(dir, 'orders.odcs.yaml'),
      contract(
        '1.0.0',
        `      - { name: id, logicalType: integer, required: true }
      - { name: email, logicalType: string }
      - { name: amount, logicalType: string }
`,
      ),
    );
    await crawlSource(driver, contracts, { logger: testLogger });
    await evaluator.drain();
    const { dataset } = await data(CONFORMANCE, { urn: TABLE });
    expect(dataset.contractConformance).toEqual([{ conforms: true, promise: { urn: PROMISE, name: 'orders', platform: 'contract' }, problems: [] }]);
    expect(dataset.policyFindings).toEqual([]);
    const [resolved] = (
      await driver.executeQuery(`MATCH (f:PolicyFinding {assetUrn: $urn, policyId: 'cf-contracts-kept'}) RETURN f.state AS state, f.resolution AS resolution`, { urn: TABLE })
    ).records.map((record) => record.toObject());
    expect(resolved).toEqual({ state: 'RESOLVED', resolution: 'fixed' });
  });

  it('is judged again when its contract no longer describes it, which it then meets', async () => {
    const version = (number: string, physicalName: string) => {
      writeFileSync(join(dir, 'orders.odcs.yaml'), contract(number, `      - { name: notes, logicalType: integer }\n`).replace('physicalName: orders', `physicalName: ${physicalName}`));
      return crawlSource(driver, contracts, { logger: testLogger });
    };
    const openFindings = async () => (await data(CONFORMANCE, { urn: TABLE })).dataset.policyFindings.map((finding: { message: string }) => finding.message);
    await version('3.0.0', 'orders');
    await evaluator.drain();
    expect(await openFindings()).toEqual([`${DATABASE}.public.orders does not keep contract object orders (1 problem): notes is text, promised integer`]);
    // The object now names a table the database does not have: the linker unlinks the table, which meets the policy.
    await version('4.0.0', 'orders_archive');
    await evaluator.drain();
    const { dataset } = await data(CONFORMANCE, { urn: TABLE });
    expect(dataset.describedBy).toEqual([]);
    expect(dataset.contractConformance).toEqual([]);
    expect(dataset.policyFindings).toEqual([]);
  });
});
