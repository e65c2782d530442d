/**
 * The lineage explorer and the search page's trust badges and "which
 * meaning?" panel, in Chromium against the real stack (anonymous reading on):
 * the demo's three databases crawled into three domains (Rentals' column
 * lineage is what the crawler parses from its views' SQL), and the demo's
 * OpenLineage events (demo/openlineage/: Finance's jobs that load its invoices
 * from Rentals' and Delivery's orders) ingested as `POST /api/v1/lineage/batch`
 * ingests them, so the edges between the domains are the demo's own, landing on
 * the crawled tables. Trust scores computed, and a polyseme with a sense in
 * Rentals and in Finance.
 *
 * The explorer expands a node's neighbours on click and from the keyboard,
 * lays the graph out again, marks edges between domains, switches to column
 * level, highlights a column's path (kept in the URL), exports SVG and PNG
 * downloads, and says when the API cut the walk. Every page passes axe and
 * fits a phone.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { crawlSource, lineageNamespace, refreshPopularity } from '@polder/crawlers';
import { AccountService, OpenLineageService, SearchIndexer, startApiServer, TrustScorer, type ApiServer } from '@polder/api';
import { trustConfigSchema, type SourceConfig } from '@polder/runtime';
import { demoLineageEvents } from 'polder';
import { launchBrowser, screenshot } from './support/browser.ts';
import { checkPage, DESKTOP, PHONE } from './support/pageChecks.ts';
import { deleteCrawledData, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { createDatabase } from './support/loadPagila.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const services = testServices();
const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_weblineage_';
const RENTALS = 'wl-rentals';
const FINANCE = 'wl-finance';
const DELIVERY = 'wl-delivery';
/** The demo's three databases, each a source in its own domain: `rentals` → database wl_rentals, source and domain wl-rentals. */
const DEMO_DATABASES = ['rentals', 'finance', 'delivery'] as const;
const stores = DEMO_DATABASES.map((name) => ({ name, database: `wl_${name}`, ...testPostgresSource(services.postgres, `wl-${name}`, `wl_${name}`, `wl-${name}`) }));
const [rentals, finance, delivery] = stores.map(({ source }) => source) as [SourceConfig, SourceConfig, SourceConfig];
const { env } = stores[0]!;
/** The demo's jobs' namespace: their jobs and runs are this file's to delete. */
const JOBS_PROVIDER = 'openlineage:finance-pipelines';
const rentalsDataset = (name: string) => `urn:polder:dataset:(postgres,${RENTALS},wl_rentals.${name})`;
const field = (dataset: string, column: string) => `urn:polder:field:(${dataset},${column})`;
const CUSTOMER = rentalsDataset('public.customer');
const ORDER = rentalsDataset('public.rental_order');
const SUMMARY = rentalsDataset('reporting.customer_rental_summary');
const REVENUE = rentalsDataset('reporting.rental_order_revenue');
const INVOICE = `urn:polder:dataset:(postgres,${FINANCE},wl_finance.billing.invoice)`;
/** The demo's job that invoices Rentals' orders: its runs made the edges from Rentals into Finance. */
const RENTAL_INVOICES_JOB = 'urn:polder:job:(finance-pipelines,load_rental_invoices)';
const ADMIN = 'wl-admin';
const PASSWORD = 'a long enough password';
const POLYSEME = 'urn:polder:polyseme:wl-client';

