/**
 * A sense's identity columns edited in the web catalog, in Chromium against the
 * real stack with anonymous reading off. Two crawled domains each define a
 * sense of one polyseme. The sense's domain owner opens its term page, chooses
 * a dataset of the domain (only the domain's are offered) and one of its
 * columns, adds it, removes another, and sees the new list on the term page, on
 * the polyseme page (whose sense card leads to the editor) and in the API. A
 * steward who saves on a stale version is told so, keeps the column chosen, and
 * changes nothing; a column of another domain's dataset, asked for by a
 * hand-made URL, is refused in the API's words. A viewer and another domain's
 * owner see the identity columns read-only, with no editor. Every state of the
 * editor passes axe and fits a phone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { crawlSource } from '@polder/crawlers';
import { SearchIndexer, startApiServer, type ApiServer } from '@polder/api';
import type { SourceConfig } from '@polder/runtime';
import { accountsClient } from './support/accountsClient.ts';
import { launchBrowser } from './support/browser.ts';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { checkPage } from './support/pageChecks.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { webPeople } from './support/webPeople.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_webidentity_';
const dir = mkdtempSync(join(tmpdir(), 'polder-webidentity-'));
const SHOP = { id: 'wi-shop', name: 'Wi Shop' };
const SHIP = { id: 'wi-ship', name: 'Wi Ship' };
const sqliteSource = (id: string): SourceConfig => ({ id, kind: 'sqlite', domain: id, path: join(dir, `${id}.db`), include: [], exclude: [] });
const sources = [sqliteSource(SHOP.id), sqliteSource(SHIP.id)];
const dataset = (sourceId: string, table: string) => `urn:polder:dataset:(sqlite,${sourceId},main.${table})`;
const field = (datasetUrn: string, column: string) => `urn:polder:field:(${datasetUrn},${column})`;
const CUSTOMERS = dataset(SHOP.id, 'customers');
const ORDERS = dataset(SHOP.id, 'orders');
const RECIPIENTS = dataset(SHIP.id, 'recipients');
const PASSWORD = 'a long enough password';
/** Owns the shop domain: edits its glossary, the shop's sense included. */
const OWNER = 'wi-owner';
/** Edits every domain's glossary. */
const STEWARD = 'wi-steward';
/** Owns the other domain: may not edit the shop's sense. */
const SHIP_OWNER = 'wi-ship-owner';
const VIEWER = 'wi-viewer';
/** Creates the polyseme: the council's part. */
const COUNCIL = 'wi-council';
const LABEL = 'Wi Client';
const EDITOR_SUMMARY = 'Edit identity columns';
const CONFLICT = 'Someone changed this since you opened it.';

let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
const { newPerson, signInAt } = webPeople({ browser: () => browser, webUrl: () => web.url, password: PASSWORD });
const { as, signIn } = accountsClient();
const senses: Record<string, string> = {};
let polyseme = '';

