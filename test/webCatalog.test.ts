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
import { findFreePort } from '@polder/runtime';
import { startWeb } from 'polder';
import { launchBrowser, screenshot } from './support/browser.ts';
import { deleteCrawledData, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import { createDatabase } from './support/loadPagila.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';

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
  await writeTestMesh(driver, source);
  await crawlSource(driver, source, { logger: testLogger, env });
  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  await indexer.drain();
  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 } }, { host: '127.0.0.1', port: 0 });
  web = await startWeb({ host: '127.0.0.1', port: await findFreePort() }, `${api.url}/graphql`, testLogger);
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
  it('finds a dataset from the home page despite a typo, and says why it matched', async () => {
    await page.goto(web.url);
    await page.keyboard.press('/');
    await page.keyboard.type('custmer');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=custmer/);
    const hit = page.getByRole('link', { name: 'customer', exact: true });
    await hit.waitFor();
    await screenshot(page, '01-search-custmer');
    expect(await page.locator('article.hit').count()).toBeGreaterThan(1);
    // The customer table also matched through its column customer_id.
    const reason = page.locator('article.hit', { has: hit }).locator('.hit__columns');
    await expect.poll(() => reason.textContent()).toContain('customer_id');
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

  it('shows a proper 404 page for an unknown dataset', async () => {
    const response = await page.goto(`${web.url}/datasets/${encodeURIComponent('urn:polder:dataset:(postgres,web-rentals,nope.public.nope)')}`);
    expect(response?.status()).toBe(404);
    await screenshot(page, '03-dataset-not-found');
  });
});
