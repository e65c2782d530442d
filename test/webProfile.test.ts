/**
 * The dataset page's Profile section, in Chromium against the real stack: a
 * SQLite source crawled and profiled into Neo4j (its e-mail column carrying a
 * glossary term classified PII), served by the API, rendered by the production
 * build of the web catalog. Each column shows its share of nulls, distinct
 * values, range and top values; the PII column says its values are withheld and
 * none of them is on the page; a restricted dataset's columns say theirs are
 * shown to no one (not that they were never read: its profile may predate the
 * restriction); a dataset never profiled says so. The page passes
 * axe and fits a phone, long values included.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { crawlSource, runAndRecordProfiles } from '@polder/crawlers';
import { startApiServer, type ApiServer } from '@polder/api';
import type { SourceConfig } from '@polder/runtime';
import { launchBrowser } from './support/browser.ts';
import { checkPage, DESKTOP } from './support/pageChecks.ts';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'polder-webprofile-'));
const SOURCE_ID = 'webprofile-shop';
const source: SourceConfig = { id: SOURCE_ID, kind: 'sqlite', domain: SOURCE_ID, path: join(dir, 'shop.db'), include: [], exclude: [] };
const dataset = (table: string) => `urn:polder:dataset:(sqlite,${SOURCE_ID},main.${table})`;
const TERM = 'urn:polder:glossaryTerm:(webprofile,email-address)';
const LONG_NOTE = `${'a-very-long-unbroken-note-'.repeat(7)}end`;

let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
let page: Page;

// The section; its table's scroll box is a region of the same name.
const profileSection = () => page.locator('section#profile');
const profileRows = () => profileSection().locator('tbody tr');
const rowOf = (column: string) => profileRows().filter({ has: page.getByRole('rowheader', { name: column, exact: true }) });
const open = (table: string) => page.goto(`${web.url}/datasets/${encodeURIComponent(dataset(table))}`);
/** The cells of a column's row after its name, as read: `['25% (1)', '2', 'Delft', ...]`. */
const cells = async (column: string) => (await rowOf(column).locator('td').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());

beforeAll(async () => {
  const shop = new Database(source.path);
  shop.exec(`CREATE TABLE customer (customer_id INTEGER PRIMARY KEY, email TEXT, city TEXT, note TEXT);
             INSERT INTO customer VALUES (1, 'ada@example.com', 'Delft', '${LONG_NOTE}'), (2, 'bob@example.com', 'Leiden', NULL),
                                         (3, NULL, 'Delft', NULL), (4, 'cy@example.com', NULL, NULL);
             CREATE TABLE visit (visit_id INTEGER PRIMARY KEY, at TEXT)`);
  shop.close();
  await writeTestMesh(driver, source);
  await crawlSource(driver, source, { logger: testLogger });
  await driver.executeQuery(
    `MERGE (t:GlossaryTerm:Entity {urn: $term}) SET t.name = 'Email address', t.classifications = ['PII'], t.termStatus = 'APPROVED', t.status = 'ACTIVE'
     WITH t MATCH (f:Field {urn: $field}) MERGE (f)-[:MEANS {provider: 'person'}]->(t)`,
    { term: TERM, field: `urn:polder:field:(${dataset('customer')},email)` },
  );
  const profiled = await runAndRecordProfiles(
    driver,
    [{ source: SOURCE_ID, datasets: ['customer'], exclude: [], views: false, schedule: undefined, sampleRows: 1000, timeoutMs: 10_000 }],
    [source],
    { logger: testLogger },
  );
  expect(profiled.results.map((result) => result.outcome)).toEqual(['OK']);
  api = await startApiServer(
    { driver, meili: testMeili(), indexPrefix: 'test_webprofile_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: true } },
    { host: '127.0.0.1', port: 0 },
  );
  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: DESKTOP });
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  await driver.executeQuery(`MATCH (n:Entity {provider: $provider}) DETACH DELETE n`, { provider: `profile:${SOURCE_ID}` });
  await driver.executeQuery(`MATCH (t:GlossaryTerm {urn: $urn}) DETACH DELETE t`, { urn: TERM });
  await deleteCrawledData(driver, source);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the Profile section of a dataset page', () => {
  it('shows each column\'s nulls, distinct values, range and top values, and withholds the PII column\'s values', async () => {
    await open('customer');
    await profileRows().first().waitFor();
    await expect.poll(() => profileSection().textContent()).toContain('4 rows read (the whole table)');
    expect(await profileRows().count()).toBe(4);

    // city: Delft, Leiden, Delft, NULL — a quarter null, 2 distinct, Delft..Leiden, Delft twice.
    expect(await cells('city')).toEqual(['25% (1)', '2', 'Delft', 'Leiden', 'Delft × 2 Leiden × 1']);
    expect(await cells('customer_id')).toEqual(['0% (0)', '4', '1', '4', '1 × 1 2 × 1 3 × 1 4 × 1']);
    expect(await cells('email')).toEqual(['25% (1)', '3', 'Withheld sensitive column: its values are not read']);
    const body = await page.textContent('body');
    expect(body).not.toContain('@example.com');
    expect(body).toContain(LONG_NOTE);

    await checkPage(page, '20-dataset-profile');
  });

  it('profiles the page of columns the schema shows', async () => {
    await open('customer');
    await profileRows().first().waitFor();
    const every = await profileRows().locator('th').allTextContents();
    expect(every).toHaveLength(4);
    await page.goto(`${web.url}/datasets/${encodeURIComponent(dataset('customer'))}?columns=1`);
    await expect.poll(() => profileRows().locator('th').allTextContents()).toEqual(every.slice(1));
    expect(await page.locator('section#columns table.schema-table tbody th').allTextContents()).toEqual(every.slice(1));
  });

  it("says a restricted dataset's values are shown to no one, not that they were never read", async () => {
    // Restricted after its profile read the values: they are withheld now, from this reader (outside its domain) as from anyone.
    await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) SET d.editable_restricted = true`, { urn: dataset('customer') });
    try {
      await open('customer');
      await profileRows().first().waitFor();
      const restricted = 'Withheld restricted dataset: its values are shown to no one';
      expect(await cells('city')).toEqual(['25% (1)', '2', restricted]);
      expect(await cells('email')).toEqual(['25% (1)', '3', restricted]);
      expect(await profileSection().textContent()).not.toContain('not read');
      expect(await profileSection().textContent()).not.toContain('Delft');
    } finally {
      await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) REMOVE d.editable_restricted`, { urn: dataset('customer') });
    }
  });

  it('says a dataset has not been profiled yet', async () => {
    await open('visit');
    await expect.poll(() => profileSection().textContent()).toContain('Not profiled yet');
    expect(await profileSection().locator('table').count()).toBe(0);
  });
});
