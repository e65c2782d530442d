/**
 * People, teams, tags and the header's search box in the web catalog, in Chromium against the real stack:
 * a PostgreSQL database crawled (its tables owned by roles, as PostgreSQL reports a table's owner), a
 * directory of people and teams crawled by a `directory` source (twice: the second no longer lists one
 * person, who is then REMOVED), a domain owned by a team (polder.yaml's `owners`), a tag set through
 * the API, everything indexed into Meilisearch, served by the API and the production build of the web.
 *
 *   wpe_ana  Wpe Ana Lima, Data engineer, member of Wpe Data Team; owns orders and t_01 … t_50 (51 datasets)
 *   wpe_bo   Wpe Bo Chen, member of Wpe Data Team; owns nothing
 *   wpe_gone listed by the first crawl only: REMOVED
 *   customers is owned by the role wpe_nobody, whom the directory does not know: its owner stays text
 *   Wpe Data Team owns the domain Wpe shop
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { crawlSource, GraphWriter, meshSnapshot } from '@polder/crawlers';
import { SearchIndexer, startApiServer, type ApiServer } from '@polder/api';
import type { SourceConfig } from '@polder/runtime';
import { accountsClient } from './support/accountsClient.ts';
import { launchBrowser } from './support/browser.ts';
import { deleteCrawledData, testPostgresSource } from './support/crawlFixture.ts';
import { createDatabase, runSql } from './support/loadPagila.ts';
import { checkPage, DESKTOP, expectReachableWithoutSidewaysScrolling, PHONE } from './support/pageChecks.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const services = testServices();
const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_wpe_';
const DOMAIN = 'wpe-shop';
const DATABASE = 'webpeople_shop';
const { source, env } = testPostgresSource(services.postgres, 'wpe-shop', DATABASE, DOMAIN);
const ROLES = ['wpe_ana', 'wpe_nobody'];
const PASSWORD = 'a long enough password';
const EDITOR = 'wpe-editor';
const { as, signIn } = accountsClient();

const dataset = (table: string) => `urn:polder:dataset:(postgres,${source.id},${DATABASE}.public.${table})`;
const ORDERS = dataset('orders');
const CUSTOMERS = dataset('customers');
const ANA = 'urn:polder:person:wpe_ana';
const GONE = 'urn:polder:person:wpe_gone';
const TEAM = 'urn:polder:team:wpe-data';
const TAG = 'wpe-gold';
const COLUMN_TAG = 'wpe-contact';
/** Enough tables for two pages of what wpe_ana owns (50 a page): orders and these 50. */
const NUMBERED = Array.from({ length: 50 }, (_, index) => `t_${String(index + 1).padStart(2, '0')}`);

const directoryDir = mkdtempSync(join(tmpdir(), 'polder-webpeople-'));
const directoryFile = join(directoryDir, 'people.yaml');
const directory: SourceConfig = { id: 'wpe-people', kind: 'directory', domain: DOMAIN, path: directoryFile, include: [], exclude: [] };
const DIRECTORY = `teams:
  - { id: wpe-data, name: Wpe Data Team, email: wpe-data@shop.example, description: Keeps the shop's data. }
people:
  - { id: wpe_ana, displayName: Wpe Ana Lima, email: wpe.ana@shop.example, title: Data engineer, teams: [wpe-data] }
  - { id: wpe_bo, displayName: Wpe Bo Chen, teams: [wpe-data] }
`;

const path = (kind: 'datasets' | 'domains' | 'people' | 'teams', urn: string) => `/${kind}/${encodeURIComponent(urn)}`;

