/**
 * Trust, quality, glossary terms and polysemes in the web catalog, in Chromium
 * against the real stack with anonymous reading on: a dataset page explains its
 * trust score (components, evidence linking to datasets) and lists its checks
 * (outcome in words, not colour only) and open incidents; a polyseme page shows
 * its senses side by side with their identity columns and the mappings between
 * them; a glossary term page shows its content, relations and the assets that
 * carry it; search hits of terms and polysemes link to those pages. A term's
 * definition is rendered from markdown, never its raw HTML or script links; trust
 * evidence writes its instants as dates; the search box tells two domains' terms
 * of one name apart; a steward is told only the council edits polysemes. Every
 * page passes axe and fits a phone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { crawlSource, runAndRecordChecks } from '@polder/crawlers';
import { AccountService, SearchIndexer, startApiServer, TrustScorer, type ApiServer } from '@polder/api';
import { trustConfigSchema, type CheckConfig, type SourceConfig } from '@polder/runtime';
import { launchBrowser, screenshot } from './support/browser.ts';
import { checkPage, DESKTOP, expectReachableWithoutSidewaysScrolling, PHONE } from './support/pageChecks.ts';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_webglossary_';
const dir = mkdtempSync(join(tmpdir(), 'polder-webglossary-'));
const SHOP = 'wg-shop';
const SHIP = 'wg-ship';
const DOMAINS = [SHOP, SHIP];
const databaseFile = (id: string) => join(dir, `${id}.db`);
const sqliteSource = (id: string): SourceConfig => ({ id, kind: 'sqlite', domain: id, path: databaseFile(id), include: [], exclude: [] });
const sources = [sqliteSource(SHOP), sqliteSource(SHIP)];
const dataset = (sourceId: string, table: string) => `urn:polder:dataset:(sqlite,${sourceId},main.${table})`;
const field = (datasetUrn: string, column: string) => `urn:polder:field:(${datasetUrn},${column})`;
const CUSTOMERS = dataset(SHOP, 'customers');
const ORDERS = dataset(SHOP, 'orders');
const RECIPIENTS = dataset(SHIP, 'recipients');
const ADMIN = 'wg-admin';
const STEWARD = 'wg-steward';
const REVIEWER = 'wg-bob';
const COUNCIL = 'wg-council';
const PASSWORD = 'a long enough password';
const POLYSEME_LABEL = 'Wg Client';
const common = { source: SHOP, timeoutMs: 10_000 } as const;
const CHECKS: CheckConfig[] = [
  { ...common, id: 'wg-orders-rows', dataset: 'orders', kind: 'rowCount', min: 1 },
  { ...common, id: 'wg-customers-many', dataset: 'customers', kind: 'rowCount', min: 100 },
];

let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
let page: Page;
let session: string;
const created = { terms: [] as string[], polyseme: '' };
const terms: Record<string, string> = {};

async function post(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { queries: Number(response.headers.get('x-polder-graph-queries')), data: body.data as Record<string, any> };
}

async function createTerm(input: Record<string, unknown>): Promise<{ urn: string; version: number }> {
  const { data } = await post(`mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { urn version } }`, { input });
  created.terms.push(data.createGlossaryTerm.urn);
  return data.createGlossaryTerm;
}

const versionOf = async (urn: string) =>
  (await post(`query ($urn: ID!) { entity(urn: $urn) { ... on Dataset { version } ... on Field { version } ... on GlossaryTerm { version } ... on Polyseme { version } } }`, { urn })).data.entity.version as number;

beforeAll(async () => {
  const shop = new Database(databaseFile(SHOP));
  shop.exec(`CREATE TABLE customers (id INTEGER PRIMARY KEY, email TEXT, name TEXT);
             INSERT INTO customers VALUES (1, 'a@example.com', 'Ann'), (2, 'b@example.com', 'Bo');
             CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), total NUMERIC);
             INSERT INTO orders VALUES (1, 1, 10), (2, 2, 20);`);
  shop.close();
  const ship = new Database(databaseFile(SHIP));
  ship.exec(`CREATE TABLE recipients (id INTEGER PRIMARY KEY, email TEXT, address TEXT);
             INSERT INTO recipients VALUES (1, 'a@example.com', 'Main St 1');`);
  ship.close();
  for (const source of sources) {
    await writeTestMesh(driver, source);
    await crawlSource(driver, source, { logger: testLogger });
  }
  await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) SET d.description = 'Customers as registered.', d.owners = ['wg-ada']`, { urn: CUSTOMERS });
  // Certified until a fixed instant, which its trust evidence names.
  await driver.executeQuery(
    `MATCH (d:Dataset {urn: $urn}) SET d.editable_certified = true, d.editable_certifiedBy = 'wg-ada', d.editable_certifiedAt = '2026-12-01T09:00:00.000Z',
                                       d.editable_certificationExpiresAt = '2099-03-02T18:03:11.123Z'`,
    { urn: ORDERS },
  );
  await runAndRecordChecks(driver, CHECKS, [sources[0]!], { logger: testLogger });
  await new TrustScorer(driver, { trust: trustConfigSchema.parse(undefined), logger: testLogger }).drain();

  await new AccountService(driver).create({ username: ADMIN, roles: ['ADMIN'], password: PASSWORD });
  await new AccountService(driver).create({ username: STEWARD, roles: ['STEWARD'], password: PASSWORD });
  // A term's reviewers and who agreed to a mapping must be accounts.
  for (const username of [REVIEWER, COUNCIL]) await new AccountService(driver).create({ username, roles: ['VIEWER'], password: PASSWORD });
  api = await startApiServer(
    { driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: true } },
    { host: '127.0.0.1', port: 0 },
  );
  const login = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation ($input: LoginInput!) { login(input: $input) { session } }`, variables: { input: { username: ADMIN, password: PASSWORD } } }),
  });
  session = ((await login.json()) as GraphQLResponse).data!.login.session;

  // The glossary: a term group and a term in the enterprise glossary, related;
  // one sense per domain of the polyseme, mapped, with identity columns.
  const party = await createTerm({ glossary: 'enterprise', name: 'Wg Party', definition: 'Someone we deal with.' });
  const person = await createTerm({
    glossary: 'enterprise',
    name: 'Wg Email address',
    definition: 'Where a person receives mail.\nOne per inbox.',
    synonyms: ['wg e-mail', 'wg mail address'],
    acronyms: ['WGEA'],
    owners: ['wg-ada'],
    reviewers: [REVIEWER],
    classifications: ['PII'],
    columnPatterns: ['*_email'],
    links: [{ label: 'Wg mail policy', url: 'https://example.com/wg/mail' }],
    examples: ['ada@example.com'],
  });
  terms.party = party.urn;
  terms.email = person.urn;
  await post(`mutation ($input: GlossaryTermRelationInput!) { addGlossaryTermRelation(input: $input) { urn } }`, {
    input: { urn: person.urn, expectedVersion: person.version, kind: 'RELATED_TO', targetUrn: party.urn, comment: 'both about people' },
  });
  const shopSense = await createTerm({ glossary: SHOP, name: 'Wg Client', definition: 'Someone who has ordered at least once.', owners: ['wg-shop-owner'] });
  const shipSense = await createTerm({ glossary: SHIP, name: 'Wg Client', definition: 'Someone a parcel is addressed to.', owners: ['wg-ship-owner'] });
  terms.shopSense = shopSense.urn;
  terms.shipSense = shipSense.urn;
  // A word both domains define, which no polyseme relates (yet).
  terms.shopParcel = (await createTerm({ glossary: SHOP, name: 'Wg Parcel', definition: 'What a customer receives.' })).urn;
  terms.shipParcel = (await createTerm({ glossary: SHIP, name: 'Wg Parcel', definition: 'A box we carry.' })).urn;
  const { data: polysemeData } = await post(`mutation ($input: CreatePolysemeInput!) { createPolyseme(input: $input) { urn version } }`, {
    input: { label: POLYSEME_LABEL, description: 'The party we serve, as each domain sees it.', senseUrns: [shopSense.urn, shipSense.urn], polysemeStatus: 'APPROVED' },
  });
  created.polyseme = polysemeData.createPolyseme.urn;
  await post(`mutation ($input: SetSenseMappingInput!) { setSenseMapping(input: $input) { version } }`, {
    input: {
      urn: created.polyseme,
      expectedVersion: polysemeData.createPolyseme.version,
      fromUrn: shopSense.urn,
      toUrn: shipSense.urn,
      kind: 'OVERLAPS',
      rule: 'main.customers.email = main.recipients.email',
      agreedBy: [ADMIN, COUNCIL],
    },
  });
  const IDENTITY = `mutation ($input: SetIdentityFieldsInput!) { setIdentityFields(input: $input) { version } }`;
  await post(IDENTITY, { input: { urn: shopSense.urn, expectedVersion: shopSense.version, fieldUrns: [field(CUSTOMERS, 'email')] } });
  await post(IDENTITY, { input: { urn: shipSense.urn, expectedVersion: shipSense.version, fieldUrns: [field(RECIPIENTS, 'email')] } });
  const SET_TERMS = `mutation ($input: SetTermsInput!) { setTerms(input: $input) { urn } }`;
  await post(SET_TERMS, { input: { urn: field(CUSTOMERS, 'email'), expectedVersion: await versionOf(field(CUSTOMERS, 'email')), termUrns: [person.urn, shopSense.urn] } });
  await post(SET_TERMS, { input: { urn: RECIPIENTS, expectedVersion: await versionOf(RECIPIENTS), termUrns: [shipSense.urn] } });

  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  await indexer.drain();

  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  const glossary = `MATCH (n) WHERE (n:GlossaryTerm AND n.urn IN $terms) OR (n:Polyseme AND n.urn = $polyseme)`;
  const params = { terms: created.terms, polyseme: created.polyseme };
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (c:Change)-[:ABOUT]->(n) DETACH DELETE c`, params);
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (o:IndexOutbox {urn: n.urn}) DETACH DELETE o, n`, params);
  const crawled = [CUSTOMERS, ORDERS, RECIPIENTS];
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(n:Entity) WHERE n.provider IN $providers DETACH DELETE c`, { providers: sources.map((source) => `sqlite:${source.id}`) });
  await driver.executeQuery(`MATCH (n:Entity) WHERE n.provider = $provider DETACH DELETE n`, { provider: `check:${SHOP}` });
  await driver.executeQuery(`MATCH (h:TrustScore) WHERE h.subjectUrn IN $urns DELETE h`, { urns: crawled });
  await driver.executeQuery(`MATCH (o:TrustOutbox|IndexOutbox) WHERE o.urn IN $urns DELETE o`, { urns: crawled });
  for (const source of sources) await deleteCrawledData(driver, source);
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username IN $usernames OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`, { usernames: [ADMIN, STEWARD, REVIEWER, COUNCIL] });
  await meili.deleteIndexIfExists(`${indexPrefix}assets`);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a dataset page', () => {
  it('explains the trust score: each component with its value, weight, points and evidence linking to datasets', async () => {
    await page.goto(`${web.url}/datasets/${encodeURIComponent(CUSTOMERS)}`);
    const trust = page.getByRole('region', { name: 'Trust' });
    const { data } = await post(`query ($urn: ID!) { dataset(urn: $urn) { trust { score } } }`, { urn: CUSTOMERS });
    const score = data.dataset.trust.score as number;
    await expect.poll(() => trust.locator('.trust-score').innerText()).toMatch(new RegExp(`^${score}\\s*/ 100\\s*(High|Medium|Low) trust`));
    const rows = trust.getByRole('row');
    // A header row and nine components.
    expect(await rows.count()).toBe(10);
    const quality = trust.getByRole('row', { name: /^quality/ });
    expect(await quality.getByRole('cell').allInnerTexts()).toEqual(['0%', '20', '0', 'wg-customers-many: 0 of 1 run passed in 30 days']);
    // Evidence about the dataset leads to the part of its page it is about; evidence about a check is text.
    const documentation = trust.getByRole('row', { name: /^documentation/ });
    expect(await documentation.getByRole('link', { name: 'has a description' }).getAttribute('href')).toBe('#description');
    expect(await documentation.getByRole('link', { name: /^\d+ of 3 columns described$/ }).getAttribute('href')).toBe('#columns');
    // Evidence about another asset (one of its columns) still leads to it.
    expect(await documentation.getByRole('link', { name: 'column email has no description' }).getAttribute('href')).toBe(`/datasets/${encodeURIComponent(CUSTOMERS)}#column-email`);
    const owner = trust.getByRole('row', { name: /^ownership/ }).getByRole('link', { name: 'owned by wg-ada' });
    expect(await owner.getAttribute('href')).toBe('#owners');
    expect(await trust.getByRole('row', { name: /^certification/ }).getByRole('link', { name: 'not certified' }).getAttribute('href')).toBe('#certification');
    // Each leads somewhere that is on the page.
    for (const id of ['description', 'columns', 'owners', 'certification', 'lineage']) expect(await page.locator(`#${id}`).count(), id).toBe(1);
    await checkPage(page, '40-dataset-trust');
  });

  it('shows the trust components as cards on a phone: points and evidence readable without scrolling sideways', async () => {
    await page.goto(`${web.url}/datasets/${encodeURIComponent(CUSTOMERS)}`);
    const trust = page.getByRole('region', { name: 'Trust' });
    await trust.getByRole('row', { name: /^documentation/ }).waitFor();
    await page.setViewportSize(PHONE);
    try {
      await expectReachableWithoutSidewaysScrolling(trust.locator('tbody td'), 'trust cells');
      // Each value under its column's name, as the header row no longer shows.
      expect(await trust.locator('tbody td[data-label="Points"]').count()).toBe(await trust.locator('tbody tr').count());
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  it('shows the classifications a column inherits from its terms, saying from which, and the dataset those of its columns', async () => {
    await page.goto(`${web.url}/datasets/${encodeURIComponent(CUSTOMERS)}`);
    const email = page.locator('#column-email');
    expect(await email.locator('td[data-label="Classifications"]').innerText()).toBe('PII (from Wg Email address)');
    // Inherited reads apart from set: its own style, and its source in words.
    expect(await email.locator('td[data-label="Classifications"] .chip--inherited').count()).toBe(1);
    expect(await page.locator('#column-name td[data-label="Classifications"]').innerText()).toBe('—');
    const facts = page.locator('dl.facts--wide');
    expect(await facts.locator('div', { has: page.locator('dt', { hasText: /^Classifications$/ }) }).locator('dd').innerText()).toBe('PII (from column email)');
    // Its kind in words, not the API's enum.
    expect(await page.locator('dl.facts div', { has: page.locator('dt', { hasText: /^Kind$/ }) }).locator('dd').innerText()).toBe('Table');
  });

  it('lists each check with its latest outcome in words and the open incident of the failing one', async () => {
    await page.goto(`${web.url}/datasets/${encodeURIComponent(CUSTOMERS)}`);
    const quality = page.getByRole('region', { name: /^Quality/ });
    const failing = quality.getByRole('row', { name: /wg-customers-many/ });
    expect(await failing.getByRole('cell').nth(0).innerText()).toBe('rowCount · polder');
    expect(await failing.getByRole('cell').nth(1).innerText()).toBe('✗ FAIL');
    expect(await failing.getByRole('cell').nth(2).innerText()).not.toBe('—');
    const incidents = quality.getByRole('list', { name: /Open incidents/ });
    expect(await incidents.getByRole('listitem').count()).toBe(1);
    await incidents.getByText(/1 failing run$/).waitFor();
    await page.locator('#quality').scrollIntoViewIfNeeded();
    await checkPage(page, '41-dataset-quality');

    await page.goto(`${web.url}/datasets/${encodeURIComponent(ORDERS)}`);
    const passing = page.getByRole('region', { name: /^Quality/ }).getByRole('row', { name: /wg-orders-rows/ });
    expect(await passing.getByRole('cell').nth(1).innerText()).toBe('✓ PASS');
    await page.getByText('No open incidents.').waitFor();
  });

  it('shows the quality checks as cards on a phone, like the trust components: outcome and message readable without scrolling sideways', async () => {
    await page.goto(`${web.url}/datasets/${encodeURIComponent(CUSTOMERS)}`);
    const quality = page.getByRole('region', { name: /^Quality/ });
    await quality.getByRole('row', { name: /wg-customers-many/ }).waitFor();
    await page.setViewportSize(PHONE);
    try {
      await expectReachableWithoutSidewaysScrolling(quality.locator('tbody td'), 'quality cells');
      // Each value beside its column's name, as the header row no longer shows.
      expect(await quality.locator('tbody td[data-label="Message"]').count()).toBe(await quality.locator('tbody tr').count());
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  it('writes the instants of trust evidence as the page writes dates, not as ISO 8601', async () => {
    await page.goto(`${web.url}/datasets/${encodeURIComponent(ORDERS)}`);
    const certification = page.getByRole('region', { name: 'Trust' }).getByRole('row', { name: /^certification/ });
    expect(await certification.getByRole('cell').last().innerText()).toBe('certified by wg-ada until 2 Mar 2099, 18:03 UTC');
  });

  it('asks the API for trust and quality in one query of a few graph queries', async () => {
    // The web's own document, loaded at run time: the web package resolves its imports as a bundler does, not as Node.
    const documentFile = '../web/lib/api/queries/datasetQualityQuery.ts';
    const document = ((await import(documentFile)) as { datasetQualityQuery: { source: string } }).datasetQualityQuery;
    const { queries } = await post(document.source, { urn: CUSTOMERS });
    const { queries: bare } = await post(`query ($urn: ID!) { dataset(urn: $urn) { urn } }`, { urn: CUSTOMERS });
    // The dataset, its trust, its checks with their latest results, its open incidents: batched, not per check.
    expect(queries - bare).toBeLessThanOrEqual(5);
  });
});

describe('a polyseme page', () => {
  it('shows the senses side by side per domain with identity columns, and the mappings between them', async () => {
    await page.goto(`${web.url}/polysemes/${encodeURIComponent(created.polyseme)}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${POLYSEME_LABEL}`) }).waitFor();
    const senses = page.getByRole('region', { name: /^Senses/ });
    const shop = senses.getByRole('region', { name: /^Wg-shop|^wg-shop/i });
    await shop.getByText('Someone who has ordered at least once.').waitFor();
    await shop.getByText('wg-shop-owner').waitFor();
    const identity = shop.getByRole('link', { name: 'main.customers.email' });
    expect(await identity.getAttribute('href')).toBe(`/datasets/${encodeURIComponent(CUSTOMERS)}#column-email`);
    const ship = senses.getByRole('region', { name: /^wg-ship/i });
    await ship.getByText('Someone a parcel is addressed to.').waitFor();
    // Side by side on a desktop.
    const [a, b] = await Promise.all([shop.boundingBox(), ship.boundingBox()]);
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);

    const mapping = page.getByRole('region', { name: /^Mappings/ }).getByRole('row').nth(1);
    // Each sense by its domain's name and its own.
    expect(await mapping.getByRole('cell').allInnerTexts()).toEqual(['Wg-shop: Wg Client', 'overlaps', 'Wg-ship: Wg Client', 'main.customers.email = main.recipients.email', `${ADMIN}, wg-council`]);
    expect(await mapping.getByRole('link', { name: 'Wg-shop: Wg Client' }).getAttribute('href')).toBe(`/glossary/terms/${encodeURIComponent(terms.shopSense!)}`);
    expect(await shop.getByRole('heading', { level: 3 }).innerText()).toMatch(/^Wg-shop: Wg Client\s+[a-z ]+$/);
    await checkPage(page, '42-polyseme');
  });

  it('tells a signed-in steward that only the data council edits polysemes, and nobody else', async () => {
    const path = `/polysemes/${encodeURIComponent(created.polyseme)}`;
    const note = 'Only the data council edits polysemes: the word, its senses and the mappings between them.';
    const pageAs = async (username: string) => {
      const signedIn = await (await browser.newContext({ viewport: DESKTOP })).newPage();
      await signedIn.goto(`${web.url}/sign-in?next=${encodeURIComponent(path)}`);
      await signedIn.getByLabel('Username').fill(username);
      await signedIn.getByLabel('Password').fill(PASSWORD);
      await signedIn.getByRole('button', { name: 'Sign in' }).click();
      await signedIn.waitForURL((url) => url.pathname === path);
      await signedIn.getByRole('heading', { level: 1, name: new RegExp(`^${POLYSEME_LABEL}`) }).waitFor();
      return signedIn;
    };
    const steward = await pageAs(STEWARD);
    await steward.getByText(note).waitFor();
    await checkPage(steward, '42-polyseme-steward');
    await steward.context().close();
    // An admin may edit it (through the API), and a visitor reading anonymously edits nothing: neither is told.
    const admin = await pageAs(ADMIN);
    expect(await admin.getByText(note).count()).toBe(0);
    await admin.context().close();
    await page.goto(`${web.url}${path}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${POLYSEME_LABEL}`) }).waitFor();
    expect(await page.getByText(note).count()).toBe(0);
  });
});

