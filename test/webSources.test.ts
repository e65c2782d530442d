/**
 * The sources page of the web catalog, in Chromium against the real stack with
 * anonymous reading off and an API that runs crawls on request (a real
 * TaskScheduler): every source with its kind and latest runs (status in words,
 * times, counts, problems), newest first; an admin's "Run now" starts a crawl
 * through the triggerCrawl mutation and says so, and the new run is listed
 * after a reload; a viewer sees the runs but no button. The page passes axe
 * and fits a phone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { crawlOnRequest, crawlSource, crawlTask, TaskScheduler } from '@polder/crawlers';
import { AccountService, startApiServer, type ApiServer } from '@polder/api';
import type { SourceConfig } from '@polder/runtime';
import { launchBrowser, screenshot } from './support/browser.ts';
import { checkPage, DESKTOP } from './support/pageChecks.ts';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'polder-websources-'));
const SOURCE_ID = 'websources-shop';
// Scheduled on weekday nights: the test's scheduler never starts its clock, it only runs crawls on request.
const source: SourceConfig = { id: SOURCE_ID, kind: 'sqlite', domain: SOURCE_ID, path: join(dir, 'shop.db'), include: [], exclude: [], schedule: '15 2 * * 1-5' };
const SOURCE_URN = `urn:polder:source:${SOURCE_ID}`;
const PASSWORD = 'a long enough password';
const ADMIN = 'websources-admin';
const VIEWER = 'websources-viewer';

const scheduler = new TaskScheduler(testLogger);
let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;

async function signedIn(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: DESKTOP });
  const page = await context.newPage();
  await page.goto(`${web.url}/sources`);
  await page.waitForURL(/\/sign-in\?next=%2Fsources$/);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/sources$/);
  return { context, page };
}

const sourceSection = (page: Page) => page.getByRole('region', { name: SOURCE_ID, exact: true });
const runRows = (page: Page) => page.getByRole('region', { name: `Latest runs of ${SOURCE_ID}` }).locator('tbody tr');

beforeAll(async () => {
  const shop = new Database(source.path);
  shop.exec(`CREATE TABLE customer (customer_id INTEGER PRIMARY KEY, email TEXT NOT NULL, full_name TEXT);
             CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customer(customer_id), total NUMERIC)`);
  shop.close();
  await writeTestMesh(driver, source);
  await crawlSource(driver, source, { logger: testLogger });
  const accounts = new AccountService(driver);
  await accounts.create({ username: ADMIN, password: PASSWORD, roles: ['ADMIN'] });
  await accounts.create({ username: VIEWER, password: PASSWORD, roles: ['VIEWER'] });
  api = await startApiServer(
    {
      driver,
      meili: testMeili(),
      indexPrefix: 'test_websources_',
      logger: testLogger,
      lineage: { maxDepth: 5, maxNodes: 100 },
      access: { anonymousRead: false },
      crawls: crawlOnRequest(scheduler, [crawlTask(source, (crawled) => crawlSource(driver, crawled, { logger: testLogger }))]),
    },
    { host: '127.0.0.1', port: 0 },
  );
  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await scheduler.stop();
  await api?.stop();
  // The audit of each crawl request hangs from the source node: it goes before the source does.
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(:Entity {urn: $urn}) DETACH DELETE c`, { urn: SOURCE_URN });
  await driver.executeQuery(
    `MATCH (a:Account) WHERE a.username STARTS WITH 'websources-'
     OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a)
     DETACH DELETE x, a`,
  );
  await deleteCrawledData(driver, source);
  const { records } = await driver.executeQuery(
    `CALL () { MATCH (a:Account) WHERE a.username STARTS WITH 'websources-' RETURN count(a) AS accounts }
     CALL () { MATCH (c:Change) WHERE c.actor STARTS WITH 'websources-' RETURN count(c) AS changes }
     CALL () { MATCH (r:CrawlRun {sourceUrn: $urn}) RETURN count(r) AS runs }
     CALL () { MATCH (n:Entity) WHERE n.provider IN [$provider, $meshProvider] RETURN count(n) AS entities }
     RETURN accounts, changes, runs, entities`,
    { urn: SOURCE_URN, provider: `sqlite:${SOURCE_ID}`, meshProvider: `config:${SOURCE_ID}` },
  );
  await driver.close();
  expect(records[0]!.toObject(), 'left behind by this file').toEqual({ accounts: 0, changes: 0, runs: 0, entities: 0 });
  rmSync(dir, { recursive: true, force: true });
});

describe('the sources page', () => {
  it('shows a viewer every source with its latest runs, and no Run now button', async () => {
    const { context, page } = await signedIn(VIEWER);
    const section = sourceSection(page);
    await section.waitFor();
    const facts = await section.locator('.facts').textContent();
    expect(facts).toContain('sqlite');
    // The schedule in words, and as polder.yaml writes it.
    expect(facts).toContain('ScheduleAt 02:15, Monday through Friday15 2 * * 1-5');
    const rows = runRows(page);
    expect(await rows.count()).toBe(1);
    const run = rows.first();
    await run.getByText('Succeeded', { exact: true }).waitFor();
    // The counts of that one crawl: two tables (and their columns) created.
    const cells = await run.locator('td').allTextContents();
    expect(cells[0]).toBe('Succeeded');
    expect(cells[1]).toMatch(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC$/);
    expect(cells[2]).toMatch(/UTC$/);
    expect(Number(cells[4])).toBeGreaterThanOrEqual(2);
    expect(cells[7]).toBe('None');
    expect(await page.getByRole('button', { name: /Run now/ }).count()).toBe(0);
    await checkPage(page, '50-sources-viewer');
    await context.close();
  });

  it('is linked from the site header', async () => {
    const { context, page } = await signedIn(VIEWER);
    await page.goto(`${web.url}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sources' }).click();
    await page.waitForURL(/\/sources$/);
    await page.getByRole('heading', { level: 1, name: /^Sources/ }).waitFor();
    await context.close();
  });

  it('lets an admin crawl a source now, says so, and lists the new run after a reload', async () => {
    const { context, page } = await signedIn(ADMIN);
    const section = sourceSection(page);
    const before = await runRows(page).count();
    expect(before).toBe(1);

    await section.getByRole('button', { name: /^Run now/ }).click();
    await section.getByRole('status').filter({ hasText: /^Crawl started$/ }).waitFor();
    await screenshot(page, '50-sources-admin-started');

    // The run is recorded as it starts; it is listed first, whatever its state, and ends as Succeeded.
    await expect
      .poll(async () => {
        await page.reload();
        return runRows(page).count();
      })
      .toBe(before + 1);
    await expect
      .poll(async () => {
        await page.reload();
        return runRows(page).first().locator('td').first().textContent();
      }, { timeout: 20_000 })
      .toBe('Succeeded');
    const { records } = await driver.executeQuery(`MATCH (c:Change {action: 'triggerCrawl'})-[:ABOUT]->(:Source {urn: $urn}) RETURN c.actor AS actor`, { urn: SOURCE_URN });
    expect(records.map((record) => record.get('actor'))).toEqual([ADMIN]);
    await checkPage(page, '50-sources-admin');
    await context.close();
  });
});
