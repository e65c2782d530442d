/**
 * The domains and data products of the web catalog, in Chromium against the
 * real stack: the demo mesh with its contracts (test/support/demoProductsMesh.ts)
 * crawled, scored and indexed, served by the API and the production build of the
 * web. /domains lists each domain with its products; a product page shows its
 * owners, output ports (linked to their dataset pages, which link back), input
 * ports, service level, contract and trust; the home page and the site header
 * lead there. Every page passes axe and fits a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SearchIndexer, startApiServer, TrustScorer, type ApiServer } from '@polder/api';
import { trustConfigSchema } from '@polder/runtime';
import { launchBrowser } from './support/browser.ts';
import { checkPage, DESKTOP } from './support/pageChecks.ts';
import { loadDemoProductsMesh, type DemoProductsMesh } from './support/demoProductsMesh.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const services = testServices();
const driver = testDriver();
const meili = testMeili();
const PREFIX = 'wdp';
const indexPrefix = 'test_wdp_';
let mesh: DemoProductsMesh;
let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
let page: Page;

const path = (kind: 'domains' | 'products' | 'datasets', urn: string) => `/${kind}/${encodeURIComponent(urn)}`;

beforeAll(async () => {
  mesh = await loadDemoProductsMesh(driver, services.postgres, PREFIX);
  await new TrustScorer(driver, { trust: trustConfigSchema.parse(undefined), logger: testLogger }).drain();
  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  await indexer.drain();
  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: DESKTOP });
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  const left = await mesh?.remove();
  await driver.close();
  expect(left, 'left behind by this file').toEqual({ entities: 0, outbox: 0, runs: 0 });
});

describe('the domains page', () => {
  it('lists each domain with its counts and its data products, with owners, contract status and trust', async () => {
    await page.goto(`${web.url}/domains`);
    const rentals = page.getByRole('region', { name: `${PREFIX} rentals`, exact: true });
    await rentals.waitFor();
    // demo/rentals.sql: 8 tables, 5 views and a materialized view; a database and a contract source.
    expect(await rentals.locator('.domain-card__stats').textContent()).toBe('14 datasets · 2 sources');
    const cards = rentals.locator('article.product-card');
    expect(await cards.locator('h4').allTextContents()).toEqual(['Rental orders', 'Rental revenue']);
    const orders = cards.filter({ has: page.getByRole('link', { name: 'Rental orders' }) });
    const text = await orders.textContent();
    expect(text).toContain('sanne.devries, joost.bakker (Rentals order desk)');
    expect(text).toContain('within 1 day');
    expect(text).toMatch(/active · v2\.1\.0/);
    // Scored: a number and its label, not "Not scored yet".
    expect(await orders.locator('.badge--trust').textContent()).toMatch(/^\d{1,3} of 100 · (High|Medium|Low) trust$/);
    const couriers = page.getByRole('region', { name: `${PREFIX} delivery`, exact: true }).locator('article.product-card', { hasText: 'Courier performance' });
    expect(await couriers.textContent()).toContain('No SLO declared');
    await checkPage(page, '65-domains');
  });

  it('is linked from the site header and from the home page, which shows the mesh and what changed last', async () => {
    await page.goto(web.url);
    const overview = page.getByRole('region', { name: 'The domains of the mesh' });
    await overview.getByRole('link', { name: `${PREFIX} rentals`, exact: true }).waitFor();
    await overview.getByRole('list', { name: `Data products of ${PREFIX} rentals` }).getByRole('link', { name: 'Rental revenue' }).waitFor();
    expect(await page.getByRole('region', { name: 'Recently updated' }).locator('li').count()).toBeGreaterThan(0);
    await checkPage(page, '65-home');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Domains' }).click();
    await page.waitForURL(/\/domains$/);
    await page.getByRole('heading', { level: 1, name: /^Domains/ }).waitFor();
  });

  it('opens a domain page with its facts and products', async () => {
    await page.goto(`${web.url}/domains`);
    await page.getByRole('link', { name: `${PREFIX} finance`, exact: true }).click();
    await page.waitForURL(/\/domains\/urn/);
    await page.getByRole('heading', { level: 1, name: `${PREFIX} finance` }).waitFor();
    const facts = await page.locator('.facts').textContent();
    // demo/finance.sql: 9 tables, 5 views and a materialized view.
    expect(facts).toContain('15 datasets: browse them');
    // To the domain's datasets, not everything of the domain (its products, terms and jobs too).
    const browse = new URL((await page.getByRole('link', { name: /datasets: browse them$/ }).getAttribute('href'))!, web.url);
    expect([browse.pathname, browse.searchParams.get('type'), browse.searchParams.get('domain')]).toEqual(['/search', 'DATASET', `${PREFIX} finance`]);
    expect(await page.locator('article.product-card h3').allTextContents()).toEqual(['Invoices & payments', 'Receivables']);
    await checkPage(page, '66-domain-finance');
  });

  it("leads from a domain's source count to the crawls of its own sources only", async () => {
    await page.getByRole('link', { name: /sources: see their crawls$/ }).click();
    await page.waitForURL((url) => url.pathname === '/sources' && url.searchParams.get('domain') === `${PREFIX}-finance`);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Sources of ${PREFIX} finance\\s+2\\s+sources$`) }).waitFor();
    expect((await page.getByRole('heading', { level: 2 }).allTextContents()).sort()).toEqual([`${PREFIX}-finance-contracts`, `${PREFIX}-finance-db`]);
    await checkPage(page, '66-domain-finance-sources');
    await page.getByRole('link', { name: 'Show every source' }).click();
    await page.waitForURL((url) => url.pathname === '/sources' && url.search === '');
    await expect.poll(async () => (await page.getByRole('heading', { level: 2 }).allTextContents()).length).toBeGreaterThan(2);
  });
});

describe('a data product page', () => {
  it('shows its owners, contract, service level, trust and ports, linked to the datasets', async () => {
    await page.goto(`${web.url}${path('domains', `urn:polder:domain:${mesh.domainId('rentals')}`)}`);
    await page.getByRole('link', { name: 'Rental revenue' }).click();
    await page.waitForURL(/\/products\/urn/);
    await page.getByRole('heading', { level: 1, name: /^Rental revenue/ }).waitFor();
    const facts = await page.locator('.facts').textContent();
    expect(facts).toContain('ahmed.elamrani');
    expect(facts).toContain('Team: Rentals finance partners');
    expect(facts).toContain('active, version 1.0.0');
    expect(facts).toContain('within 1 day');

    // Output ports: the crawled views, each linked, promised by its contract object.
    const ports = page.getByRole('region', { name: 'Output ports' }).locator('tbody tr');
    expect(await ports.locator('th a').allTextContents()).toEqual(['branch_monthly_revenue', 'rental_order_revenue']);
    expect(await ports.first().textContent()).toContain('contract object branch_monthly_revenue');
    // Input ports: the tables of Rental orders its views derive from.
    const inputs = page.locator('section', { has: page.getByRole('heading', { name: /^Input ports/ }) }).locator('li');
    expect(await inputs.count()).toBe(2);
    expect(await inputs.first().textContent()).toContain('From Rental orders');
    // Service level and contract.
    expect(await page.locator('section', { has: page.getByRole('heading', { name: 'Service level' }) }).textContent()).toContain('Fresh within 1 day');
    const contract = page.locator('section', { has: page.getByRole('heading', { name: /^Contract/ }) });
    expect(await contract.locator('.contract-list__match').count()).toBe(2);
    expect(await contract.locator('.contract-list__missing').count()).toBe(0);
    await page.getByRole('heading', { name: 'Trust', exact: true }).waitFor();
    expect(await page.locator('.trust-score__value').textContent()).toMatch(/^\d{1,3} \/ 100$/);
    await checkPage(page, '67-product-rental-revenue');

    // To the dataset, which names the product it belongs to, and back.
    await ports.getByRole('link', { name: 'rental_order_revenue', exact: true }).click();
    await page.waitForURL(/\/datasets\/urn/);
    await page.locator('.facts').getByRole('link', { name: 'Rental revenue' }).click();
    await page.waitForURL(/\/products\/urn/);
    await page.getByRole('heading', { level: 1, name: /^Rental revenue/ }).waitFor();
  });

  it('says when a product declares no freshness objective', async () => {
    await page.goto(`${web.url}${path('products', mesh.product('delivery', 'courier-performance'))}`);
    await page.getByRole('heading', { level: 1, name: /^Courier performance/ }).waitFor();
    expect(await page.locator('p.notice', { hasText: 'No freshness objective' }).count()).toBe(1);
    await checkPage(page, '68-product-courier-performance');
  });

  it('answers 404 for an unknown product or domain, and for a URN of another kind', async () => {
    for (const unknown of [
      path('products', `urn:polder:dataProduct:(${mesh.domainId('rentals')},no-such-product)`),
      path('products', mesh.table('rentals', 'public.rental_order')),
      path('domains', 'urn:polder:domain:wdp-nowhere'),
    ]) {
      const response = await page.goto(`${web.url}${unknown}`);
      expect(response?.status(), unknown).toBe(404);
    }
  });
});