describe("a polyseme page's editors", () => {
  it('clears a refusal once another edit of the page is saved, so only what happened last is said', async () => {
    const admin = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    const path = `/polysemes/${encodeURIComponent(created.polyseme)}`;
    await admin.goto(`${web.url}/sign-in?next=${encodeURIComponent(path)}`);
    await admin.getByLabel('Username').fill(ADMIN);
    await admin.getByLabel('Password').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.waitForURL((url) => url.pathname === path);
    const editors = admin.getByRole('region', { name: 'Edit' });
    await editors.locator('summary', { hasText: 'Add, change or remove a mapping' }).click();
    const mapping = editors.locator('form').filter({ has: admin.getByRole('button', { name: 'Save mapping' }) });
    const removal = editors.locator('form').filter({ has: admin.getByRole('list', { name: 'Mappings to remove' }) });
    await mapping.getByRole('textbox', { name: 'Join rule' }).fill('email = email');
    await mapping.getByRole('button', { name: 'Save mapping' }).click();
    await mapping.getByRole('alert').filter({ hasText: 'Please check what you entered' }).waitFor();

    await removal.getByRole('button', { name: /^Remove the mapping / }).click();
    // The removal form's list went with its last mapping: its status is found in the editors.
    await editors.getByRole('status').filter({ hasText: 'Mapping removed.' }).waitFor();
    expect(await admin.getByText('Please check what you entered').count()).toBe(0);
    await admin.context().close();

    // The mapping back, as the other tests know it.
    await post(`mutation ($input: SetSenseMappingInput!) { setSenseMapping(input: $input) { version } }`, {
      input: {
        urn: created.polyseme,
        expectedVersion: await versionOf(created.polyseme),
        fromUrn: terms.shopSense,
        toUrn: terms.shipSense,
        kind: 'OVERLAPS',
        rule: 'main.customers.email = main.recipients.email',
        agreedBy: [ADMIN, COUNCIL],
      },
    });
  });
});

