/**
 * Editing a data product, and a dataset's columns, in the web catalog: in Chromium against the production
 * build of the web, the real API, Neo4j and Meilisearch. The product page has the dataset page's "Edit"
 * section (description, owners, tags, certification, with the same conflict and comment); each row of a
 * dataset's schema table has a folded "Edit" for that column's description and tags. Both only for those
 * the API lets edit (`viewerCanEdit`), here an owner of the domain.
 *
 *   wee-shop (domain)   orders (order_id, email), crawled from SQLite
 *                       product "Wee orders", declared by hand (as a contract would), no tags yet
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
import { seriousAccessibilityViolations } from './support/axe.ts';
import { launchBrowser, screenshot } from './support/browser.ts';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { checkPage, DESKTOP, expectReachableWithoutSidewaysScrolling, PHONE } from './support/pageChecks.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';
import { webPeople } from './support/webPeople.ts';

const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_wee_';
const dir = mkdtempSync(join(tmpdir(), 'polder-web-entity-edits-'));
const shopFile = join(dir, 'shop.db');
const source: SourceConfig = { id: 'wee-shop', kind: 'sqlite', domain: 'wee-shop', path: shopFile, include: [], exclude: [] };
const ORDERS = 'urn:polder:dataset:(sqlite,wee-shop,main.orders)';
const EMAIL = `urn:polder:field:(${ORDERS},email)`;
const PRODUCT = 'urn:polder:dataProduct:(wee-shop,orders)';
const PRODUCT_PROVIDER = 'test:web-entity-edits';
const PASSWORD = 'a long enough password';
const OWNER = 'wee-owner';
const VIEWER = 'wee-viewer';
const { as, signIn } = accountsClient();

let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
const { newPerson, signInAt } = webPeople({ browser: () => browser, webUrl: () => web.url, password: PASSWORD });

const productPath = `/products/${encodeURIComponent(PRODUCT)}`;
const ordersPath = `/datasets/${encodeURIComponent(ORDERS)}`;
const PRODUCT_QUERY = `query ($urn: ID!) { dataProduct(urn: $urn) { description tags version owners { name type } certification { active note } } }`;
const COLUMNS_QUERY = `query ($urn: ID!) { dataset(urn: $urn) { fields { name description tags version } } }`;
const CHANGES_QUERY = `query ($input: ChangesInput!) { changes(input: $input) { actor comment } }`;

beforeAll(async () => {
  const shop = new Database(shopFile);
  shop.exec(`CREATE TABLE orders (order_id INTEGER PRIMARY KEY, email TEXT)`);
  shop.close();
  await writeTestMesh(driver, source, 'Wee shop');
  await crawlSource(driver, source, { logger: testLogger });
  await driver.executeQuery(
    `MATCH (domain:Domain {id: $domain})
     MERGE (p:DataProduct:Entity {urn: $product})
       SET p.name = 'Wee orders', p.description = 'What the shop sold.', p.status = 'ACTIVE', p.provider = $provider
     MERGE (p)-[:IN_DOMAIN]->(domain)`,
    { domain: source.domain, product: PRODUCT, provider: PRODUCT_PROVIDER },
  );
  // The tags box asks the search index for the catalog's tags: it must be there, if empty of them.
  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  await indexer.drain();
  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: false } }, { host: '127.0.0.1', port: 0 });
  await signIn(
    driver,
    api,
    [
      { username: OWNER, roles: ['DOMAIN_OWNER'], domains: [source.domain] },
      { username: VIEWER, roles: ['VIEWER'] },
    ],
    PASSWORD,
  );
  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(n:Entity) WHERE n.provider IN $providers OR n.urn = $product DETACH DELETE c`, {
    providers: [`sqlite:${source.id}`, PRODUCT_PROVIDER],
    product: PRODUCT,
  });
  await driver.executeQuery(`MATCH (p:Entity {urn: $product}) OPTIONAL MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox {urn: p.urn}) DETACH DELETE p, o`, { product: PRODUCT });
  await deleteCrawledData(driver, source);
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'wee-' OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`);
  await meili.deleteIndexIfExists(`${indexPrefix}assets`);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A person signed in as `username` on the page at `path`. */
async function personAt(path: string, username: string, options: { javaScriptEnabled?: boolean } = {}) {
  const person = await newPerson(options);
  await signInAt(person.page, path, username);
  return person;
}

/** The one editor form whose submit button is `button`, among the page's (or those within `scope`, a row). */
const editorForm = (page: Page, button: string, scope: Page | Locator = page) => scope.locator('form', { has: page.getByRole('button', { name: button }) });

const productDescription = (page: Page) => page.locator('.markdown.dataset-header__description').innerText();

