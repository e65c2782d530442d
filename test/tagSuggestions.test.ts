/**
 * The tags the catalog uses, suggested while a person types one: the API's `tags` against real Neo4j and
 * Meilisearch (its index's tag facet, within what the caller may see), and the dataset edit form offering
 * them in Chromium, against the production build of the web.
 *
 *   tsg-mesh (mesh)        orders: TSG-PII, tsg-gold · customers: its column email TSG-PII · payments: TSG-PII
 *                          refunds: no tags (edited in the browser)
 *                          product "Tsg orders": tsg-gold, tsg-green
 *   tsg-private (private)  ledger: tsg-pii (indexed first: Meilisearch names the merged value after it), tsg-secret
 *   enterprise glossary    "Tsg entry", classified TSG-PII and tsg-classified: a term's classifications, not tags
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { crawlSource, GraphWriter, meshSnapshot } from '@polder/crawlers';
import { SearchIndexer, startApiServer, type ApiServer } from '@polder/api';
import { connectMeili, type SourceConfig } from '@polder/runtime';
import { accountsClient } from './support/accountsClient.ts';
import { seriousAccessibilityViolations } from './support/axe.ts';
import { launchBrowser, screenshot } from './support/browser.ts';
import { deleteCrawledData } from './support/crawlFixture.ts';
import { DESKTOP } from './support/pageChecks.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';
import { webPeople } from './support/webPeople.ts';

const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_tsg_';
const dir = mkdtempSync(join(tmpdir(), 'polder-tag-suggestions-'));
const files = { mesh: join(dir, 'mesh.db'), private: join(dir, 'private.db') };
const sources: SourceConfig[] = [
  { id: 'tsg-mesh', kind: 'sqlite', domain: 'tsg-mesh', path: files.mesh, include: [], exclude: [] },
  { id: 'tsg-private', kind: 'sqlite', domain: 'tsg-private', path: files.private, include: [], exclude: [] },
];
const dataset = (source: string, table: string) => `urn:polder:dataset:(sqlite,${source},main.${table})`;
const ORDERS = dataset('tsg-mesh', 'orders');
const CUSTOMERS = dataset('tsg-mesh', 'customers');
const PAYMENTS = dataset('tsg-mesh', 'payments');
const REFUNDS = dataset('tsg-mesh', 'refunds');
const LEDGER = dataset('tsg-private', 'ledger');
const PRODUCT = 'urn:polder:dataProduct:(tsg-mesh,orders)';
const TERM = 'urn:polder:glossaryTerm:tsg-entry';
const PASSWORD = 'a long enough password';
const EDITOR = 'tsg-editor';
const { post, as, signIn } = accountsClient();

let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
const { newPerson } = webPeople({ browser: () => browser, webUrl: () => web.url, password: PASSWORD });

const TAGS = `query ($input: TagUsageInput!) { tags(input: $input) { name count } }`;

beforeAll(async () => {
  // A run stopped half way must not leave its counts to this one.
  await meili.deleteIndexIfExists(`${indexPrefix}assets`);
  const mesh = new Database(files.mesh);
  mesh.exec(`CREATE TABLE orders (order_id INTEGER PRIMARY KEY); CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, email TEXT);
             CREATE TABLE payments (payment_id INTEGER PRIMARY KEY); CREATE TABLE refunds (refund_id INTEGER PRIMARY KEY);`);
  mesh.close();
  const hidden = new Database(files.private);
  hidden.exec(`CREATE TABLE ledger (entry_id INTEGER PRIMARY KEY);`);
  hidden.close();
  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  // The private source first, crawled and indexed before the other is crawled: Meilisearch keeps one value
  // for `tsg-pii` and `TSG-PII`, named after the first document it indexed with it, the ledger.
  for (const source of [sources[1]!, sources[0]!]) {
    const isPrivate = source.domain === 'tsg-private';
    const snapshot = meshSnapshot({ domains: [{ id: source.domain, name: isPrivate ? 'Tsg private' : 'Tsg mesh', description: '', visibility: isPrivate ? 'private' : undefined }], sources: [source] });
    await new GraphWriter(driver).write({ ...snapshot, provider: `config:${source.id}` });
    await crawlSource(driver, source, { logger: testLogger });
    if (isPrivate) await driver.executeQuery(`MATCH (ledger:Dataset {urn: $ledger}) SET ledger.editable_tags = ['tsg-pii', 'tsg-secret']`, { ledger: LEDGER });
    await indexer.drain();
  }
  await driver.executeQuery(
    `MATCH (orders:Dataset {urn: $orders}), (customers:Dataset {urn: $customers})-[:HAS_FIELD]->(email:Field {name: 'email'}),
           (payments:Dataset {urn: $payments}), (domain:Domain {id: 'tsg-mesh'})
     SET orders.editable_tags = ['TSG-PII', 'tsg-gold'], email.editable_tags = ['TSG-PII'], payments.editable_tags = ['TSG-PII']
     MERGE (p:DataProduct:Entity {urn: $product}) SET p.name = 'Tsg orders', p.status = 'ACTIVE', p.provider = 'test:tag-suggestions', p.editable_tags = ['tsg-gold', 'tsg-green']
     MERGE (p)-[:IN_DOMAIN]->(domain)
     MERGE (t:GlossaryTerm:Entity {urn: $term})
       SET t.name = 'Tsg entry', t.status = 'ACTIVE', t.glossary = 'enterprise', t.termStatus = 'APPROVED', t.classifications = ['TSG-PII', 'tsg-classified']
     WITH orders, customers, payments, p, t
     UNWIND [orders.urn, customers.urn, payments.urn, p.urn, t.urn] AS urn
     MERGE (o:IndexOutbox {urn: urn}) SET o.enqueuedAt = timestamp()`,
    { orders: ORDERS, customers: CUSTOMERS, payments: PAYMENTS, product: PRODUCT, term: TERM },
  );
  await indexer.drain();
  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
  await signIn(
    driver,
    api,
    [
      { username: 'tsg-viewer', roles: ['VIEWER'] },
      { username: 'tsg-member', roles: ['VIEWER'], domains: ['tsg-private'] },
      { username: EDITOR, roles: ['DOMAIN_OWNER'], domains: ['tsg-mesh'] },
    ],
    PASSWORD,
  );
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(n:Entity) WHERE n.urn IN $urns DETACH DELETE c`, { urns: [REFUNDS] });
  for (const source of sources) await deleteCrawledData(driver, source);
  await driver.executeQuery(`MATCH (n:Entity) WHERE n.urn IN $urns OPTIONAL MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox {urn: n.urn}) DETACH DELETE n, o`, { urns: [PRODUCT, TERM] });
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'tsg-' OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`);
  await meili.deleteIndexIfExists(`${indexPrefix}assets`);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the tags query', () => {
  it('lists the tags starting with what was typed, ignoring case, most used first, with how many assets carry each', async () => {
    const { data, errors } = await post(TAGS, { input: { prefix: 'tsg' } });
    expect(errors).toBeUndefined();
    // TSG-PII: orders, payments, and customers through its column; tsg-gold: orders and the product. Not the
    // term's classifications (tsg-classified, nor a fourth TSG-PII), nor the private ledger's tags.
    expect(data!.tags).toEqual([
      { name: 'TSG-PII', count: 3 },
      { name: 'tsg-gold', count: 2 },
      { name: 'tsg-green', count: 1 },
    ]);
    expect((await post(TAGS, { input: { prefix: 'TSG-G' } })).data!.tags).toEqual([
      { name: 'tsg-gold', count: 2 },
      { name: 'tsg-green', count: 1 },
    ]);
    expect((await post(TAGS, { input: { prefix: 'tsg pi', limit: 1 } })).data!.tags).toEqual([{ name: 'TSG-PII', count: 3 }]);
    expect((await post(TAGS, { input: { prefix: 'tsg', limit: 1 } })).data!.tags).toEqual([{ name: 'TSG-PII', count: 3 }]);
  });

  it('suggests only tags that start with the whole of what was typed, not with its first word or a near miss', async () => {
    // Meilisearch's facet search matches `tsg` alone for the first, and forgives the typo of the second.
    expect((await post(TAGS, { input: { prefix: 'tsg golf' } })).data!.tags).toEqual([]);
    expect((await post(TAGS, { input: { prefix: 'tsg-greem' } })).data!.tags).toEqual([]);
  });

  it("neither suggests nor counts a private domain's tag, nor spells one as only it does, for an outsider; and shows it to a member", async () => {
    const outsider = await as('tsg-viewer')(TAGS, { input: { prefix: 'tsg' } });
    expect(outsider.data!.tags).toEqual([
      { name: 'TSG-PII', count: 3 },
      { name: 'tsg-gold', count: 2 },
      { name: 'tsg-green', count: 1 },
    ]);
    expect((await as('tsg-viewer')(TAGS, { input: { prefix: 'tsg-s' } })).data!.tags).toEqual([]);
    const member = await as('tsg-member')(TAGS, { input: { prefix: 'tsg' } });
    // The ledger's spelling, or the others': a member sees both.
    expect(member.data!.tags).toEqual([
      { name: expect.stringMatching(/^tsg-pii$/i), count: 4 },
      { name: 'tsg-gold', count: 2 },
      { name: 'tsg-green', count: 1 },
      { name: 'tsg-secret', count: 1 },
    ]);
  });

  it('refuses a limit past its maximum and a prefix longer than a tag, naming the argument', async () => {
    const tooMany = await post(TAGS, { input: { prefix: 'tsg', limit: 51 } });
    expect(tooMany.errors).toEqual([expect.objectContaining({ message: 'limit must be between 1 and 50', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'input.limit' }) })]);
    const tooLong = await post(TAGS, { input: { prefix: 't'.repeat(101) } });
    expect(tooLong.errors).toEqual([expect.objectContaining({ message: 'prefix: at most 100 characters (got 101)', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'input.prefix' }) })]);
  });

  it('answers UNAVAILABLE while Meilisearch cannot be reached, as search does', async () => {
    const unreachable = await startApiServer(
      { driver, meili: connectMeili({ url: 'http://127.0.0.1:9', key: 'x' }), indexPrefix, logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: true } },
      { host: '127.0.0.1', port: 0 },
    );
    try {
      const response = await fetch(`${unreachable.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: TAGS, variables: { input: { prefix: 'tsg' } } }),
      });
      const { errors } = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect(errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
    } finally {
      await unreachable.stop();
    }
  });
});

describe('the dataset edit form', () => {
  const refundsPath = `/datasets/${encodeURIComponent(REFUNDS)}`;

  beforeAll(async () => {
    web = await startTestWeb(`${api.url}/graphql`);
    browser = await launchBrowser();
    // A fresh API compiles (graphql-jit) and plans (Neo4j) its first dataset query from cold, which on a busy
    // machine has outlasted the 10 s the web waits for an answer (as webPeople.test.ts found): the page under
    // test is then read warm, as a running catalog's is.
    const { context, page } = await newPerson();
    await page.goto(`${web.url}${refundsPath}`);
    await context.close();
  });

  async function signInAndEditTags(page: Page): Promise<Locator> {
    await page.goto(`${web.url}/sign-in?next=${encodeURIComponent(refundsPath)}`);
    await page.getByLabel('Username').fill(EDITOR);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === refundsPath);
    await page.getByText('Edit tags').click();
    // The dataset's own, not a column's (folded in its row of the schema table).
    return page.getByRole('region', { name: 'Edit' }).locator('form input[name="tags"]');
  }

  /** What the box's datalist offers, as the browser links it (`input.list`): none without one. */
  const offered = (box: Locator) =>
    box.evaluate((input: { list: { options: ArrayLike<{ value: string; label: string }> } | null }) => Array.from(input.list?.options ?? [], ({ value, label }) => ({ value, label })));

  it('offers the tags the catalog uses as one is typed, points out another spelling, and saves what was typed', async () => {
    const { context, page } = await newPerson();
    const box = await signInAndEditTags(page);
    // Nothing typed yet, nothing to offer: a plain text box.
    expect(await page.getByRole('textbox', { name: 'Tags' }).count()).toBe(1);
    await box.pressSequentially('tsg-p');
    await expect.poll(() => offered(box)).toEqual([{ value: 'TSG-PII', label: 'on 3 assets' }]);
    expect(await page.getByRole('combobox', { name: 'Tags' }).count()).toBe(1);

    await box.pressSequentially('ii');
    const hint = page.getByRole('status').filter({ hasText: 'the catalog spells it TSG-PII' });
    await hint.waitFor();
    expect(await hint.innerText()).toBe('“tsg-pii”: the catalog spells it TSG-PII.');

    // The next tag is offered after the first, as typed; and the hint about the first stays.
    await box.pressSequentially(', tsg-g');
    await expect.poll(() => offered(box)).toEqual([
      { value: 'tsg-pii, tsg-gold', label: 'on 2 assets' },
      { value: 'tsg-pii, tsg-green', label: 'on 1 asset' },
    ]);
    expect(await hint.count()).toBe(1);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'tag-suggestions-01-offered');

    // A hint, not a refusal: the tag is saved as typed.
    await box.fill('tsg-pii, tsg-gold');
    await page.getByRole('button', { name: 'Save tags' }).click();
    await page.getByRole('status').filter({ hasText: 'Tags saved.' }).waitFor();
    await page.getByRole('list', { name: 'tags', exact: true }).getByText('tsg-pii', { exact: true }).waitFor();
    await context.close();
  });

  it('saves tags typed in a plain text box without JavaScript', async () => {
    const { context, page } = await newPerson({ viewport: DESKTOP, javaScriptEnabled: false });
    await signInAndEditTags(page);
    const box = page.getByRole('textbox', { name: 'Tags' });
    expect(await box.getAttribute('list')).toBeNull();
    await box.fill('tsg-gold');
    await page.getByRole('button', { name: 'Save tags' }).click();
    // The page comes back whole, its editors folded: the tags shown are the saved ones.
    await page.getByRole('list', { name: 'tags', exact: true }).getByText('tsg-gold', { exact: true }).waitFor();
    expect(await page.getByRole('list', { name: 'tags', exact: true }).getByText('tsg-pii', { exact: true }).count()).toBe(0);
    await page.getByText('Tags saved.').waitFor({ state: 'attached' });
    await context.close();
  });
});