async function call(username: string, query: string, variables: Record<string, unknown> = {}) {
  const body = await as(username)(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as Record<string, any>;
}
/** The shop's sense as the API stores it: its version and identity columns. */
const storedSense = async () =>
  (await call(STEWARD, `query ($urn: ID!) { glossaryTerm(urn: $urn) { version definition identityFields { urn } } }`, { urn: senses[SHOP.id] })).glossaryTerm as {
    version: number;
    definition: string;
    identityFields: Array<{ urn: string }>;
  };
const termPath = (urn: string) => `/glossary/terms/${encodeURIComponent(urn)}`;
/** The term page with a dataset chosen in the editor, as its dataset form (or a hand-made link) asks for it. */
const withDataset = (urn: string, datasetUrn: string) => `${termPath(urn)}?${new URLSearchParams({ identityDataset: datasetUrn })}#identity-columns`;

/** The identity columns a page's header lists, read-only, to everyone. */
const listedColumns = (page: Page) => page.locator('.dataset-header dt', { hasText: 'Identity columns' }).locator('xpath=following-sibling::dd[1]').locator('li').allInnerTexts();

/** The identity columns editor of a term page, opened, and its three forms. */
async function openEditor(page: Page) {
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${LABEL}`) }).waitFor();
  const editor = page.getByRole('region', { name: 'Edit' }).locator('details', { has: page.locator('summary', { hasText: EDITOR_SUMMARY }) });
  if ((await editor.getAttribute('open')) === null) await editor.locator('summary').click();
  return {
    removal: editor.locator('form').filter({ has: page.getByRole('list', { name: 'Identity columns to remove' }) }),
    datasets: editor.locator('form').filter({ has: page.getByRole('button', { name: 'Show its columns' }) }),
    addition: editor.locator('form').filter({ has: page.getByRole('button', { name: 'Add column' }) }),
  };
}

const optionLabels = (select: Locator) => select.locator('option').allInnerTexts();

beforeAll(async () => {
  const shop = new Database(join(dir, `${SHOP.id}.db`));
  shop.exec(`CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, name TEXT);
             CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total NUMERIC);`);
  shop.close();
  const ship = new Database(join(dir, `${SHIP.id}.db`));
  ship.exec(`CREATE TABLE recipients (id INTEGER PRIMARY KEY, email TEXT, address TEXT);`);
  ship.close();
  for (const [source, domain] of [
    [sources[0]!, SHOP],
    [sources[1]!, SHIP],
  ] as const) {
    await writeTestMesh(driver, source, domain.name);
    await crawlSource(driver, source, { logger: testLogger });
  }

  // Anonymous reading off (the default): every page needs a signed-in person.
  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: false } }, { host: '127.0.0.1', port: 0 });
  await signIn(
    driver,
    api,
    [
      { username: OWNER, roles: ['DOMAIN_OWNER'], domains: [SHOP.id] },
      { username: STEWARD, roles: ['STEWARD'] },
      { username: SHIP_OWNER, roles: ['DOMAIN_OWNER'], domains: [SHIP.id] },
      { username: VIEWER, roles: ['VIEWER'] },
      { username: COUNCIL, roles: ['COUNCIL'] },
    ],
    PASSWORD,
  );

  // A sense per domain (the domains' part, written by the steward), one polyseme over both (the council's),
  // and each sense identified by its domain's email column.
  const CREATE_TERM = `mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { urn version } }`;
  const IDENTITY = `mutation ($input: SetIdentityFieldsInput!) { setIdentityFields(input: $input) { version } }`;
  for (const [domain, identity] of [
    [SHOP, field(CUSTOMERS, 'email')],
    [SHIP, field(RECIPIENTS, 'email')],
  ] as const) {
    const created = (await call(STEWARD, CREATE_TERM, { input: { glossary: domain.id, name: LABEL, definition: `A client, as ${domain.name} sees one.` } })).createGlossaryTerm;
    senses[domain.id] = created.urn;
    await call(STEWARD, IDENTITY, { input: { urn: created.urn, expectedVersion: created.version, fieldUrns: [identity] } });
  }
  polyseme = (
    await call(COUNCIL, `mutation ($input: CreatePolysemeInput!) { createPolyseme(input: $input) { urn } }`, {
      input: { label: LABEL, description: 'Whom we serve.', senseUrns: Object.values(senses) },
    })
  ).createPolyseme.urn;

  // The editor finds a domain's datasets through search.
  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  await indexer.drain();

  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  const glossary = `MATCH (n) WHERE (n:GlossaryTerm AND n.glossary IN $domains) OR (n:Polyseme AND n.urn = $polyseme)`;
  const params = { domains: [SHOP.id, SHIP.id], polyseme };
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (c:Change)-[:ABOUT]->(n) DETACH DELETE c`, params);
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (o:IndexOutbox {urn: n.urn}) DETACH DELETE o, n`, params);
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(n:Entity) WHERE n.provider IN $providers DETACH DELETE c`, { providers: sources.map((source) => `sqlite:${source.id}`) });
  for (const source of sources) await deleteCrawledData(driver, source);
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'wi-' OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`);
  await meili.deleteIndexIfExists(`${indexPrefix}assets`);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a sense's term page, for those who may edit the sense", () => {
  it('adds a column of a dataset of its domain and removes one; the term page, the polyseme page and the API show the new list', async () => {
    const before = await storedSense();
    const { context, page } = await newPerson();
    await signInAt(page, termPath(senses[SHOP.id]!), OWNER);
    expect(await listedColumns(page)).toEqual(['main.customers.email']);
    const { datasets } = await openEditor(page);
    // Only the datasets of the sense's own domain are offered, by name.
    expect(await optionLabels(datasets.getByRole('combobox', { name: 'Dataset' }))).toEqual([`Choose a dataset of ${SHOP.name}`, 'main.customers', 'main.orders']);
    await checkPage(page, '95-identity-columns-editor');

    await datasets.getByRole('combobox', { name: 'Dataset' }).selectOption({ label: 'main.orders' });
    await datasets.getByRole('button', { name: 'Show its columns' }).click();
    await page.waitForURL((url) => url.searchParams.get('identityDataset') === ORDERS && url.hash === '#identity-columns');
    const { addition, removal } = await openEditor(page);
    const column = addition.getByRole('combobox', { name: 'Column of main.orders' });
    expect(await optionLabels(column)).toEqual(['Choose a column', 'id', 'customer_id', 'total']);
    await column.selectOption({ label: 'customer_id' });
    await addition.getByRole('textbox', { name: 'Comment' }).fill('An order names its customer.');
    await addition.getByRole('button', { name: 'Add column' }).click();
    await addition.getByRole('status').filter({ hasText: 'Identity columns saved.' }).waitFor();
    await expect.poll(() => listedColumns(page)).toEqual(['main.customers.email', 'main.orders.customer_id']);
    // Added, it is offered no more, and it can be removed.
    expect(await optionLabels(column)).toEqual(['Choose a column', 'id', 'total']);
    await removal.getByRole('button', { name: 'Remove main.orders.customer_id from the identity columns' }).waitFor();
    await checkPage(page, '96-identity-column-added');

    await removal.getByRole('textbox', { name: 'Comment' }).fill('Not unique across shops.');
    await removal.getByRole('button', { name: 'Remove main.customers.email from the identity columns' }).click();
    await removal.getByRole('button', { name: 'Confirm: remove main.customers.email from the identity columns' }).click();
    await removal.getByRole('status').filter({ hasText: 'Identity columns saved.' }).waitFor();
    await expect.poll(() => listedColumns(page)).toEqual(['main.orders.customer_id']);

    expect(await storedSense()).toEqual({ ...before, version: before.version + 2, identityFields: [{ urn: field(ORDERS, 'customer_id') }] });
    const history = (await call(OWNER, `query ($urn: ID!) { glossaryTerm(urn: $urn) { history { action comment } } }`, { urn: senses[SHOP.id] })).glossaryTerm.history;
    expect(history.slice(0, 2)).toEqual([
      { action: 'setIdentityFields', comment: 'Not unique across shops.' },
      { action: 'setIdentityFields', comment: 'An order names its customer.' },
    ]);

    // The polyseme page shows the new list, and leads the owner, and only for the sense they may edit, to the editor.
    await page.goto(`${web.url}/polysemes/${encodeURIComponent(polyseme)}`);
    const shopCard = page.getByRole('region', { name: new RegExp(`^${SHOP.name}`) });
    const shipCard = page.getByRole('region', { name: new RegExp(`^${SHIP.name}`) });
    expect(await shopCard.locator('dd').last().locator('li').allInnerTexts()).toEqual(['main.orders.customer_id']);
    expect(await shipCard.locator('dd').last().locator('li').allInnerTexts()).toEqual(['main.recipients.email']);
    expect(await shipCard.getByRole('link', { name: /^Edit the identity columns/ }).count()).toBe(0);
    await checkPage(page, '97-identity-columns-polyseme-link');
    await shopCard.getByRole('link', { name: `Edit the identity columns of ${SHOP.name}: ${LABEL}` }).click();
    await page.waitForURL((url) => url.pathname === termPath(senses[SHOP.id]!) && url.hash === '#identity-columns');
    expect(await listedColumns(page)).toEqual(['main.orders.customer_id']);
    await context.close();
  });

  it("narrows the list of the domain's datasets by words of a name, keeping the words while one is chosen", async () => {
    const { context, page } = await newPerson();
    await signInAt(page, termPath(senses[SHOP.id]!), OWNER);
    // The box shows itself when a domain has more datasets than the list holds, or when words narrow it, as here.
    await page.goto(`${web.url}${termPath(senses[SHOP.id]!)}?identityDatasetQuery=orders#identity-columns`);
    const { datasets } = await openEditor(page);
    const find = page.getByRole('searchbox', { name: `Find a dataset of ${SHOP.name}` });
    expect(await find.inputValue()).toBe('orders');
    expect(await optionLabels(datasets.getByRole('combobox', { name: 'Dataset' }))).toEqual([`Choose a dataset of ${SHOP.name}`, 'main.orders']);
    await datasets.getByRole('combobox', { name: 'Dataset' }).selectOption({ label: 'main.orders' });
    await datasets.getByRole('button', { name: 'Show its columns' }).click();
    await page.waitForURL((url) => url.searchParams.get('identityDataset') === ORDERS && url.searchParams.get('identityDatasetQuery') === 'orders');
    await (await openEditor(page)).addition.getByRole('combobox', { name: 'Column of main.orders' }).waitFor();

    await find.fill('');
    await page.getByRole('button', { name: 'Find' }).click();
    await page.waitForURL((url) => url.searchParams.get('identityDatasetQuery') === '' && !url.searchParams.has('identityDataset'));
    expect(await optionLabels((await openEditor(page)).datasets.getByRole('combobox', { name: 'Dataset' }))).toEqual([`Choose a dataset of ${SHOP.name}`, 'main.customers', 'main.orders']);
    await context.close();
  });

  it('refuses a save on a stale version, keeping the column chosen and changing nothing', async () => {
    const { context, page } = await newPerson();
    await signInAt(page, termPath(senses[SHOP.id]!), STEWARD);
    await page.goto(`${web.url}${withDataset(senses[SHOP.id]!, CUSTOMERS)}`);
    const { addition, removal } = await openEditor(page);
    const column = addition.getByRole('combobox', { name: 'Column of main.customers' });
    await column.selectOption({ label: 'name' });
    await addition.getByRole('textbox', { name: 'Comment' }).fill('Names are unique here.');

    // The domain owner edits the definition while the page is open.
    const before = await storedSense();
    await call(OWNER, `mutation ($input: UpdateGlossaryTermInput!) { updateGlossaryTerm(input: $input) { version } }`, {
      input: { urn: senses[SHOP.id], expectedVersion: before.version, definition: 'Their definition, saved first.' },
    });

    await addition.getByRole('button', { name: 'Add column' }).click();
    await addition.getByRole('alert').filter({ hasText: CONFLICT }).waitFor();
    expect(await column.inputValue()).toBe(field(CUSTOMERS, 'name'));
    expect(await addition.getByRole('textbox', { name: 'Comment' }).inputValue()).toBe('Names are unique here.');
    await checkPage(page, '98-identity-columns-conflict');
    // A removal from the same stale page is refused too.
    await removal.getByRole('button', { name: 'Remove main.orders.customer_id from the identity columns' }).click();
    await removal.getByRole('button', { name: 'Confirm: remove main.orders.customer_id from the identity columns' }).click();
    await removal.getByRole('alert').filter({ hasText: CONFLICT }).waitFor();
    expect(await storedSense()).toEqual({ ...before, version: before.version + 1, definition: 'Their definition, saved first.' });

    // Reloading comes back to the dataset chosen, on the new version.
    await addition.getByRole('link', { name: 'Reload the page' }).click();
    await page.waitForURL((url) => url.searchParams.get('identityDataset') === CUSTOMERS);
    await page.locator('.dataset-header .term-definition').getByText('Their definition, saved first.').waitFor();
    const reloaded = await openEditor(page);
    await reloaded.addition.getByRole('combobox', { name: 'Column of main.customers' }).waitFor();
    await context.close();
  });

  it("refuses a column of another domain's dataset in the API's words, changing nothing", async () => {
    const before = await storedSense();
    const { context, page } = await newPerson();
    await signInAt(page, termPath(senses[SHOP.id]!), OWNER);
    // Not offered: the dataset list is the sense's domain's.
    const { datasets } = await openEditor(page);
    expect(await optionLabels(datasets.getByRole('combobox', { name: 'Dataset' }))).not.toContain('main.recipients');

    // Asked for all the same, by a hand-made link naming the other domain's dataset.
    await page.goto(`${web.url}${withDataset(senses[SHOP.id]!, RECIPIENTS)}`);
    const { addition } = await openEditor(page);
    const column = addition.getByRole('combobox', { name: 'Column of main.recipients' });
    await column.selectOption({ label: 'email' });
    await addition.getByRole('button', { name: 'Add column' }).click();
    await addition
      .getByRole('alert')
      .filter({ hasText: `Please check what you entered: fieldUrns: ${field(RECIPIENTS, 'email')} is not in domain "${SHOP.id}": a sense is identified by its own domain's columns.` })
      .waitFor();
    expect(await column.inputValue()).toBe(field(RECIPIENTS, 'email'));
    await checkPage(page, '99-identity-columns-other-domain');
    expect(await storedSense()).toEqual(before);
    await context.close();
  });
});