let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await runSql(services.postgres, 'postgres', ROLES.map((role) => `DROP ROLE IF EXISTS ${role}; CREATE ROLE ${role};`).join('\n'));
  await createDatabase(
    services.postgres,
    DATABASE,
    [
      'CREATE TABLE public.orders (id int PRIMARY KEY, customer_id int); ALTER TABLE public.orders OWNER TO wpe_ana;',
      'CREATE TABLE public.customers (id int PRIMARY KEY, email text); ALTER TABLE public.customers OWNER TO wpe_nobody;',
      ...NUMBERED.map((table) => `CREATE TABLE public.${table} (id int); ALTER TABLE public.${table} OWNER TO wpe_ana;`),
    ].join('\n'),
  );
  // The mesh as polder.yaml would declare it: the domain, owned by a team of the directory, and both sources.
  const mesh = meshSnapshot({ domains: [{ id: DOMAIN, name: 'Wpe shop', description: '', owners: ['Wpe Data Team'] }], sources: [source, directory] });
  await new GraphWriter(driver).write({ ...mesh, provider: `config:${source.id}` });
  // The first crawl lists wpe_gone; the second, as the directory has it now, no longer does.
  writeFileSync(directoryFile, `${DIRECTORY}  - { id: wpe_gone, displayName: Wpe Gone Person }\n`);
  await crawlSource(driver, directory, { logger: testLogger });
  writeFileSync(directoryFile, DIRECTORY);
  await crawlSource(driver, directory, { logger: testLogger });
  await crawlSource(driver, source, { logger: testLogger, env });

  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
  // Tags, as a person sets them: one on the orders table and on its column id, another on the customers' email column alone.
  await signIn(driver, api, [{ username: EDITOR, roles: ['DOMAIN_OWNER'], domains: [DOMAIN] }], PASSWORD);
  for (const [urn, tag] of [[ORDERS, TAG], [`urn:polder:field:(${ORDERS},id)`, TAG], [`urn:polder:field:(${CUSTOMERS},email)`, COLUMN_TAG]] as const) {
    const read = await as(EDITOR)(`query ($urn: ID!) { entity(urn: $urn) { ... on Dataset { version } ... on Field { version } } }`, { urn });
    const edited = await as(EDITOR)(`mutation ($input: SetTagsInput!) { setTags(input: $input) { urn } }`, {
      input: { urn, expectedVersion: read.data!.entity.version, tags: [tag] },
    });
    expect(edited.errors).toBeUndefined();
  }
  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  await indexer.drain();

  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: DESKTOP });
  // A fresh API compiles (graphql-jit) and plans (Neo4j) its first dataset query from cold, which on a busy
  // machine has outlasted the 10 s the web waits for an answer (measured: 5.8 s for the API alone). The
  // pages under test are then read warm, as a running catalog's are.
  await page.goto(`${web.url}${path('datasets', ORDERS)}`);
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(n:Entity) WHERE n.provider = $provider DETACH DELETE c`, { provider: `${source.kind}:${source.id}` });
  await driver.executeQuery(
    `MATCH (a:Account {username: $username})
     OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a)
     DETACH DELETE x, a`,
    { username: EDITOR },
  );
  await deleteCrawledData(driver, directory);
  await deleteCrawledData(driver, source);
  await runSql(services.postgres, 'postgres', `DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await runSql(services.postgres, 'postgres', ROLES.map((role) => `DROP ROLE IF EXISTS ${role};`).join('\n'));
  rmSync(directoryDir, { recursive: true, force: true });
  await driver.close();
});

describe("a dataset's owners", () => {
  it('link to the person an owner entry names, with its ownership type; a name nobody answers to stays text', async () => {
    await page.goto(`${web.url}${path('datasets', ORDERS)}`);
    const owners = page.locator('#owners');
    await owners.getByRole('link', { name: 'wpe_ana', exact: true }).waitFor();
    expect(await owners.getByRole('listitem').allInnerTexts()).toEqual(['wpe_ana · Technical owner']);

    await page.goto(`${web.url}${path('datasets', CUSTOMERS)}`);
    await page.locator('#owners').getByText('wpe_nobody').waitFor();
    expect(await page.locator('#owners').getByRole('link').count()).toBe(0);
  });

  it("read an entry written as a person's URN as their name", async () => {
    const urn = dataset('t_01');
    const read = await as(EDITOR)(`query ($urn: ID!) { dataset(urn: $urn) { version } }`, { urn });
    const edited = await as(EDITOR)(`mutation ($input: SetOwnersInput!) { setOwners(input: $input) { urn } }`, {
      input: { urn, expectedVersion: read.data!.dataset.version, owners: [{ name: ANA, type: 'BUSINESS_OWNER' }] },
    });
    expect(edited.errors).toBeUndefined();
    await page.goto(`${web.url}${path('datasets', urn)}`);
    const owners = page.locator('#owners');
    const link = owners.getByRole('link', { name: 'Wpe Ana Lima', exact: true });
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(path('people', ANA));
    expect(await owners.getByRole('listitem').allInnerTexts()).toEqual(['Wpe Ana Lima · Business owner']);
  });
});