describe('the new term page without a glossary', () => {
  it('asks which glossary, offering those the viewer may add terms to, or says how to get there', async () => {
    const anonymous = await page.goto(`${web.url}/glossary/new`);
    expect(anonymous!.status()).toBe(200);
    await page.getByText('to add a term to a glossary.').waitFor();

    const admin = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await admin.goto(`${web.url}/sign-in?next=${encodeURIComponent('/glossary/new')}`);
    await admin.getByLabel('Username').fill(ADMIN);
    await admin.getByLabel('Password').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.waitForURL((url) => url.pathname === '/glossary/new');
    const choices = admin.getByRole('list', { name: 'Glossaries you may add terms to' });
    await choices.getByRole('link', { name: 'Enterprise glossary' }).click();
    await admin.waitForURL((url) => url.pathname === '/glossary/new' && url.searchParams.get('glossary') === 'enterprise');
    await admin.getByRole('heading', { level: 1, name: 'New term' }).waitFor();
    await checkPage(admin, '45-new-term-choice');
    await admin.context().close();
  });
});

describe('the glossary page', () => {
  it('lists the shared words with their meaning in each domain, and the words domains define apart', async () => {
    await page.goto(`${web.url}/glossary`);
    const shared = page.getByRole('region', { name: /^Shared words/ });
    // The word first, then its meanings, each named the same.
    const word = shared.getByRole('link', { name: POLYSEME_LABEL, exact: true }).first();
    expect(await word.getAttribute('href')).toBe(`/polysemes/${encodeURIComponent(created.polyseme)}`);
    const meanings = shared.getByRole('list', { name: `Meanings of ${POLYSEME_LABEL}` });
    expect(await meanings.getByRole('listitem').allInnerTexts()).toEqual(['Wg-ship: Wg Client', 'Wg-shop: Wg Client']);
    expect(await meanings.getByRole('link', { name: 'Wg Client' }).first().getAttribute('href')).toBe(`/glossary/terms/${encodeURIComponent(terms.shipSense!)}`);
    const apart = shared.getByRole('list', { name: 'Definitions of Wg Parcel' });
    expect(await apart.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
      [terms.shipParcel!, terms.shopParcel!].map((urn) => `/glossary/terms/${encodeURIComponent(urn)}`),
    );
    await checkPage(page, '44-glossary-shared-words');
  });
});

