/**
 * The governance page of the web catalog, in Chromium against the real stack:
 * a policy set is in force over a crawled SQLite source with a data product,
 * every asset has been evaluated, and the page shows the mesh's open findings
 * by severity with their trend (a chart with its numbers as a table), each
 * domain's, the policies in force (with the severity a domain pack raised), and
 * the findings with their evidence, linked to the asset; a product's and a domain's
 * pages show their own compliance. Passes axe and fits a phone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { crawlSource } from '@polder/crawlers';
import { applyPolicySet, PolicyEvaluator, recordPolicySetRejection, startApiServer, type ApiServer } from '@polder/api';
import { parsePolicySet, type SourceConfig } from '@polder/runtime';
import { launchBrowser } from './support/browser.ts';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { checkPage, DESKTOP } from './support/pageChecks.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'polder-webgovernance-'));
const DOMAIN = 'webgov-shop';
const source: SourceConfig = { id: 'webgov-shop-db', kind: 'sqlite', domain: DOMAIN, path: join(dir, 'shop.db'), include: [], exclude: [] };
const ORDERS = 'urn:polder:dataset:(sqlite,webgov-shop-db,main.orders)';
const PRODUCT = 'urn:polder:dataProduct:(webgov-shop,orders)';

const set = parsePolicySet(
  {
    policies: [
      { id: 'webgov-product-owned', description: 'Every data product has an owner.', target: { type: 'dataProduct', domains: [DOMAIN] }, require: ['owner'], severity: 'high', rationale: 'Someone answers for it.' },
      { id: 'webgov-port-fresh', target: { type: 'dataset', domains: [DOMAIN], outputPort: true }, require: ['freshnessSlo'], severity: 'medium', rationale: 'Consumers plan on it.' },
    ],
    packs: [{ domain: DOMAIN, raise: [{ policy: 'webgov-port-fresh', severity: 'critical' }] }],
  },
  { domains: [DOMAIN], baseDir: dir },
);

let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const shop = new Database(source.path);
  shop.exec('CREATE TABLE orders (order_id INTEGER PRIMARY KEY, total NUMERIC)');
  shop.close();
  await writeTestMesh(driver, source);
  await crawlSource(driver, source, { logger: testLogger });
  await driver.executeQuery(
    `MATCH (domain:Domain {id: $domain}), (orders:Dataset {urn: $orders})
     MERGE (p:DataProduct:Entity {urn: $product}) SET p.id = 'orders', p.name = 'Orders', p.status = 'ACTIVE', p.provider = 'test:webgovernance'
     MERGE (p)-[:IN_DOMAIN]->(domain)
     MERGE (p)-[:EXPOSES {provider: 'test:webgovernance'}]->(orders)`,
    { domain: DOMAIN, orders: ORDERS, product: PRODUCT },
  );
  await applyPolicySet(driver, set);
  await new PolicyEvaluator(driver, { logger: testLogger }).evaluateAll();
  api = await startApiServer(
    { driver, meili: testMeili(), indexPrefix: 'test_webgovernance_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: true } },
    { host: '127.0.0.1', port: 0 },
  );
  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  await driver.executeQuery(`MATCH (n:PolicyFinding|Policy|PolicySetRejection) DETACH DELETE n`);
  await driver.executeQuery(`MATCH (n:DataProduct {urn: $urn}) DETACH DELETE n`, { urn: PRODUCT });
  await deleteCrawledData(driver, source);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the governance page', () => {
  it('shows open findings by severity, per domain with a trend, the policies in force and each finding with its evidence', async () => {
    await page.goto(`${web.url}/governance`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Governance');

    const mesh = page.getByRole('region', { name: 'The whole mesh' });
    const counts = mesh.getByRole('list', { name: 'Open findings of the whole mesh, by severity' }).or(mesh.locator('dl.severity-counts'));
    expect(await counts.locator('.severity--critical dd').textContent()).toBe('1');
    expect(await counts.locator('.severity--high dd').textContent()).toBe('1');
    const today = new Date().toISOString().slice(0, 10);
    // The policies were put in force today: the days before were not measured, and today's count is not compared
    // with anything (the points are counts at each day's end, so a rise and fall within today would not show).
    expect(await mesh.getByRole('img').getAttribute('aria-label')).toBe(
      `Open findings over the last 30 days: 2 open findings now (1 critical, 1 high); policies first applied on ${today}: no earlier day to compare with.`,
    );
    await mesh.getByText('The numbers, day by day').click();
    expect(await mesh.getByRole('row', { name: new RegExp(`^${today}`) }).locator('td').allTextContents()).toEqual(['1', '1', '0', '0', '0', '2']);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(await mesh.getByRole('row', { name: new RegExp(`^${yesterday}`) }).locator('td').allTextContents()).toEqual(['not measured: no policy applied yet']);

    const domainRow = page.getByRole('region', { name: 'By domain' }).getByRole('row', { name: new RegExp(`^Webgov-shop`) });
    expect((await domainRow.locator('td').allTextContents()).slice(0, 5)).toEqual(['1', '1', '0', '0', '0']);

    const policyRow = page.getByRole('region', { name: 'Policies in force' }).getByRole('row', { name: /webgov-port-fresh/ });
    expect(await policyRow.textContent()).toContain(`output-port datasets of ${DOMAIN}`);
    expect(await policyRow.textContent()).toContain(`${DOMAIN}: CRITICAL`);

    const findings = page.getByRole('region', { name: 'Open findings, most severe first' }).getByRole('listitem').filter({ has: page.locator('.finding__head') });
    expect(await findings.first().locator('.finding__head').textContent()).toMatch(/^CRITICAL webgov-port-fresh/);
    const link = findings.first().getByRole('link', { name: 'main.orders declares no freshness SLO' });
    expect(await link.getAttribute('href')).toBe(`/datasets/${encodeURIComponent(ORDERS)}`);
    expect(await findings.first().textContent()).toContain('freshnessSlo: no product exposing it has a latency SLA, and no freshness check watches it');

    await checkPage(page, '60-governance');
  });

  it('shows a product\'s and a domain\'s compliance on their pages, streamed after the rest', async () => {
    await page.goto(`${web.url}/products/${encodeURIComponent(PRODUCT)}`);
    const compliance = page.getByRole('region', { name: 'Policy compliance' });
    await compliance.getByText('main.orders declares no freshness SLO').waitFor();
    expect(await compliance.locator('.severity--critical dd').textContent()).toBe('1');
    expect(await compliance.locator('.severity--high dd').textContent()).toBe('1');
    expect(await compliance.getByText('Orders has no owner').count()).toBe(1);
    await checkPage(page, '61-product-compliance');

    await page.goto(`${web.url}/domains/${encodeURIComponent(`urn:polder:domain:${DOMAIN}`)}`);
    const domainCompliance = page.getByRole('region', { name: 'Policy compliance' });
    await domainCompliance.getByText('Orders has no owner').waitFor();
    expect(await domainCompliance.locator('.severity-counts__total dd').textContent()).toBe('2');
    await checkPage(page, '62-domain-compliance');
  });

  it("says when polder.yaml's policies were refused, and stops saying it once a valid set is in force", async () => {
    await recordPolicySetRejection(driver, ['policy "webgov-typo" (governance.policies[2]).require[0]: unknown requirement "ownr"']);
    await page.goto(`${web.url}/governance`);
    const banner = page.getByRole('alert').filter({ hasText: 'The policies in polder.yaml were refused on' });
    await banner.waitFor();
    // An anonymous reader learns that the findings are judged by the set before, not why (a problem may quote a server path).
    expect(await banner.textContent()).toContain('the findings below, are still the ones from before that edit');
    expect(await banner.textContent()).toContain('It has 1 problem; the council, domain owners and admins see them here.');
    expect(await banner.textContent()).not.toContain('ownr');
    await checkPage(page, '63-governance-policies-refused');

    await applyPolicySet(driver, set);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Governance');
    expect(await banner.count()).toBe(0);
  });
});