let api: ApiServer;
let cappedApi: ApiServer;
let web: { url: string; stop(): Promise<void> };
let cappedWeb: { url: string; stop(): Promise<void> };
let browser: Browser;
let page: Page;
let session: string;
const terms: string[] = [];

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(session ? { authorization: `Bearer ${session}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as Record<string, any>;
}

const datasetPage = (urn: string, query = '') => `${web.url}/datasets/${encodeURIComponent(urn)}${query}`;
const canvasOf = (on: Page) => on.getByRole('group', { name: /^Lineage graph/ });
const nodeCard = (on: Page, name: string) => canvasOf(on).locator('.react-flow__node').filter({ has: on.locator('.lineage-node__name', { hasText: new RegExp(`^${name}$`) }) });
/** The node's place on the canvas, as React Flow draws it (`translate(x, y)` in graph units). */
async function positionOf(node: Locator): Promise<{ x: number; y: number }> {
  const transform = await node.evaluate((element: any) => element.style.transform as string);
  const [, x, y] = /translate\(([-\d.]+)px, ?([-\d.]+)px\)/.exec(transform) ?? [];
  return { x: Number(x), y: Number(y) };
}
const focusedLabel = (on: Page) =>
  on.evaluate(() => {
    const element = document.activeElement;
    return {
      inCanvas: Boolean(element?.closest('.lineage-canvas')),
      name: (element?.getAttribute('aria-label') ?? element?.textContent ?? '') as string,
      urn: (element?.closest('[data-lineage-urn]')?.dataset.lineageUrn ?? null) as string | null,
    };
  });
/** Until the lineage panel has streamed in and drawn its graph; else a screenshot and what the section says instead. */
async function waitForExplorer(on: Page) {
  await on.getByText(/^Tracing (column )?lineage/).waitFor({ state: 'detached' });
  await canvasOf(on).locator('.react-flow__node').first().waitFor().catch(async (error: unknown) => {
    await screenshot(on, '7x-lineage-missing');
    const section = await on.locator('#lineage').innerText().catch(() => '(no lineage section)');
    throw new Error(`no lineage graph on ${on.url()}: ${section.slice(0, 600)}`, { cause: error });
  });
}

beforeAll(async () => {
  for (const { name, database, source } of stores) {
    await createDatabase(services.postgres, database, readFileSync(new URL(`../demo/${name}.sql`, import.meta.url), 'utf8'));
    await writeTestMesh(driver, source);
    await crawlSource(driver, source, { logger: testLogger, env });
  }
  // The demo's lineage between the domains, moved to this file's databases, through the OpenLineage ingestion.
  const namespace = lineageNamespace('postgres', services.postgres.host, services.postgres.port);
  const events = demoLineageEvents(new URL('../demo/openlineage/', import.meta.url).pathname, Object.fromEntries(stores.map(({ name, database }) => [name, { namespace, database }])));
  const ingestion = new OpenLineageService(driver, undefined, testLogger);
  for (const { file, events: batch } of events) {
    const result = await ingestion.ingestBatch(batch, 'platform');
    if (result.kind !== 'applied') throw new Error(`${file}: ${JSON.stringify(result)}`);
  }
  await refreshPopularity(driver);
  await new TrustScorer(driver, { trust: trustConfigSchema.parse(undefined), logger: testLogger }).drain();

  await new AccountService(driver).create({ username: ADMIN, roles: ['ADMIN'], password: PASSWORD });
  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 }, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
  // The same graph through an API that returns at most 3 nodes a walk: every bigger walk is cut.
  cappedApi = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 2, maxNodes: 3 }, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
  session = (await post(`mutation ($input: LoginInput!) { login(input: $input) { session } }`, { input: { username: ADMIN, password: PASSWORD } })).login.session;

  // "Client": a renter in Rentals, a billed account in Finance.
  for (const [glossary, definition] of [
    [RENTALS, 'Someone who has rented a vehicle at least once.'],
    [FINANCE, 'An account that receives invoices.'],
  ] as const) {
    terms.push((await post(`mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { urn } }`, { input: { glossary, name: 'Wl Client', definition } })).createGlossaryTerm.urn);
  }
  const created = await post(`mutation ($input: CreatePolysemeInput!) { createPolyseme(input: $input) { urn } }`, {
    input: { label: 'Wl Client', description: 'The party we deal with, as each domain sees it.', senseUrns: terms, polysemeStatus: 'APPROVED' },
  });
  expect(created.createPolyseme.urn).toBe(POLYSEME);

  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  await indexer.drain();

  web = await startTestWeb(`${api.url}/graphql`);
  cappedWeb = await startTestWeb(`${cappedApi.url}/graphql`);
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: DESKTOP, acceptDownloads: true })).newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await cappedWeb?.stop();
  await web?.stop();
  await cappedApi?.stop();
  await api?.stop();
  const glossary = `MATCH (n) WHERE (n:GlossaryTerm AND n.urn IN $terms) OR (n:Polyseme AND n.urn = $polyseme)`;
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (c:Change)-[:ABOUT]->(n) DETACH DELETE c`, { terms, polyseme: POLYSEME });
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (o:IndexOutbox {urn: n.urn}) DETACH DELETE o, n`, { terms, polyseme: POLYSEME });
  await driver.executeQuery(`MATCH (h:TrustScore) WHERE any(source IN $sources WHERE h.subjectUrn CONTAINS source) DELETE h`, { sources: [RENTALS, FINANCE, DELIVERY].map((id) => `,${id},`) });
  await driver.executeQuery(`MATCH (a:Account {username: $username}) OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`, { username: ADMIN });
  for (const source of [rentals, finance, delivery]) await deleteCrawledData(driver, source);
  await driver.executeQuery(`MATCH (n:Entity {provider: $provider}) OPTIONAL MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox {urn: n.urn}) DETACH DELETE o, n`, { provider: JOBS_PROVIDER });
  await meili.deleteIndexIfExists(`${indexPrefix}assets`);
  await driver.close();
});

describe('the lineage explorer', () => {
  it('expands a node downstream and upstream on click, merging the neighbours and laying the graph out again', async () => {
    await page.goto(datasetPage(CUSTOMER, '?depth=1'));
    await waitForExplorer(page);
    const canvas = canvasOf(page);
    // One hop each way from customer: the two views that read it, and the two Finance tables its billing job loads from it.
    expect((await canvas.locator('.lineage-node__name').allInnerTexts()).sort()).toEqual(['active_rental', 'customer', 'customer_rental_summary', 'invoice', 'invoice_line']);
    // The root's neighbours are all drawn: it offers no expansion; a node at the edge of the walk offers both.
    expect(await nodeCard(page, 'customer').getByRole('button').count()).toBe(0);
    const summary = nodeCard(page, 'customer_rental_summary');
    await summary.getByRole('button', { name: 'Expand upstream of customer_rental_summary' }).waitFor();

    await summary.getByRole('button', { name: 'Expand downstream of customer_rental_summary' }).click();
    await page.getByRole('status').filter({ hasText: 'Added 1 asset downstream of customer_rental_summary.' }).waitFor();
    await nodeCard(page, 'top_customer').waitFor();
    // Laid out again: what is derived from the summary is right of it.
    expect((await positionOf(nodeCard(page, 'top_customer'))).x).toBeGreaterThan((await positionOf(summary)).x);
    expect((await positionOf(summary)).x).toBeGreaterThan((await positionOf(nodeCard(page, 'customer'))).x);
    // Done that way: its button is gone, and the keyboard is back on the node.
    expect(await summary.getByRole('button', { name: /^Expand downstream/ }).count()).toBe(0);
    expect((await focusedLabel(page)).urn).toBe(SUMMARY);

    // Upstream of something downstream: on neither side of customer, so listed apart.
    await summary.getByRole('button', { name: 'Expand upstream of customer_rental_summary' }).click();
    await page.getByRole('status').filter({ hasText: 'Added 1 asset upstream of customer_rental_summary.' }).waitFor();
    const revenue = nodeCard(page, 'rental_order_revenue');
    expect((await positionOf(revenue)).x).toBeLessThan((await positionOf(summary)).x);
    const list = page.locator('.lineage-list');
    await list.getByRole('heading', { name: /^Linked through expanded assets/ }).waitFor();
    await list.getByRole('link', { name: 'rental_order_revenue' }).waitFor();
    expect(await summary.getByRole('button').count()).toBe(0);

    // What else is made from the revenue: two more views.
    await revenue.getByRole('button', { name: 'Expand downstream of rental_order_revenue' }).click();
    await page.getByRole('status').filter({ hasText: 'Added 2 assets downstream of rental_order_revenue.' }).waitFor();
    await nodeCard(page, 'fleet_utilisation').waitFor();
    await nodeCard(page, 'branch_monthly_revenue').waitFor();

    // Two hops across domains: what Finance's invoice is loaded from. Rentals' orders and charges, Finance's
    // own accounts, and Delivery's orders and merchants (the demo's two billing jobs).
    const invoice = nodeCard(page, 'invoice');
    await invoice.getByRole('button', { name: 'Expand upstream of invoice' }).click();
    await page.getByRole('status').filter({ hasText: 'Added 5 assets upstream of invoice.' }).waitFor();
    for (const name of ['rental_order', 'rental_charge', 'customer_account', 'orders', 'merchants']) {
      expect((await positionOf(nodeCard(page, name))).x).toBeLessThan((await positionOf(invoice)).x);
    }
    expect(await canvas.locator('.react-flow__edge').count()).toBe(13);
    // The edges into Finance are marked: dashed and coloured in the graph, said in words in the list, with the
    // job that crossed them, linked to its page.
    // customer → invoice and invoice_line, rental_order, rental_charge, orders, merchants → invoice.
    expect(await canvas.locator('.react-flow__edge.lineage-edge--cross-domain').count()).toBe(6);
    const edges = page.getByRole('list', { name: /^Edges/ });
    const fromRentals = edges.getByRole('listitem').filter({ hasText: /\brental_order\s*→\s*feeds\s*invoice(?!_line)/ });
    await fromRentals.getByText('crosses domains: Wl-rentals to Wl-finance · by job load_rental_invoices', { exact: true }).waitFor();
    expect(await fromRentals.getByRole('link', { name: 'load_rental_invoices', exact: true }).getAttribute('href')).toBe(`/jobs/${encodeURIComponent(RENTAL_INVOICES_JOB)}`);
    await edges
      .getByRole('listitem')
      .filter({ hasText: /\borders\s*→\s*feeds\s*invoice(?!_line)/ })
      .getByText('crosses domains: Wl-delivery to Wl-finance · by job load_delivery_commission_invoices', { exact: true })
      .waitFor();
    // Finance's own accounts feed it too, within the domain: not marked, by one of the two billing jobs that read them
    // (both do: one edge, named by the run that reported it last).
    await edges
      .getByRole('listitem')
      .filter({ hasText: /\bcustomer_account\s*→\s*feeds\s*invoice(?!_line)/ })
      .getByText(/^by job load_(rental|delivery_commission)_invoices$/)
      .waitFor();
    // A view's edge names no job: it is made by its SQL.
    expect(await edges.getByRole('listitem').filter({ hasText: /\bcustomer\s*→\s*feeds\s*customer_rental_summary/ }).innerText()).not.toContain('by job');
    await page.getByRole('list', { name: 'Legend' }).getByText('Crosses domains (dashed)').waitFor();
    await checkPage(page, '70-lineage-expanded');
    await fromRentals.getByRole('link', { name: 'load_rental_invoices', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'load_rental_invoices' }).waitFor();
  });

  it('opens fitted: on a phone the root in view, at column level on a desktop the root’s columns, and no control over a node', async () => {
    /** The part of the box that lies outside the canvas, in px: 0 when it is wholly in view. */
    const outsideCanvas = async (on: Page, node: Locator) => {
      const [box, canvas] = await Promise.all([node.boundingBox(), canvasOf(on).boundingBox()]);
      return Math.max(0, canvas!.x - box!.x, box!.x + box!.width - (canvas!.x + canvas!.width), canvas!.y - box!.y, box!.y + box!.height - (canvas!.y + canvas!.height));
    };
    const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
    await phone.goto(datasetPage(CUSTOMER));
    await waitForExplorer(phone);
    await expect.poll(() => outsideCanvas(phone, canvasOf(phone).locator('.lineage-node--root'))).toBeLessThan(1);
    // Nothing is drawn over the graph but the graph.
    expect(await canvasOf(phone).locator('.react-flow__panel').count()).toBe(0);
    await phone.getByRole('group', { name: 'Zoom the graph' }).getByRole('button', { name: 'Show all' }).waitFor();
    await phone.context().close();

    await page.goto(datasetPage(INVOICE, '?level=columns&depth=3'));
    await waitForExplorer(page);
    const rootColumns = canvasOf(page).locator('.lineage-node--root');
    expect(await rootColumns.count()).toBeGreaterThan(0);
    await expect.poll(async () => Math.min(...(await Promise.all((await rootColumns.all()).map((node) => outsideCanvas(page, node)))))).toBeLessThan(1);
  });

  it('opens a column graph too big to fit with its left edge in view, on a desktop and on a phone', async () => {
    /** How far any node reaches past the canvas's left side (px), and whether a node of the leftmost column is wholly inside it. */
    const leftEdge = (on: Page) =>
      canvasOf(on).evaluate((canvas: any) => {
        const bounds = canvas.getBoundingClientRect();
        const nodes = [...canvas.querySelectorAll('.react-flow__node')].map((node: any) => ({ x: Number(/translate\(([-\d.]+)px/.exec(node.style.transform)![1]), box: node.getBoundingClientRect() }));
        const leftmost = Math.min(...nodes.map((node) => node.x));
        const inside = (box: any) => box.left >= bounds.left - 1 && box.right <= bounds.right + 1 && box.top >= bounds.top - 1 && box.bottom <= bounds.bottom + 1;
        return { pastLeft: Math.round(Math.max(0, ...nodes.map((node) => bounds.left - node.box.left))), leftmostInside: nodes.some((node) => node.x === leftmost && inside(node.box)) };
      });
    for (const viewport of [DESKTOP, PHONE]) {
      const on = await (await browser.newContext({ viewport })).newPage();
      // Invoice's columns and three hops of what they are made from: too tall to fit whole at a readable zoom.
      await on.goto(datasetPage(INVOICE, '?level=columns&depth=3'));
      await waitForExplorer(on);
      await expect.poll(() => leftEdge(on), { message: `at ${viewport.width} px` }).toEqual({ pastLeft: 0, leftmostInside: true });
      await screenshot(on, `78-lineage-columns-left-edge-${viewport.width}`);
      await on.context().close();
    }
  });

  it('is operated by keyboard: Tab walks the nodes left to right, Enter expands a node and opens one', async () => {
    await page.goto(datasetPage(CUSTOMER, '?depth=1'));
    await waitForExplorer(page);
    await page.getByRole('combobox', { name: 'Show' }).focus();
    // Every Tab stop in the graph, in order, until focus leaves it.
    const stops: Array<{ name: string; urn: string | null }> = [];
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press('Tab');
      const focused = await focusedLabel(page);
      if (focused.inCanvas && focused.urn) stops.push(focused);
      else if (stops.length > 0) break;
    }
    // The root shows all its neighbours and is the page itself: no stop. Each dataset made from it, top to
    // bottom (they share a layer): expand upstream, its name, expand downstream.
    const readers = [];
    for (const name of ['active_rental', 'customer_rental_summary', 'invoice', 'invoice_line']) readers.push({ name, ...(await positionOf(nodeCard(page, name))) });
    expect(new Set(readers.map((reader) => reader.x)).size).toBe(1);
    readers.sort((a, b) => a.y - b.y);
    expect(stops.map((stop) => stop.name)).toEqual(readers.flatMap(({ name }) => [`Expand upstream of ${name}`, name, `Expand downstream of ${name}`]));
    expect((await positionOf(nodeCard(page, 'customer'))).x).toBeLessThan(readers[0]!.x);

    // Back to that button by keyboard; Enter expands.
    await page.getByRole('combobox', { name: 'Show' }).focus();
    for (let step = 0; step < 30 && (await focusedLabel(page)).name !== 'Expand upstream of customer_rental_summary'; step++) await page.keyboard.press('Tab');
    expect((await focusedLabel(page)).name).toBe('Expand upstream of customer_rental_summary');
    await page.keyboard.press('Enter');
    await nodeCard(page, 'rental_order_revenue').waitFor();
    // Focus lands on the expanded node's link: Enter opens it.
    await expect.poll(async () => (await focusedLabel(page)).name).toBe('customer_rental_summary');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => decodeURIComponent(url.pathname).endsWith(`${SUMMARY}`));
    await expect.poll(() => page.locator('h1').textContent()).toContain('customer_rental_summary');
  });

  it('switches to column level in the URL, and highlights the path of the column chosen', async () => {
    await page.goto(datasetPage(ORDER, '?depth=2'));
    await waitForExplorer(page);
    await page.getByRole('combobox', { name: 'Show' }).selectOption('columns');
    await page.waitForURL((url) => url.searchParams.get('level') === 'columns' && url.searchParams.get('depth') === '2');
    await page.getByRole('heading', { name: 'Columns within 2 hops' }).waitFor();
    await waitForExplorer(page);
    const canvas = canvasOf(page);
    // Columns now, each with its dataset.
    await canvas.locator('.react-flow__node').filter({ hasText: 'in this dataset' }).first().waitFor();
    await canvas.locator('.react-flow__node').filter({ hasText: 'in rental_order_revenue' }).first().waitFor();
    await canvas.locator('.react-flow__node').filter({ hasText: 'in rental_order_revenue' }).filter({ has: page.locator('.lineage-node__name', { hasText: /^revenue_amount$/ }) }).waitFor();

    const picker = page.getByRole('combobox', { name: 'Highlight the path of' });
    await picker.selectOption({ label: 'rental_order.order_number' });
    await page.waitForURL((url) => url.searchParams.get('column') === field(ORDER, 'order_number'));
    const summary = page.locator('.lineage-path-summary');
    const [, edgeCount, nodeCount] = /: (\d+) edges? through (\d+) columns?/.exec((await summary.textContent())!)!.map(Number);
    // The order number → the revenue's, and Finance's invoice's source reference, at least.
    expect(edgeCount).toBeGreaterThanOrEqual(2);
    expect(await canvas.locator('.react-flow__edge.lineage-edge--path').count()).toBe(edgeCount);
    expect(await canvas.locator('.lineage-node--path').count()).toBe(nodeCount);
    const edges = page.getByRole('list', { name: /^Edges/ }).getByRole('listitem');
    expect(await edges.filter({ hasText: 'on the path' }).count()).toBe(edgeCount);
    await edges.filter({ hasText: /^rental_order\.order_number\s*→\s*feeds\s*rental_order_revenue\.order_number/ }).getByText('on the path').waitFor();
    const intoFinance = edges.filter({ hasText: /^rental_order\.order_number\s*→\s*feeds\s*invoice\.source_reference/ });
    await intoFinance.getByText('on the path').waitFor();
    await intoFinance.getByText(/crosses domains: Wl-rentals to Wl-finance/).waitFor();
    // The job whose column lineage says so.
    expect(await intoFinance.getByRole('link', { name: 'load_rental_invoices', exact: true }).getAttribute('href')).toBe(`/jobs/${encodeURIComponent(RENTAL_INVOICES_JOB)}`);
    // Another column's edge is not on it, and fades.
    const other = edges.filter({ hasText: /^rental_order\.customer_id\s*→\s*feeds\s*rental_order_revenue\.customer_id/ });
    expect(await other.count()).toBe(1);
    expect(await other.getByText('on the path').count()).toBe(0);
    expect(await canvas.locator('.react-flow__edge.lineage-edge--faded').count()).toBeGreaterThan(0);
    await checkPage(page, '71-lineage-columns-path');

    // The URL holds the view: a reload (or a shared link) shows the same path.
    await page.reload();
    await waitForExplorer(page);
    expect(await page.getByRole('combobox', { name: 'Highlight the path of' }).inputValue()).toBe(field(ORDER, 'order_number'));
    expect(await canvasOf(page).locator('.react-flow__edge.lineage-edge--path').count()).toBe(edgeCount);
  });

  it('exports the graph as an SVG and a PNG download', async () => {
    // Still on the column level with the order number's path.
    const nodes = await canvasOf(page).locator('.react-flow__node').count();
    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download SVG' }).click()]);
    expect(svgDownload.suggestedFilename()).toBe('lineage-rental_order-columns.svg');
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<title id="lineage-title">Lineage of rental_order (columns)</title>');
    expect(svg.match(/<g transform=/g)).toHaveLength(nodes);
    expect(svg).toContain('>in this dataset · Wl-rentals</text>');
    expect(svg).toContain('>order_number</text>');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('>the chosen column’s path</text>');
    const width = Number(/ width="(\d+)"/.exec(svg)![1]);
    const height = Number(/ height="(\d+)"/.exec(svg)![1]);

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
    expect(pngDownload.suggestedFilename()).toBe('lineage-rental_order-columns.png');
    const png = readFileSync((await pngDownload.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: drawn at twice the SVG's size, or smaller where that passes Chrome's 8,192 pixels a side,
    // and not blank (a blank canvas compresses to almost nothing).
    const scale = Math.min(2, 8_192 / Math.max(width, height));
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Math.round(width * scale), Math.round(height * scale)]);
    expect(png.length).toBeGreaterThan(10_000);
    await page.getByRole('status').filter({ hasText: 'PNG downloaded.' }).waitFor();
  });

  it('says when the API cut the walk, and then offers to expand every node', async () => {
    const url = (base: string) => `${base}/datasets/${encodeURIComponent(REVENUE)}?depth=1`;
    await page.goto(url(cappedWeb.url));
    await waitForExplorer(page);
    await page.getByRole('note').filter({ hasText: /^Partial: the API stopped the walk/ }).waitFor();
    expect(await canvasOf(page).locator('.react-flow__node').count()).toBe(3);
    // A cut walk vouches for nothing: even the root offers both ways.
    expect(await nodeCard(page, 'rental_order_revenue').getByRole('button').count()).toBe(2);
    await checkPage(page, '72-lineage-partial');

    await page.goto(url(web.url));
    await waitForExplorer(page);
    expect(await canvasOf(page).locator('.react-flow__node').count()).toBeGreaterThan(3);
    expect(await page.getByText(/^Partial: the API stopped the walk/).count()).toBe(0);
  });

  it("keeps the depth within the API's cap, which the depth control offers no more than", async () => {
    // The capped API walks at most 2 hops: 5 in the URL would be refused there, so the page asks for 2.
    const deep = (base: string) => `${base}/datasets/${encodeURIComponent(CUSTOMER)}?depth=5`;
    const depthOptions = () => page.getByLabel('Hops each way').locator('option').allInnerTexts();
    await page.goto(deep(cappedWeb.url));
    await waitForExplorer(page);
    await page.getByText('Within 2 hops', { exact: true }).waitFor();
    expect(await depthOptions()).toEqual(['1', '2']);
    expect(await page.getByLabel('Hops each way').inputValue()).toBe('2');

    await page.goto(deep(web.url));
    await waitForExplorer(page);
    await page.getByText('Within 5 hops', { exact: true }).waitFor();
    expect(await depthOptions()).toEqual(['1', '2', '3', '4', '5', '6']);
  });
});

describe('search', () => {
  it('shows each dataset’s trust score as a compact badge with an accessible label', async () => {
    const { dataset } = await post(`query ($urn: ID!) { dataset(urn: $urn) { trust { score } } }`, { urn: CUSTOMER });
    const score = dataset.trust.score as number;
    await page.goto(`${web.url}/search?q=customer&domain=Wl-rentals`);
    const hit = page.locator('article.hit').filter({ has: page.getByRole('link', { name: 'customer', exact: true }) });
    const badge = hit.getByRole('img', { name: /^Trust score \d+ of 100: (high|medium|low) trust$/ });
    expect(await badge.getAttribute('aria-label')).toMatch(new RegExp(`^Trust score ${score} of 100`));
    expect(await badge.innerText()).toBe(`Trust ${score}`);
    // Every dataset hit has one; the polyseme and its terms have none.
    const hits = page.locator('article.hit');
    const datasets = hits.filter({ has: page.locator('.hit__kind', { hasText: /^Dataset/ }) });
    expect(await datasets.count()).toBeGreaterThan(1);
    expect(await datasets.getByRole('img', { name: /^Trust score/ }).count()).toBe(await datasets.count());
    await checkPage(page, '73-search-trust');

    await page.goto(`${web.url}/search?q=${encodeURIComponent('wl client')}`);
    const others = page.locator('article.hit').filter({ has: page.locator('.hit__kind', { hasText: /^(Polyseme|Glossary term)/ }) });
    expect(await others.count()).toBeGreaterThan(0);
    expect(await others.getByRole('img', { name: /^Trust score/ }).count()).toBe(0);
  });

  it('asks “which meaning?”, with each sense per domain linking to its term and to the search in its domain', async () => {
    await page.goto(`${web.url}/search?q=${encodeURIComponent('wl client')}`);
    const panel = page.getByRole('region', { name: 'Which meaning?' });
    const senses = panel.getByRole('list', { name: 'Meanings of Wl Client' }).getByRole('listitem');
    expect(await senses.count()).toBe(2);
    expect(await panel.getByRole('link', { name: 'Wl Client', exact: true }).getAttribute('href')).toBe(`/polysemes/${encodeURIComponent(POLYSEME)}`);
    const rentalsSense = senses.filter({ hasText: 'Wl-rentals' });
    await rentalsSense.getByText('Someone who has rented a vehicle at least once.').waitFor();
    expect(await rentalsSense.getByRole('link', { name: 'Wl Client in Wl-rentals' }).getAttribute('href')).toBe(`/glossary/terms/${encodeURIComponent(terms[0]!)}`);
    const financeSense = senses.filter({ hasText: 'Wl-finance' });
    await financeSense.getByText('An account that receives invoices.').waitFor();
    const inFinance = financeSense.getByRole('link', { name: 'Search “wl client” in Wl-finance' });
    expect(await inFinance.getAttribute('href')).toBe('/search?q=wl+client&domain=Wl-finance');
    await checkPage(page, '74-search-which-meaning');

    await inFinance.click();
    await page.waitForURL((url) => url.searchParams.get('domain') === 'Wl-finance' && url.searchParams.get('q') === 'wl client');
    await page.getByRole('link', { name: 'Remove filter Domain: Wl-finance' }).waitFor();
    // The domain chosen is marked as the current meaning; every hit is in it.
    await panel.getByRole('link', { name: 'Search “wl client” in Wl-finance' }).and(page.locator('[aria-current="page"]')).waitFor();
    const domains = await page.locator('article.hit .chip--domain').allInnerTexts();
    expect(domains.length).toBeGreaterThan(0);
    expect(new Set(domains)).toEqual(new Set(['domain: Wl-finance']));
    await screenshot(page, '74-search-meaning-chosen');
  });
});

describe('jobs and runs', () => {
  const JOB = 'urn:polder:job:(finance-pipelines,load_rental_invoices)';

  it('links a job found by search to its page: description, SQL, recent runs, and the datasets it reads and writes', async () => {
    await page.goto(`${web.url}/search?q=load_rental_invoices`);
    const hit = page.locator('article.hit').filter({ has: page.locator('.hit__kind', { hasText: /^Job/ }) }).first();
    await hit.getByRole('link', { name: 'load_rental_invoices', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/jobs/${encodeURIComponent(JOB)}`);
    await page.getByRole('heading', { level: 1, name: 'load_rental_invoices' }).waitFor();
    await page.getByText(/^Invoices every returned rental order/).waitFor();
    expect(await page.locator('.facts div', { has: page.locator('dt', { hasText: /^Namespace$/ }) }).locator('dd').innerText()).toBe('finance-pipelines');
    // Its SQL, as its producer reported it: two statements, long enough to be folded.
    const sqlSection = page.getByRole('region', { name: 'SQL' });
    await sqlSection.locator('summary', { hasText: /^Show the SQL \(\d+ lines\)$/ }).click();
    expect(await sqlSection.locator('pre').innerText()).toMatch(/^INSERT INTO finance\.billing\.invoice \([\s\S]*INSERT INTO finance\.billing\.invoice_line /);
    // The demo's three nightly runs, newest first, each 4 min 12 s.
    const runs = page.getByRole('region', { name: /^Recent runs/ }).getByRole('table');
    expect(await runs.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/^Completed\s+29 Nov 2026, 02:00 UTC\s+29 Nov 2026, 02:04 UTC\s+4 min 12 s$/),
      expect.stringMatching(/^Completed\s+28 Nov 2026, 02:00 UTC/),
      expect.stringMatching(/^Completed\s+27 Nov 2026, 02:00 UTC/),
    ]);
    const inputs = page.getByRole('region', { name: /^Inputs/ });
    expect((await inputs.getByRole('link').allTextContents()).sort()).toEqual(['customer', 'customer_account', 'rental_charge', 'rental_order']);
    const outputs = page.getByRole('region', { name: /^Outputs/ });
    expect((await outputs.getByRole('link').allTextContents()).sort()).toEqual(['invoice', 'invoice_line']);
    await checkPage(page, '76-job');
    await outputs.getByRole('link', { name: 'invoice', exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/datasets/${encodeURIComponent(INVOICE)}`);
  });

  it("lists the runs of the jobs that write or read a dataset on its page, each linked to its job", async () => {
    await page.goto(datasetPage(INVOICE));
    const runs = page.getByRole('region', { name: /^Runs/ });
    // Both of the demo's billing jobs write it, three nightly runs each.
    expect(await runs.locator('tbody tr').count()).toBe(6);
    const rental = runs.getByRole('row').filter({ has: page.getByRole('link', { name: 'load_rental_invoices' }) });
    expect(await rental.count()).toBe(3);
    expect(await rental.first().innerText()).toMatch(/^load_rental_invoices\s+writes it\s+Completed\s+29 Nov 2026, 02:00 UTC/);
    await runs.getByRole('row').filter({ has: page.getByRole('link', { name: 'load_delivery_commission_invoices' }) }).first().waitFor();
    await checkPage(page, '77-dataset-runs');
    await rental.first().getByRole('link', { name: 'load_rental_invoices' }).click();
    await page.getByRole('heading', { level: 1, name: 'load_rental_invoices' }).waitFor();
    // A dataset no job touches has no Runs section.
    await page.goto(datasetPage(SUMMARY));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('region', { name: /^Runs/ }).count()).toBe(0);
  });

  it("shows a view's SQL, folded, as its definition; a table has none", async () => {
    await page.goto(datasetPage(SUMMARY));
    const definition = page.locator('details', { has: page.locator('summary', { hasText: /^Definition/ }) });
    expect(await definition.getAttribute('open')).toBeNull();
    await definition.locator('summary').click();
    expect(await definition.locator('pre').innerText()).toMatch(/\bSELECT\b[\s\S]*\bFROM\b/i);
    await page.goto(datasetPage(CUSTOMER));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('summary', { hasText: /^Definition/ }).count()).toBe(0);
  });

  it('answers 404 for an unknown job', async () => {
    const response = await page.goto(`${web.url}/jobs/${encodeURIComponent('urn:polder:job:(finance-pipelines,nope)')}`);
    expect(response?.status()).toBe(404);
  });
});