describe('the data product page', () => {
  it("lets an owner of the product's domain edit its description and tags, with a comment for its history, and shows them", async () => {
    const { context, page } = await personAt(productPath, OWNER);
    const editors = page.getByRole('region', { name: 'Edit' });
    await editors.locator('summary', { hasText: 'Edit description' }).click();
    const description = editorForm(page, 'Save description');
    await description.getByRole('textbox', { name: 'Description' }).fill('Every order the shop took, **paid or not**.');
    await description.getByRole('textbox', { name: 'Comment' }).fill('Unpaid orders are in it too.');
    expect(await description.getByText('Optional: why, kept in the data product’s history.').count()).toBe(1);
    await description.getByRole('button', { name: 'Save description' }).click();
    await description.getByRole('status').filter({ hasText: 'Description saved.' }).waitFor();
    await expect.poll(() => productDescription(page)).toBe('Every order the shop took, paid or not.');

    await editors.locator('summary', { hasText: 'Edit tags' }).click();
    await page.getByRole('textbox', { name: 'Tags' }).fill('wee-gold, wee-orders');
    await page.getByRole('button', { name: 'Save tags' }).click();
    await page.getByRole('status').filter({ hasText: 'Tags saved.' }).waitFor();
    const tags = page.getByRole('list', { name: 'tags', exact: true });
    await expect.poll(() => tags.getByRole('listitem').allInnerTexts()).toEqual(['wee-gold', 'wee-orders']);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'entity-edits-01-product-edited');

    const stored = await as(OWNER)(PRODUCT_QUERY, { urn: PRODUCT });
    expect(stored.data!.dataProduct).toMatchObject({ description: 'Every order the shop took, **paid or not**.', tags: ['wee-gold', 'wee-orders'], version: 2 });
    const history = await as(OWNER)(CHANGES_QUERY, { input: { urn: PRODUCT } });
    expect(history.data!.changes).toEqual([
      { actor: OWNER, comment: null },
      { actor: OWNER, comment: 'Unpaid orders are in it too.' },
    ]);
    await context.close();
  });

  it('lets that owner set its owners and certify it, as on a dataset', async () => {
    const { context, page } = await personAt(productPath, OWNER);
    await page.getByText('Edit owners').click();
    await page.getByRole('textbox', { name: 'New owner' }).fill('wee-team');
    await page.getByRole('combobox', { name: 'Role of the new owner' }).selectOption('BUSINESS_OWNER');
    await page.getByRole('button', { name: 'Save owners' }).click();
    await page.getByRole('status').filter({ hasText: 'Owners saved.' }).waitFor();

    await page.locator('summary', { hasText: /^Certify$/ }).click();
    await page.getByRole('textbox', { name: 'What did you check?' }).fill('Counted against the till.');
    await page.getByRole('button', { name: 'Certify', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Certification saved.' }).waitFor();
    await page.locator('h1 .badge--certified').waitFor();

    const stored = await as(OWNER)(PRODUCT_QUERY, { urn: PRODUCT });
    expect(stored.data!.dataProduct).toMatchObject({ owners: [{ name: 'wee-team', type: 'BUSINESS_OWNER' }], certification: { active: true, note: 'Counted against the till.' } });
    await context.close();
  });

  it('refuses an edit made on a stale version, keeping the other change and what was typed', async () => {
    const { context, page } = await personAt(productPath, OWNER);
    // Someone else edits the description while the page is open.
    const { version } = (await as(OWNER)(PRODUCT_QUERY, { urn: PRODUCT })).data!.dataProduct;
    const theirs = await as(OWNER)(`mutation ($input: UpdateDescriptionInput!) { updateDescription(input: $input) { urn } }`, {
      input: { urn: PRODUCT, expectedVersion: version, description: 'Their description, saved first.' },
    });
    expect(theirs.errors).toBeUndefined();

    await page.getByText('Edit description').click();
    const box = page.getByRole('textbox', { name: 'Description' });
    await box.fill('Mine, written on the old version.');
    await page.getByRole('button', { name: 'Save description' }).click();
    await page.getByRole('alert').filter({ hasText: 'Someone changed this since you opened it.' }).waitFor();
    expect(await box.inputValue()).toBe('Mine, written on the old version.');
    const stored = await as(OWNER)(PRODUCT_QUERY, { urn: PRODUCT });
    expect(stored.data!.dataProduct).toMatchObject({ description: 'Their description, saved first.', version: version + 1 });

    // The reload is of the product's page, which then shows their change.
    const reload = page.getByRole('link', { name: 'Reload the page' });
    expect(await reload.getAttribute('href')).toBe(productPath);
    await reload.click();
    await expect.poll(() => productDescription(page)).toBe('Their description, saved first.');
    await context.close();
  });

  it('shows a viewer its tags, and no editors', async () => {
    const { context, page } = await personAt(productPath, VIEWER);
    await page.getByRole('heading', { level: 1, name: /Wee orders/ }).waitFor();
    expect(await page.locator('.facts dt', { hasText: 'Tags' }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByText('Edit description').count()).toBe(0);
    expect(await page.locator('form').filter({ has: page.locator('input[name="expectedVersion"]') }).count()).toBe(0);
    await context.close();
  });
});

describe("the schema table's column editors", () => {
  const emailRow = (page: Page) => page.locator('tr#column-email');

  beforeAll(async () => {
    // A fresh API compiles and plans its first dataset query from cold, which on a busy machine can outlast
    // the time the web waits for an answer (as tagSuggestions.test.ts found): the page is then read warm.
    await as(OWNER)(COLUMNS_QUERY, { urn: ORDERS });
    const { context } = await personAt(ordersPath, VIEWER);
    await context.close();
  });

  it("lets an owner edit a column's description and tags from its row, shown on the page and by the API", async () => {
    const { context, page } = await personAt(ordersPath, OWNER);
    const row = emailRow(page);
    // Folded at first, so the table reads as a table; "Edit" names its column for screen readers.
    const summary = row.locator('summary', { hasText: 'Edit' });
    expect(await summary.textContent()).toBe('Edit column email');
    expect(await summary.locator('.visually-hidden').textContent()).toBe(' column email');
    expect(await row.getByRole('textbox').count()).toBe(0);
    await summary.click();

    const description = row.getByRole('textbox', { name: 'Description of column email' });
    await description.fill('Where the receipt goes.');
    await editorForm(page, 'Save description', row).getByRole('textbox', { name: 'Comment' }).fill('Asked the shop.');
    await row.getByRole('button', { name: 'Save description' }).click();
    await row.getByRole('status').filter({ hasText: 'Description saved.' }).waitFor();
    await expect.poll(() => row.locator('td[data-label="Description"] > .markdown').innerText()).toBe('Where the receipt goes.');

    await row.getByRole('textbox', { name: 'Tags of column email' }).fill('wee-pii, wee-contact');
    await row.getByRole('button', { name: 'Save tags' }).click();
    await row.getByRole('status').filter({ hasText: 'Tags saved.' }).waitFor();
    const chips = row.getByRole('list', { name: 'terms and tags of email' });
    await expect.poll(() => chips.getByRole('listitem').allInnerTexts()).toEqual(['wee-pii', 'wee-contact']);
    // The other column is as it was.
    expect(await page.locator('tr#column-order_id td[data-label="Description"]').innerText()).toMatch(/^—/);
    // With the row's editor open, the page passes axe and fits a phone, and the forms are within reach there.
    await checkPage(page, 'entity-edits-02-column-edited');
    await page.setViewportSize(PHONE);
    await expectReachableWithoutSidewaysScrolling(row.locator('.column-edit :is(textarea, input:not([type="hidden"]), button)'), "the column's editor");
    await page.setViewportSize(DESKTOP);

    const fields = (await as(OWNER)(COLUMNS_QUERY, { urn: ORDERS })).data!.dataset.fields;
    expect(fields.find((field: { name: string }) => field.name === 'email')).toEqual({ name: 'email', description: 'Where the receipt goes.', tags: ['wee-pii', 'wee-contact'], version: 2 });
    const history = await as(OWNER)(CHANGES_QUERY, { input: { urn: EMAIL } });
    expect(history.data!.changes).toEqual([
      { actor: OWNER, comment: null },
      { actor: OWNER, comment: 'Asked the shop.' },
    ]);
    await context.close();
  });

  it("saves a column's tags without JavaScript", async () => {
    const { context, page } = await personAt(ordersPath, OWNER, { javaScriptEnabled: false });
    const row = emailRow(page);
    await row.locator('summary', { hasText: 'Edit column email' }).click();
    await row.getByRole('textbox', { name: 'Tags of column email' }).fill('wee-pii');
    await row.getByRole('button', { name: 'Save tags' }).click();
    // The page comes back whole, the row's editor folded: the tags shown are the saved ones.
    const chips = emailRow(page).getByRole('list', { name: 'terms and tags of email' });
    await expect.poll(() => chips.getByRole('listitem').allInnerTexts()).toEqual(['wee-pii']);
    const fields = (await as(OWNER)(COLUMNS_QUERY, { urn: ORDERS })).data!.dataset.fields;
    expect(fields.find((field: { name: string }) => field.name === 'email').tags).toEqual(['wee-pii']);
    await context.close();
  });

  it('shows no column editor to someone who may not edit the dataset', async () => {
    const { context, page } = await personAt(ordersPath, VIEWER);
    await emailRow(page).waitFor();
    expect(await page.locator('table.schema-table summary').count()).toBe(0);
    expect(await page.locator('table.schema-table form').count()).toBe(0);
    await context.close();
  });
});