describe('a glossary term page', () => {
  it('shows the term, its synonyms, acronyms and relations linking to the related terms, and the assets carrying it', async () => {
    await page.goto(`${web.url}/glossary/terms/${encodeURIComponent(terms.email!)}`);
    await page.getByRole('heading', { level: 1, name: /^Wg Email address\s+DRAFT/ }).waitFor();
    await page.locator('.dataset-header .term-definition').getByText('Where a person receives mail.').waitFor();
    await page.getByRole('list', { name: 'synonyms' }).getByText('wg e-mail').waitFor();
    await page.getByRole('list', { name: 'acronyms' }).getByText('WGEA').waitFor();
    const related = page.getByRole('region', { name: /^Relations/ }).getByRole('link', { name: 'Wg Party' });
    expect(await related.getAttribute('href')).toBe(`/glossary/terms/${encodeURIComponent(terms.party!)}`);
    const assets = page.getByRole('region', { name: /^Assets carrying it/ });
    expect(await assets.getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/^customers\s+main\.customers · Wg-shop · column email$/)]);
    await checkPage(page, '43-glossary-term');

    await related.click();
    await page.waitForURL(`**/glossary/terms/${encodeURIComponent(terms.party!)}`);
    await page.getByRole('region', { name: /^Relations/ }).getByRole('link', { name: 'Wg Email address' }).waitFor();
  });

  it('shows its column patterns, examples and links (each a safe external link), and its links in words in the history', async () => {
    await page.goto(`${web.url}/glossary/terms/${encodeURIComponent(terms.email!)}`);
    await page.getByRole('list', { name: 'column patterns' }).getByText('*_email').waitFor();
    await page.getByRole('region', { name: 'Examples' }).getByText('ada@example.com').waitFor();
    const link = page.getByRole('list', { name: 'links' }).getByRole('link', { name: /^Wg mail policy/ });
    expect(await link.getAttribute('href')).toBe('https://example.com/wg/mail');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('Wg mail policy (https://example.com/wg/mail)').waitFor();
    expect(await history.innerText()).not.toContain('{"label"');
  });

  it("keeps the identity columns editor's dataset choice within a phone's width, whatever the datasets are named", async () => {
    const admin = await (await browser.newContext({ viewport: PHONE })).newPage();
    const path = `/glossary/terms/${encodeURIComponent(terms.shopSense!)}`;
    await admin.goto(`${web.url}/sign-in?next=${encodeURIComponent(path)}`);
    await admin.getByLabel('Username').fill(ADMIN);
    await admin.getByLabel('Password').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await admin.waitForURL((url) => url.pathname === path);
    await admin.locator('summary', { hasText: 'Edit identity columns' }).click();
    const select = admin.getByRole('combobox', { name: 'Dataset' });
    // A select is as wide as its longest option: a long dataset name, as the demo's, must not widen the page.
    await select.evaluate((element) => {
      const option = document.createElement('option');
      option.textContent = `main.${'a_very_long_table_name_'.repeat(4)}`;
      element.append(option);
    });
    const [selectBox, formBox] = await Promise.all([select.boundingBox(), select.locator('xpath=ancestor::form[1]').boundingBox()]);
    expect(selectBox!.x + selectBox!.width).toBeLessThanOrEqual(formBox!.x + formBox!.width + 1);
    expect(await admin.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await admin.context().close();
  });

  it('renders a definition from markdown: bold, lists and links, but never its HTML or a javascript: link', async () => {
    const definition = [
      'Someone who pays **in advance**.',
      '',
      '- orders online',
      '- pays by card',
      '',
      'See [the policy](https://example.com/policy) and [the glossary](/glossary).',
      '',
      '# Scope',
      '',
      '| Column | Means |',
      '| --- | --- |',
      '| paid_at | when the money arrived |',
      '',
      '```',
      `SELECT * FROM payments WHERE paid_at < now() AND ${'amount > 0 AND '.repeat(8)}true`,
      '```',
      '',
      '<script>window.injected = "script"</script><img src="x" onerror="window.injected = \'img\'">',
      '',
      '[run it](javascript:window.injected=\'link\')',
    ].join('\n');
    const term = await createTerm({ glossary: 'enterprise', name: 'Wg Prepaid customer', definition });
    await page.goto(`${web.url}/glossary/terms/${encodeURIComponent(term.urn)}`);
    const shown = page.locator('.dataset-header .term-definition');
    await shown.locator('strong', { hasText: 'in advance' }).waitFor();
    expect(await shown.getByRole('listitem').allInnerTexts()).toEqual(['orders online', 'pays by card']);
    const external = shown.getByRole('link', { name: 'the policy' });
    expect(await external.getAttribute('href')).toBe('https://example.com/policy');
    expect(await external.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await shown.getByRole('link', { name: 'the glossary' }).getAttribute('rel')).toBeNull();
    // Its heading sits below the page's own (h1 the term, h2 its sections).
    await shown.getByRole('heading', { level: 4, name: 'Scope' }).waitFor();
    // GitHub-flavoured: a table. It and a long line of code wrap at phone width (checkPage, below).
    expect(await shown.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).toEqual(['paid_at', 'when the money arrived']);
    // The HTML is shown as the text it is; nothing of it runs or links anywhere.
    expect(await shown.innerText()).toContain('<script>window.injected = "script"</script>');
    expect(await page.locator('.term-definition script, .term-definition img, [onerror]').count()).toBe(0);
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    await shown.getByText('run it').waitFor();
    expect(await shown.getByRole('link', { name: 'run it' }).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: string }).injected)).toBeUndefined();
    await checkPage(page, '43-glossary-term-markdown');
  });

  it('lists the first page of a large group and says how many more terms it holds', async () => {
    const group = await createTerm({ glossary: SHOP, name: 'Wg Members', definition: 'Every kind of member.' });
    // 502 terms under it, written straight to the graph: one write, where 502 mutations would take seconds.
    const members = Array.from({ length: 502 }, (_, index) => {
      const name = `Wg member ${String(index + 1).padStart(3, '0')}`;
      return { urn: `urn:polder:glossaryTerm:(${SHOP},${name.toLowerCase().replaceAll(' ', '-')})`, name, nameKey: name.toLowerCase() };
    });
    created.terms.push(...members.map((member) => member.urn));
    await driver.executeQuery(
      `MATCH (group:GlossaryTerm {urn: $group})
       UNWIND $members AS member
       CREATE (t:GlossaryTerm:Entity {urn: member.urn}) SET t.name = member.name, t.nameKey = member.nameKey, t.glossary = $glossary, t.status = 'ACTIVE', t.termStatus = 'DRAFT', t.version = 1
       CREATE (t)-[:CHILD_OF]->(group)`,
      { group: group.urn, members, glossary: SHOP },
    );
    await page.goto(`${web.url}/glossary/terms/${encodeURIComponent(group.urn)}`);
    const relations = page.getByRole('region', { name: /^Relations/ });
    expect(await relations.getByRole('heading').innerText()).toMatch(/^Relations\s+502\s+relations$/);
    const items = relations.getByRole('listitem');
    expect(await items.filter({ hasText: /^Groups/ }).count()).toBe(500);
    expect(await items.nth(0).innerText()).toBe('Groups Wg member 001');
    expect(await items.nth(499).innerText()).toBe('Groups Wg member 500');
    expect(await items.nth(500).innerText()).toBe('…and 2 more terms grouped under it: the first 500 are listed, by name.');
  });

  it("links a sense to its polyseme, and lists the sense's own carriers, not a same-named sense's", async () => {
    await page.goto(`${web.url}/glossary/terms/${encodeURIComponent(terms.shipSense!)}`);
    const link = page.getByRole('link', { name: POLYSEME_LABEL });
    expect(await link.getAttribute('href')).toBe(`/polysemes/${encodeURIComponent(created.polyseme)}`);
    const carriers = page.getByRole('region', { name: /^Assets carrying it/ });
    expect(await carriers.getByRole('heading').innerText()).toMatch(/^Assets carrying it\s+1\s+dataset$/);
    expect(await carriers.getByRole('listitem').allInnerTexts()).toEqual([expect.stringMatching(/^recipients\s+main\.recipients · Wg-ship · the dataset$/)]);

    // The shop's "Wg Client" is carried by a column of customers, not by the ship's recipients.
    await page.goto(`${web.url}/glossary/terms/${encodeURIComponent(terms.shopSense!)}`);
    expect(await page.getByRole('region', { name: /^Assets carrying it/ }).getByRole('link').allInnerTexts()).toEqual(['customers']);
    // Its history names its identity column, not the column's URN, under a label in words.
    const identity = page.getByRole('region', { name: 'History' }).locator('.history__entry', { hasText: 'set the identity columns' });
    expect(await identity.locator('dt').allInnerTexts()).toEqual(['Identity columns']);
    expect(await identity.locator('.history__after').innerText()).toBe('main.customers.email');
  });

  it("labels each changed field of a term's history in words, not by the API's key", async () => {
    const SET_STATUS = `mutation ($input: ChangeGlossaryTermStatusInput!) { changeGlossaryTermStatus(input: $input) { version } }`;
    const stewardLogin = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation ($input: LoginInput!) { login(input: $input) { session } }`, variables: { input: { username: STEWARD, password: PASSWORD } } }),
    });
    const stewardSession = ((await stewardLogin.json()) as GraphQLResponse).data!.login.session as string;
    /** Submitted by the admin, approved by the steward (four eyes): its version once APPROVED. */
    const approve = async (term: { urn: string; version: number }) => {
      const submitted = (await post(SET_STATUS, { input: { urn: term.urn, expectedVersion: term.version, status: 'IN_REVIEW', comment: 'ready' } })).data.changeGlossaryTermStatus.version as number;
      const approval = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${stewardSession}` },
        body: JSON.stringify({ query: SET_STATUS, variables: { input: { urn: term.urn, expectedVersion: submitted, status: 'APPROVED', comment: 'agreed' } } }),
      });
      return ((await approval.json()) as GraphQLResponse).data!.changeGlossaryTermStatus.version as number;
    };
    const lead = await createTerm({ glossary: 'enterprise', name: 'Wg Lead', definition: 'Someone who may order.', parentUrn: terms.party, reviewers: [STEWARD] });
    // Only an approved term may replace one.
    const prospect = await createTerm({ glossary: 'enterprise', name: 'Wg Prospect', definition: 'Someone who may order, qualified.', reviewers: [STEWARD] });
    await approve(prospect);
    const approved = await approve(lead);
    await post(SET_STATUS, { input: { urn: lead.urn, expectedVersion: approved, status: 'DEPRECATED', comment: 'said better', replacementUrn: prospect.urn } });

    await page.goto(`${web.url}/glossary/terms/${encodeURIComponent(lead.urn)}`);
    const history = page.getByRole('region', { name: 'History' });
    const entry = (action: string) => history.locator('.history__entry', { hasText: action });
    const fieldsOf = async (action: string) =>
      Promise.all((await entry(action).locator('.history__values > div').all()).map(async (row) => [await row.locator('dt').innerText(), await row.locator('.history__after').innerText()]));
    expect(await fieldsOf('deprecated it')).toEqual([
      ['Replaced by', 'Wg Prospect'],
      ['Status', 'DEPRECATED'],
    ]);
    expect(await fieldsOf('approved it')).toEqual([['Status', 'APPROVED']]);
    // A new term lists what it was created with, each field by its label.
    expect(await entry('created the term').locator('dt').allInnerTexts()).toEqual(['Definition', 'Name', 'Parent term', 'Reviewers', 'Status']);
    expect(await history.innerText()).not.toMatch(/termStatus|replacedBy|\bparent\b/);
    await screenshot(page, '43-glossary-term-history');
  });

  it('pages the datasets carrying a term, and opens a page past the end with a way back', async () => {
    await page.goto(`${web.url}/glossary/terms/${encodeURIComponent(terms.email!)}?carriers=5`);
    const carriers = page.getByRole('region', { name: /^Assets carrying it/ });
    const pager = carriers.getByRole('navigation', { name: 'Pages of datasets carrying the term' });
    expect(await pager.innerText()).toMatch(/The list ends at 1/);
    await pager.getByRole('link', { name: '← Previous' }).click();
    await page.waitForURL((url) => !url.search.includes('carriers=5'));
    expect(await page.getByRole('region', { name: /^Assets carrying it/ }).getByRole('link').allInnerTexts()).toEqual(['customers']);
  });

  it("opens from the terms a dataset's column carries, each its own sense", async () => {
    await page.goto(`${web.url}/datasets/${encodeURIComponent(CUSTOMERS)}`);
    const chips = page.getByRole('list', { name: 'terms and tags of email' });
    expect(await chips.getByRole('link').allInnerTexts()).toEqual(['Wg Client', 'Wg Email address']);
    expect(await chips.getByRole('link', { name: 'Wg Client' }).getAttribute('href')).toBe(`/glossary/terms/${encodeURIComponent(terms.shopSense!)}`);
    await chips.getByRole('link', { name: 'Wg Client' }).click();
    await page.waitForURL(`**/glossary/terms/${encodeURIComponent(terms.shopSense!)}`);
    await page.locator('.dataset-header .term-definition').getByText('Someone who has ordered at least once.').waitFor();
  });

  it('answers 404 for an unknown term and polyseme', async () => {
    expect((await page.goto(`${web.url}/glossary/terms/${encodeURIComponent('urn:polder:glossaryTerm:(wg-shop,nothing-here)')}`))!.status()).toBe(404);
    expect((await page.goto(`${web.url}/polysemes/${encodeURIComponent('urn:polder:polyseme:wg-nothing-here')}`))!.status()).toBe(404);
  });
});

