/**
 * The web catalog in a real browser against the real stack: a domain database
 * crawled into Neo4j, indexed into Meilisearch, served by the API, rendered by
 * the production build of the Next.js catalog, driven in Chromium.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { crawlSource } from '@polder/crawlers';
import { SearchIndexer, startApiServer, type ApiServer } from '@polder/api';
import { launchBrowser, screenshot } from './support/browser.ts';
import { deleteCrawledData, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import { createDatabase, runSql } from './support/loadPagila.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const services = testServices();
const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_web_';
const { source, env } = testPostgresSource(services.postgres, 'web-rentals', 'web_rentals', 'rentals');
let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await createDatabase(services.postgres, 'web_rentals', readFileSync(new URL('../demo/rentals.sql', import.meta.url), 'utf8'));
  await runSql(
    services.postgres,
    'web_rentals',
    `CREATE TABLE public.rental_event (rental_event_id bigint, happened_at timestamptz NOT NULL) PARTITION BY RANGE (happened_at);
     CREATE TABLE public.rental_event_2026_11 PARTITION OF public.rental_event FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');
     CREATE TABLE public.rental_event_2026_12 PARTITION OF public.rental_event FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');`,
  );
  await writeTestMesh(driver, source);
  await crawlSource(driver, source, { logger: testLogger, env });
  // Between two crawls, people query one table: the second crawl measures its usage (the "Popular" list).
  await runSql(services.postgres, 'web_rentals', Array.from({ length: 12 }, () => 'SELECT count(*) FROM public.maintenance_event;').join('\n'));
  await crawlSource(driver, source, { logger: testLogger, env });
  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  await indexer.drain();
  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 }, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  await deleteCrawledData(driver, source);
  await driver.close();
});

describe('the web catalog', () => {
  it('lists the most used datasets on the home page, beside the recently updated ones', async () => {
    await page.goto(web.url);
    const popular = page.getByRole('region', { name: 'Popular' });
    // Only the queried table was read between the two crawls; the tables nobody read are not "popular".
    await expect.poll(() => popular.getByRole('listitem').allTextContents()).toEqual([
      'maintenance_eventDataset · postgres · web_rentals.public.maintenance_event · Rentals · popularity 100 of 100',
    ]);
    await popular.getByRole('link', { name: 'maintenance_event' }).waitFor();
    await page.getByRole('region', { name: 'Recently updated' }).getByRole('listitem').first().waitFor();
    await screenshot(page, '00-home-popular');
  });

  it('finds a dataset from the home page despite a typo, and says why it matched', async () => {
    await page.goto(web.url);
    // Through the labelled box rather than the `/` shortcut: the box is a plain form that
    // works before hydration, while the shortcut needs the page's script to have run.
    await page.getByLabel('Search datasets and columns').fill('custmer');
    await page.getByLabel('Search datasets and columns').press('Enter');
    await page.waitForURL(/\/search\?q=custmer/);
    const hit = page.getByRole('link', { name: 'customer', exact: true });
    await hit.waitFor();
    await screenshot(page, '01-search-custmer');
    expect(await page.locator('article.hit').count()).toBeGreaterThan(1);
    // The customer table also matched through its column customer_id.
    const reason = page.locator('article.hit', { has: hit }).locator('.hit__columns');
    await expect.poll(() => reason.textContent()).toContain('customer_id');
    // A dataset carries its trust badge (scored, or not yet).
    expect(await page.locator('article.hit', { has: hit }).locator('.badge--trust').textContent()).toMatch(/^(Trust \d{1,3}|Not scored)$/);
  });

  it('narrows the results with a facet, keeps the filter in the URL, and Back undoes it', async () => {
    // The counts are shown, over all matching assets: every custmer hit is in Rentals.
    const hitCount = await page.locator('article.hit').count();
    const facets = page.getByRole('complementary', { name: 'Filter' });
    await facets.getByRole('region', { name: 'Domain' }).getByRole('link', { name: `Rentals ${hitCount} results` }).waitFor();

    // Every demo asset is in Rentals and on postgres, so those facets narrow nothing;
    // the type does: browsing everything lists the datasets and the Rentals domain itself.
    await page.getByRole('link', { name: 'Browse all' }).click();
    await page.waitForURL(/\/search$/);
    const types = facets.getByRole('region', { name: 'Type' });
    await types.getByRole('link', { name: 'Domain 1 result' }).waitFor();
    const total = await page.locator('article.hit').count();
    expect(await page.locator('.hit__kind', { hasText: /^Domain/ }).count()).toBe(1);
    // A domain has no trust score, so no badge: only datasets and products do.
    expect(await page.locator('article.hit', { has: page.locator('.hit__kind', { hasText: /^Domain/ }) }).locator('.badge--trust').count()).toBe(0);
    expect(await page.locator('article.hit .badge--trust').count()).toBe(total - 1);

    await types.getByRole('link', { name: /^Dataset \d+ results$/ }).click();
    await page.waitForURL(/\/search\?type=DATASET$/);
    await page.getByRole('link', { name: 'Remove filter Type: Dataset' }).waitFor();
    await expect.poll(() => page.locator('article.hit').count()).toBe(total - 1);
    expect(await page.locator('.hit__kind', { hasText: /^Domain/ }).count()).toBe(0);
    // The other type stays listed, counted as if unfiltered, so it can be added (ORed).
    await types.getByRole('link', { name: 'Domain 1 result' }).waitFor();
    await types.getByRole('link', { name: /^Dataset \d+ results, selected$/ }).waitFor();
    await screenshot(page, '01-search-filtered');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, '01-search-filtered-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.goBack();
    await page.waitForURL(/\/search$/);
    await expect.poll(() => page.locator('article.hit').count()).toBe(total);
    await page.goForward();
    await page.waitForURL(/\/search\?type=DATASET$/);
    await expect.poll(() => page.locator('article.hit').count()).toBe(total - 1);
  });

  it('opens the dataset page with its schema, domain and lineage', async () => {
    await page.getByRole('link', { name: 'customer', exact: true }).first().click();
    await page.waitForURL(/\/datasets\//);
    await expect.poll(() => page.locator('h1').textContent()).toContain('customer');
    const schema = page.locator('table.schema-table');
    await expect.poll(() => schema.textContent()).toContain('email');
    await expect.poll(() => page.textContent('body')).toContain('Rentals');
    // The lineage panel streams in after the page; the screenshot waits for it.
    await page.getByText('Tracing lineage').waitFor({ state: 'detached' });
    await expect.poll(() => page.textContent('body')).toContain('customer_rental_summary');
    await screenshot(page, '02-dataset-customer');
  });

  it("pages a table's columns, and keeps the page's other parameters", async () => {
    const customer = `${web.url}/datasets/${encodeURIComponent('urn:polder:dataset:(postgres,web-rentals,web_rentals.public.customer)')}`;
    const schema = page.locator('section#columns');
    const columnNames = () => schema.locator('table.schema-table tbody th').allTextContents();
    await page.goto(customer);
    await expect.poll(columnNames).toContain('email');
    const every = await columnNames();
    expect(await schema.getByRole('heading', { level: 2 }).innerText()).toMatch(new RegExp(`^Schema\\s+${every.length}\\s+columns$`));
    // One page holds them all: no pager.
    expect(await schema.getByRole('navigation').count()).toBe(0);
    // A page from the third column (as the pager links a table wider than a page), with the lineage view kept.
    await page.goto(`${customer}?depth=2&columns=2`);
    const pager = schema.getByRole('navigation', { name: 'Pages of columns' });
    await expect.poll(() => pager.innerText()).toMatch(new RegExp(`← Previous\\s+3–${every.length} of ${every.length}`));
    expect(await columnNames()).toEqual(every.slice(2));
    expect(await schema.getByRole('heading', { level: 2 }).innerText()).toMatch(new RegExp(`^Schema\\s+${every.length}\\s+columns$`));
    await pager.getByRole('link', { name: '← Previous' }).click();
    await page.waitForURL((url) => url.search === '?depth=2' && url.hash === '#columns');
    await expect.poll(columnNames).toEqual(every);
    // Past the last column, the pager says where the list ends, and the table does not claim there are none.
    await page.goto(`${customer}?columns=500`);
    await expect.poll(() => pager.innerText()).toMatch(new RegExp(`← Previous\\s+The list ends at ${every.length}`));
    expect(await schema.textContent()).not.toContain('No columns are known');
    // Nor does the profile section, streamed in after, say the columns there are not profiled yet: it is left out.
    await page.getByText('Reading the column profiles…').waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { name: /^Profile/ }).count()).toBe(0);
  });

  it('leads from a partitioned table to its partitions, and from a partition back to its table', async () => {
    const table = 'urn:polder:dataset:(postgres,web-rentals,web_rentals.public.rental_event)';
    await page.goto(`${web.url}/datasets/${encodeURIComponent(table)}`);
    const partitions = page.getByRole('region', { name: /^Partitions/ });
    await expect.poll(() => partitions.getByRole('link').allTextContents()).toEqual(['rental_event_2026_11', 'rental_event_2026_12']);
    // A page of the list from its second partition (as the pager links a list longer than a page), with the lineage view kept.
    await page.goto(`${web.url}/datasets/${encodeURIComponent(table)}?depth=2&partitions=1`);
    const pager = partitions.getByRole('navigation', { name: 'Pages of partitions' });
    await expect.poll(() => pager.innerText()).toMatch(/← Previous\s+2–2 of 2/);
    expect(await partitions.getByRole('heading').innerText()).toMatch(/^Partitions\s+2\s+partitions$/);
    expect(await partitions.getByRole('link', { name: /^rental_event_/ }).allTextContents()).toEqual(['rental_event_2026_12']);
    await pager.getByRole('link', { name: '← Previous' }).click();
    await page.waitForURL((url) => url.search === '?depth=2' && url.hash === '#partitions');
    await expect.poll(() => partitions.getByRole('link').allTextContents()).toEqual(['rental_event_2026_11', 'rental_event_2026_12']);
    await partitions.getByRole('link', { name: 'rental_event_2026_12' }).click();
    await page.waitForURL(/rental_event_2026_12/);
    const partitionOf = page.locator('.facts div', { hasText: 'Partition of' });
    await partitionOf.getByRole('link', { name: 'rental_event' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/^rental_event\b/);
    // Its kind in words, not the API's PARTITIONED_TABLE.
    expect(await page.locator('.facts div', { has: page.locator('dt', { hasText: /^Kind$/ }) }).locator('dd').innerText()).toBe('Partitioned table');
    // In search results, a partition says whose it is.
    await page.goto(`${web.url}/search?q=rental_event`);
    const hit = page.locator('article.hit', { has: page.getByRole('link', { name: 'rental_event_2026_11', exact: true }) });
    await expect.poll(() => hit.locator('.hit__kind').textContent()).toContain('Dataset · Table · partition of rental_event');
    await expect.poll(() => page.locator('article.hit', { has: page.getByRole('heading', { name: 'rental_event', exact: true }) }).locator('.hit__kind').textContent()).not.toContain('partition of');
  });

  it('says a page past the last one is empty, not the catalog, and leads back to the last page', async () => {
    await page.goto(`${web.url}/search?page=50`);
    await expect.poll(() => page.locator('#results-summary').textContent()).toBe('No results on page 50');
    const emptyState = page.locator('.empty-state');
    expect(await emptyState.textContent()).toMatch(/^Page 50 is past the last result\. Back to the (first page|last page, \d+)$/);
    await emptyState.getByRole('link').click();
    await page.waitForURL((url) => url.searchParams.get('page') !== '50');
    await page.locator('article.hit').first().waitFor();
    // The last page: results, and no page after it.
    expect(await page.locator('#results-summary').textContent()).toMatch(/^\d+ results in the catalog/);
    expect(await page.getByRole('link', { name: 'Next →' }).count()).toBe(0);
  });

  it('shows a proper 404 page for an unknown dataset', async () => {
    const response = await page.goto(`${web.url}/datasets/${encodeURIComponent('urn:polder:dataset:(postgres,web-rentals,nope.public.nope)')}`);
    expect(response?.status()).toBe(404);
    await screenshot(page, '03-dataset-not-found');
  });

  it('answers a path with malformed percent-encoding with the styled 404 page and the usual headers, not a bare 500', async () => {
    for (const path of ['/datasets/%ZZ', '/datasets/%E0%A4%A', '/domains/%ZZ', '/products/%ZZ', '/glossary/terms/%ZZ', '/polysemes/%ZZ', '/jobs/%ZZ']) {
      // fetch sends the path as written: the WHATWG URL parser leaves a malformed escape alone.
      const response = await fetch(`${web.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(await response.text(), path).toContain('Nothing in the catalog lives at this address.');
    }
    const response = await page.goto(`${web.url}/datasets/%ZZ`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
    await screenshot(page, '03-dataset-malformed-address');
  });

  it('suggests datasets while typing, and opens the one picked with the keyboard', async () => {
    await page.goto(web.url);
    const box = page.getByRole('combobox', { name: 'Search datasets and columns' });
    await box.click();
    await page.keyboard.type('rental');
    const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    await options.first().waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await options.count()).toBeLessThanOrEqual(8);
    await expect.poll(() => options.allTextContents()).toContainEqual(expect.stringContaining('rental_order'));

    // The Rentals domain may come first (it opens a search, not a page): go down to the first dataset.
    const datasetIndex = (await options.allTextContents()).findIndex((text) => text.endsWith('Dataset'));
    for (let step = 0; step <= datasetIndex; step++) await page.keyboard.press('ArrowDown');
    const picked = options.nth(datasetIndex);
    expect(await picked.getAttribute('aria-selected')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe(await picked.getAttribute('id'));
    await screenshot(page, '04-search-suggestions');
    const name = await picked.locator('.suggestion__name').textContent();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/datasets\//);
    await expect.poll(() => page.locator('h1').textContent()).toContain(name);
  });
});