describe('a person page', () => {
  it('shows who they are, their teams, and what they own by kind, a page at a time', async () => {
    await page.goto(`${web.url}${path('datasets', ORDERS)}`);
    await page.locator('#owners').getByRole('link', { name: 'wpe_ana', exact: true }).click();
    await page.waitForURL(`**${path('people', ANA)}`);
    await page.getByRole('heading', { level: 1, name: 'Wpe Ana Lima' }).waitFor();
    expect(await page.title()).toBe('Wpe Ana Lima · People · Polder');
    await page.getByText('Data engineer').waitFor();
    expect(await page.getByRole('link', { name: 'wpe.ana@shop.example' }).getAttribute('href')).toBe('mailto:wpe.ana@shop.example');
    expect(await page.locator('.facts').getByRole('definition').allInnerTexts()).toEqual(['wpe.ana@shop.example', 'wpe_ana', 'Active', '51 assets']);
    const teams = page.getByRole('region', { name: /^Teams/ });
    expect(await teams.getByRole('link').allInnerTexts()).toEqual(['Wpe Data Team']);

    const owns = page.getByRole('region', { name: /^Owns/ });
    const listed = () => owns.getByRole('listitem').allInnerTexts();
    // orders, then t_01 … t_49: the API's order, by name; each a dataset, with its name in the store.
    expect(await listed()).toHaveLength(50);
    expect((await listed())[0]).toMatch(/^orders\s+Dataset · webpeople_shop\.public\.orders$/);
    expect(await owns.getByRole('link', { name: 'orders', exact: true }).getAttribute('href')).toBe(path('datasets', ORDERS));
    const pager = owns.getByRole('navigation', { name: 'Pages of what Wpe Ana Lima owns' });
    expect(await pager.innerText()).toMatch(/1–50 of 51/);
    await checkPage(page, 'people-01-person');

    await pager.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL((url) => url.search === '?owns=50' && url.hash === '#owns');
    await expect.poll(listed).toEqual([expect.stringMatching(/^t_50\s+Dataset · webpeople_shop\.public\.t_50$/)]);
    expect(await pager.innerText()).toMatch(/51–51 of 51/);
    await owns.getByRole('link', { name: 't_50' }).click();
    await page.waitForURL(`**${path('datasets', dataset('t_50'))}`);
    await page.getByRole('heading', { level: 1, name: /^t_50/ }).waitFor();
  });

  it('shows a person the directory no longer lists as removed, owning nothing', async () => {
    await page.goto(`${web.url}${path('people', GONE)}`);
    await page.getByRole('heading', { level: 1, name: /^Wpe Gone Person\s+Removed$/ }).waitFor();
    expect(await page.locator('.facts').getByRole('definition').allInnerTexts()).toEqual(['Not known', 'wpe_gone', 'Removed from the directory', '0 assets']);
    await page.getByText('Nothing: the directory no longer lists them.').waitFor();
  });

  it.each([
    ['an unknown person', `/people/${encodeURIComponent('urn:polder:person:wpe-nobody-here')}`],
    ['an unknown team', `/teams/${encodeURIComponent('urn:polder:team:wpe-nobody-here')}`],
    ['a URN of another kind', `/people/${encodeURIComponent(TEAM)}`],
    ['a segment that is no URN', '/teams/not-a-urn'],
    ['malformed percent-encoding', '/people/%ZZ'],
  ])('answers the styled 404 for %s', async (_what, address) => {
    const response = await page.goto(`${web.url}${address}`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
  });
});

describe('a team page', () => {
  it("is reached from the domain it owns, and lists its members and what it owns", async () => {
    await page.goto(`${web.url}${path('domains', `urn:polder:domain:${DOMAIN}`)}`);
    await page.locator('.facts').getByRole('link', { name: 'Wpe Data Team' }).click();
    await page.waitForURL(`**${path('teams', TEAM)}`);
    await page.getByRole('heading', { level: 1, name: 'Wpe Data Team' }).waitFor();
    expect(await page.title()).toBe('Wpe Data Team · Teams · Polder');
    await page.getByText("Keeps the shop's data.").waitFor();
    expect(await page.getByRole('link', { name: 'wpe-data@shop.example' }).getAttribute('href')).toBe('mailto:wpe-data@shop.example');
    const members = page.getByRole('region', { name: /^Members/ });
    // The removed person is nobody's member any more.
    expect(await members.getByRole('link').allInnerTexts()).toEqual(['Wpe Ana Lima', 'Wpe Bo Chen']);
    expect(await members.getByRole('listitem').first().innerText()).toMatch(/^Wpe Ana Lima\s+Data engineer$/);
    const owns = page.getByRole('region', { name: /^Owns/ });
    expect(await owns.getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/^Wpe shop\s+Domain$/)]);
    await checkPage(page, 'people-02-team');

    await members.getByRole('link', { name: 'Wpe Bo Chen' }).click();
    await page.waitForURL(`**${path('people', 'urn:polder:person:wpe_bo')}`);
    await page.getByText('Nothing names them as its owner.').waitFor();
  });
});