describe('search', () => {
  it('wraps a long query it echoes, at any width, and echoes only the part it searched', async () => {
    await page.goto(`${web.url}/search?q=${'a'.repeat(600)}`);
    const summary = page.locator('#results-summary');
    await summary.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The first 512 are searched (the page says so), and no more are echoed.
    expect((await summary.innerText()).match(/a+/)![0]).toHaveLength(512);
    await checkPage(page, '44-search-long-query');
  });

  it('folds the filters away on a phone, so the results come first, and keeps them beside the results on a desktop', async () => {
    await page.setViewportSize(PHONE);
    try {
      await page.goto(`${web.url}/search?q=wg`);
      const summary = page.locator('#results-summary');
      await summary.waitFor();
      const filters = page.getByRole('complementary', { name: 'Filter' });
      const fold = filters.locator('summary', { hasText: 'Show filters' });
      await fold.waitFor();
      expect(await filters.getByRole('region', { name: 'Type' }).isVisible()).toBe(false);
      // The results heading on the first screen.
      expect((await summary.boundingBox())!.y).toBeLessThan(PHONE.height);
      await fold.click();
      await filters.getByRole('region', { name: 'Type' }).getByRole('link').first().click();
      await page.waitForURL(/type=/);
      // Open while choosing, and saying how many are chosen.
      await filters.locator('summary', { hasText: 'Show filters (1 chosen)' }).waitFor();
      expect(await filters.getByRole('region', { name: 'Type' }).isVisible()).toBe(true);
    } finally {
      await page.setViewportSize(DESKTOP);
    }
    await page.goto(`${web.url}/search?q=wg`);
    const filters = page.getByRole('complementary', { name: 'Filter' });
    await filters.getByRole('region', { name: 'Type' }).waitFor();
    expect(await filters.getByRole('region', { name: 'Type' }).isVisible()).toBe(true);
    expect(await filters.locator('summary').isVisible()).toBe(false);
  });

  it("suggests each domain's term of one name with its glossary, so they can be told apart", async () => {
    await page.goto(web.url);
    await page.getByRole('combobox', { name: 'Search datasets and columns' }).click();
    await page.keyboard.type('Wg Clie');
    const options = page.getByRole('listbox', { name: 'Suggestions' }).getByRole('option');
    const termOptions = async () =>
      (
        await options.evaluateAll((items) =>
          items.map((item) => ({
            name: item.querySelector('.suggestion__name')?.textContent,
            glossary: item.querySelector('.suggestion__glossary')?.textContent ?? null,
            type: item.querySelector('.suggestion__type')?.textContent,
          })),
        )
      )
        // Near matches (Wg Parcel, Wg Party) are suggested too.
        .filter((option) => option.type === 'Glossary term' && option.name === 'Wg Client')
        .sort((a, b) => String(a.glossary).localeCompare(String(b.glossary)));
    await expect.poll(termOptions).toEqual([
      { name: 'Wg Client', glossary: 'Wg-ship glossary', type: 'Glossary term' },
      { name: 'Wg Client', glossary: 'Wg-shop glossary', type: 'Glossary term' },
    ]);
    await screenshot(page, '44-search-term-suggestions');
  });

  it("answers the API's suggestions with each term's domain, which names its glossary (none: the enterprise one)", async () => {
    const { data } = await post(`{ autocomplete(input: {query: "Wg Par", limit: 20}) { urn type domain } }`);
    const suggested = data.autocomplete.filter((suggestion: { type: string }) => suggestion.type === 'GLOSSARY_TERM');
    expect(suggested).toEqual(
      expect.arrayContaining([
        { urn: terms.party, type: 'GLOSSARY_TERM', domain: null },
        { urn: terms.shopParcel, type: 'GLOSSARY_TERM', domain: 'Wg-shop' },
        { urn: terms.shipParcel, type: 'GLOSSARY_TERM', domain: 'Wg-ship' },
      ]),
    );
  });

  it('links term and polyseme hits to their pages', async () => {
    await page.goto(`${web.url}/search?q=${encodeURIComponent('Wg Client')}`);
    const polysemeLink = page.locator('.hit').filter({ hasText: /^Polyseme/i }).getByRole('link', { name: POLYSEME_LABEL });
    expect(await polysemeLink.first().getAttribute('href')).toBe(`/polysemes/${encodeURIComponent(created.polyseme)}`);
    await page.goto(`${web.url}/search?q=${encodeURIComponent('Wg Email address')}`);
    const termLink = page.locator('.hit').getByRole('link', { name: 'Wg Email address' });
    expect(await termLink.first().getAttribute('href')).toBe(`/glossary/terms/${encodeURIComponent(terms.email!)}`);
    await screenshot(page, '44-search-term-hit');
  });
});