describe("a sense's term page, for those who may not edit the sense", () => {
  it.each([
    ['a viewer', VIEWER],
    ["another domain's owner", SHIP_OWNER],
  ])('shows %s its identity columns read-only, with no editor, even with a dataset chosen in the URL', async (_who, username) => {
    const { context, page } = await newPerson();
    await signInAt(page, termPath(senses[SHOP.id]!), username);
    await page.goto(`${web.url}${withDataset(senses[SHOP.id]!, CUSTOMERS)}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${LABEL}`) }).waitFor();
    expect(await listedColumns(page)).toEqual(['main.orders.customer_id']);
    expect(await page.getByText(EDITOR_SUMMARY).count()).toBe(0);
    // None to choose columns with; the header's search box is a combobox too, so only the page's own are counted.
    expect(await page.getByRole('main').getByRole('combobox').count()).toBe(0);
    // No edit control: copying the URN, the header's search and signing out are all the buttons there are.
    expect((await page.getByRole('button').allInnerTexts()).sort()).toEqual(['Copy URN', 'Search', 'Sign out']);
    await checkPage(page, `99-identity-columns-read-only-${username}`);

    await page.goto(`${web.url}/polysemes/${encodeURIComponent(polyseme)}`);
    await page.getByRole('region', { name: new RegExp(`^${SHOP.name}`) }).waitFor();
    // The other domain's owner may edit their own sense, and is led to it; nobody here to the shop's.
    const ownSense = username === SHIP_OWNER ? 1 : 0;
    expect(await page.getByRole('link', { name: `Edit the identity columns of ${SHIP.name}: ${LABEL}` }).count()).toBe(ownSense);
    expect(await page.getByRole('link', { name: /^Edit the identity columns/ }).count()).toBe(ownSense);
    await context.close();
  });
});