describe('a tag', () => {
  it("opens the search for everything carrying it, from a dataset's tags and from a column's", async () => {
    await page.goto(`${web.url}${path('datasets', ORDERS)}`);
    const columnTag = page.getByRole('list', { name: 'terms and tags of id' }).getByRole('link', { name: TAG });
    expect(await columnTag.getAttribute('href')).toBe(`/search?tag=${TAG}`);
    await page.getByRole('list', { name: 'tags', exact: true }).getByRole('link', { name: TAG }).click();
    await page.waitForURL((url) => url.pathname === '/search' && url.search === `?tag=${TAG}`);
    await page.getByRole('link', { name: `Remove filter Tag: ${TAG}` }).waitFor();
    // Only the orders table carries it.
    await expect.poll(() => page.locator('article.hit .hit__name').allInnerTexts()).toEqual(['orders']);

    // A tag on a column alone finds its table: a dataset's document holds its columns' tags, as it holds their terms.
    await page.goto(`${web.url}${path('datasets', CUSTOMERS)}`);
    await page.getByRole('list', { name: 'terms and tags of email' }).getByRole('link', { name: COLUMN_TAG }).click();
    await page.waitForURL((url) => url.pathname === '/search' && url.search === `?tag=${COLUMN_TAG}`);
    await expect.poll(() => page.locator('article.hit .hit__name').allInnerTexts()).toEqual(['customers']);
  });
});

describe("the header's search box", () => {
  const headerBox = (on: Page) => on.getByRole('banner').getByRole('combobox', { name: 'Search the catalog' });

  it('searches from a dataset page, and is not doubled on the pages with a box of their own', async () => {
    await page.goto(`${web.url}/`);
    await page.getByRole('combobox', { name: 'Search datasets and columns' }).waitFor();
    expect(await headerBox(page).count()).toBe(0);

    await page.goto(`${web.url}${path('datasets', ORDERS)}`);
    await headerBox(page).fill('customers');
    await headerBox(page).press('Enter');
    await page.waitForURL((url) => url.pathname === '/search' && url.searchParams.get('q') === 'customers');
    await page.getByRole('link', { name: 'customers', exact: true }).first().waitFor();
    // The search page's own box carries the query on; the header has none beside it.
    expect(await page.getByRole('combobox', { name: 'Search datasets and columns' }).inputValue()).toBe('customers');
    expect(await headerBox(page).count()).toBe(0);

    // The header stays across in-app navigations: its box comes back on the page opened from here.
    await page.getByRole('link', { name: 'customers', exact: true }).first().click();
    await page.waitForURL(`**${path('datasets', CUSTOMERS)}`);
    await headerBox(page).waitFor();
  });

  it('fits a phone, on a row of its own', async () => {
    await page.goto(`${web.url}${path('datasets', ORDERS)}`);
    await page.setViewportSize(PHONE);
    try {
      await expectReachableWithoutSidewaysScrolling(headerBox(page), "the header's search box");
      await expectReachableWithoutSidewaysScrolling(page.getByRole('banner').getByRole('button', { name: 'Search' }), "the header's search button");
    } finally {
      await page.setViewportSize(DESKTOP);
    }
    await checkPage(page, 'people-03-dataset-header-search');
  });

  it('works without JavaScript: a plain GET form to the search page', async () => {
    const context = await browser.newContext({ viewport: DESKTOP, javaScriptEnabled: false });
    try {
      const plain = await context.newPage();
      await plain.goto(`${web.url}${path('people', ANA)}`);
      await headerBox(plain).fill('orders');
      await headerBox(plain).press('Enter');
      await plain.waitForURL((url) => url.pathname === '/search' && url.search === '?q=orders');
      await plain.getByRole('link', { name: 'orders', exact: true }).first().waitFor();
    } finally {
      await context.close();
    }
  });
});
