/**
 * Signing in to the web catalog and what a signed-in person can do there, in
 * Chromium against the real stack with anonymous reading OFF: the catalog
 * sends visitors to sign in (and back), keeps its own HttpOnly session cookie,
 * forwards it to the API, handles an expired session, lists and creates API
 * tokens, edits a dataset with optimistic concurrency, shows its history and
 * its lineage graph; and every page passes axe and fits a phone.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { crawlSource } from '@polder/crawlers';
import { AccountService, SearchIndexer, startApiServer, type ApiServer } from '@polder/api';
import { findFreePort } from '@polder/runtime';
import { launchBrowser, screenshot } from './support/browser.ts';
import { webPeople } from './support/webPeople.ts';
import { checkPage, DESKTOP } from './support/pageChecks.ts';
import { deleteCrawledData, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import { createDatabase } from './support/loadPagila.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const services = testServices();
const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_webaccess_';
const DOMAIN = 'webaccess';
const { source, env } = testPostgresSource(services.postgres, 'webaccess-rentals', 'webaccess_rentals', DOMAIN);
const CUSTOMER = `urn:polder:dataset:(postgres,${source.id},webaccess_rentals.public.customer)`;
const PASSWORD = 'a long enough password';
const OWNER = 'webaccess-owner';
const VIEWER = 'webaccess-viewer';
const LIMITED = 'webaccess-limited';
const LONG_NAMED = 'webaccess-long-named';
// 76 characters: display names may have up to 100.
const LONG_NAME = 'Wilhelmina Alexandra Konstantinopoulou-Vanderbilt of the Data Platform Team';
const SESSION_COOKIE = 'polder_web_session';

let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
const { newPerson } = webPeople({ browser: () => browser, webUrl: () => web.url, password: PASSWORD });

const datasetPath = (urn: string) => `/datasets/${encodeURIComponent(urn)}`;

async function graphql(query: string, variables: Record<string, unknown> = {}, secret?: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
}
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { session } }`;
const apiSession = async (username: string) => (await graphql(LOGIN, { input: { username, password: PASSWORD } })).body.data!.login.session as string;

async function signInThroughForm(page: Page, username: string, password = PASSWORD) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * The web catalog in front of an API stand-in on loopback, for what the real API cannot be made to do on
 * cue: `answer` gives the JSON body of each answer (HTTP 200) from the request's headers.
 */
async function webWithApiStandIn(answer: (headers: IncomingHttpHeaders) => unknown): Promise<{ url: string; stop(): Promise<void> }> {
  const standIn = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer(request.headers)));
    });
  });
  await new Promise<void>((resolve) => standIn.listen(0, '127.0.0.1', resolve));
  const fronted = await startTestWeb(`http://127.0.0.1:${(standIn.address() as AddressInfo).port}/graphql`);
  return {
    url: fronted.url,
    stop: async () => {
      await fronted.stop();
      await new Promise((resolve) => standIn.close(resolve));
    },
  };
}

beforeAll(async () => {
  await createDatabase(services.postgres, 'webaccess_rentals', readFileSync(new URL('../demo/rentals.sql', import.meta.url), 'utf8'));
  await writeTestMesh(driver, source);
  await crawlSource(driver, source, { logger: testLogger, env });
  const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  await indexer.drain();
  const accounts = new AccountService(driver);
  await accounts.create({ username: OWNER, password: PASSWORD, roles: ['DOMAIN_OWNER'], domains: [DOMAIN] });
  await accounts.create({ username: VIEWER, password: PASSWORD, roles: ['VIEWER'] });
  await accounts.create({ username: LIMITED, password: PASSWORD, roles: ['VIEWER'] });
  await accounts.create({ username: LONG_NAMED, password: PASSWORD, roles: ['VIEWER'], displayName: LONG_NAME });
  // Anonymous reading off (the default): every page needs a signed-in person.
  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 }, access: { anonymousRead: false } }, { host: '127.0.0.1', port: 0 });
  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(n:Entity) WHERE n.provider = $provider DETACH DELETE c`, { provider: `${source.kind}:${source.id}` });
  await driver.executeQuery(
    `MATCH (a:Account) WHERE a.username STARTS WITH 'webaccess-'
     OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a)
     DETACH DELETE x, a`,
  );
  await deleteCrawledData(driver, source);
  await driver.close();
});

describe('signing in', () => {
  it('sends a visitor to sign in, says when the password is wrong, and comes back to the page after', async () => {
    const { context, page } = await newPerson();
    await page.goto(`${web.url}/search?q=customer`);
    await page.waitForURL(/\/sign-in\?next=%2Fsearch%3Fq%3Dcustomer$/);
    await checkPage(page, '10-sign-in');

    await signInThroughForm(page, OWNER, 'not the password');
    await page.getByRole('alert').filter({ hasText: 'Wrong username or password.' }).waitFor();
    expect(await page.getByLabel('Username').inputValue()).toBe(OWNER);
    await screenshot(page, '10-sign-in-wrong-password');

    await signInThroughForm(page, OWNER);
    await page.waitForURL(/\/search\?q=customer$/);
    await page.getByText(`Signed in as ${OWNER}`).waitFor();
    await page.getByRole('link', { name: 'customer', exact: true }).first().waitFor();

    const [cookie] = (await context.cookies()).filter((candidate) => candidate.name === SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie!.value).toMatch(/^pld_s_/);
    await context.close();
  });

  it('signs in and out without JavaScript, and never follows a next that leaves the site', async () => {
    const { context, page } = await newPerson({ javaScriptEnabled: false });
    await page.goto(`${web.url}/sign-in?next=${encodeURIComponent('//evil.example/')}`);
    await signInThroughForm(page, VIEWER, 'wrong again');
    await page.getByText('Wrong username or password.').waitFor();
    await signInThroughForm(page, VIEWER);
    await page.waitForURL(`${web.url}/`);
    await page.getByText(`Signed in as ${VIEWER}`).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in\?signed-out=1$/);
    await page.getByRole('status').filter({ hasText: 'You are signed out.' }).waitFor();
    expect((await context.cookies()).filter((candidate) => candidate.name === SESSION_COOKIE)).toEqual([]);
    await page.goto(`${web.url}/search`);
    await page.waitForURL(/\/sign-in\?next=%2Fsearch$/);
    await context.close();
  });

  it('says "You are signed out." after signing out, as a status, and never to someone still signed in', async () => {
    const { context, page } = await newPerson();
    await page.goto(`${web.url}/sign-in`);
    await signInThroughForm(page, VIEWER);
    await page.waitForURL(`${web.url}/`);
    // The address opened while signed in (a bookmark, another tab) claims nothing.
    await page.goto(`${web.url}/sign-in?signed-out=1`);
    await page.getByText('You are signed in as').waitFor();
    expect(await page.getByText(/signed out/i).count()).toBe(0);

    await page.goto(`${web.url}/`);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in\?signed-out=1$/);
    const status = page.getByRole('status').filter({ hasText: 'signed out' });
    await status.waitFor();
    expect(await status.innerText()).toBe('You are signed out.');
    await checkPage(page, '10-signed-out');
    await context.close();
  });

  it('says how long to wait when sign-ins are rate limited', async () => {
    // Five failures per account per 15 minutes (the API's limit); the sixth is refused whatever the password.
    for (let attempt = 0; attempt < 5; attempt++) await graphql(LOGIN, { input: { username: LIMITED, password: 'guess' } });
    const { context, page } = await newPerson();
    await page.goto(`${web.url}/sign-in`);
    await signInThroughForm(page, LIMITED);
    await page.getByRole('alert').filter({ hasText: /^Too many failed sign-ins\. Try again in \d+ (minutes?|seconds?)\.$/ }).waitFor();
    await screenshot(page, '10-sign-in-rate-limited');
    await context.close();
  });

  it('sends a person whose session expired to sign in, with a message, and back to where they were', async () => {
    const { context, page } = await newPerson();
    await page.goto(`${web.url}/sign-in`);
    await signInThroughForm(page, OWNER);
    await page.waitForURL(`${web.url}/`);
    await page.getByText(`Signed in as ${OWNER}`).waitFor();

    await driver.executeQuery(
      `MATCH (s:Session)-[:SESSION_OF]->(:Account {username: $username}) SET s.expiresAt = '2020-01-01T00:00:00.000Z'`,
      { username: OWNER },
    );
    await page.goto(`${web.url}${datasetPath(CUSTOMER)}?depth=2`);
    await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('expired') === '1');
    expect(new URL(page.url()).searchParams.get('next')).toBe(`${datasetPath(CUSTOMER)}?depth=2`);
    await page.getByText('Your session expired; sign in again').waitFor();
    expect((await context.cookies()).filter((candidate) => candidate.name === SESSION_COOKIE)).toEqual([]);
    await screenshot(page, '11-session-expired');

    await signInThroughForm(page, OWNER);
    await page.waitForURL((url) => url.pathname === datasetPath(CUSTOMER) && url.searchParams.get('depth') === '2');
    await expect.poll(() => page.locator('h1').textContent()).toContain('customer');
    await context.close();
  });
});

describe('signing out in another tab', () => {
  it('keeps an edit of the first tab when the session ended, says so, and saves it once they signed in again', async () => {
    const { context, page } = await newPerson();
    await page.goto(`${web.url}/sign-in?next=${encodeURIComponent(datasetPath(CUSTOMER))}`);
    await signInThroughForm(page, OWNER);
    await page.waitForURL((url) => url.pathname === datasetPath(CUSTOMER));
    await page.getByText(`Signed in as ${OWNER}`).waitFor();
    await page.getByText('Edit tags').click();

    const other = await context.newPage();
    await other.goto(`${web.url}/`);
    await other.getByRole('button', { name: 'Sign out' }).click();
    await other.waitForURL(/\/sign-in\?signed-out=1$/);
    await other.close();

    const tags = page.getByRole('textbox', { name: 'Tags' });
    await tags.fill('after-sign-out');
    await page.getByRole('button', { name: 'Save tags' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'You are no longer signed in.' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('Nothing was saved, and what you entered is still below.');
    expect(new URL(page.url()).pathname).toBe(datasetPath(CUSTOMER));
    expect(await tags.inputValue()).toBe('after-sign-out');

    // The sign-in opens beside this tab, which keeps the text for the second try.
    const [signInTab] = await Promise.all([context.waitForEvent('page'), refusal.getByRole('link', { name: 'Sign in again in a new tab' }).click()]);
    await signInTab.waitForURL((url) => url.pathname === '/sign-in');
    await signInThroughForm(signInTab, OWNER);
    await signInTab.waitForURL((url) => url.pathname === datasetPath(CUSTOMER));
    await signInTab.close();

    await page.getByRole('button', { name: 'Save tags' }).click();
    await page.getByRole('status').filter({ hasText: 'Tags saved.' }).waitFor();
    await page.getByRole('list', { name: 'tags' }).getByText('after-sign-out').waitFor();
    await page.getByText(`Signed in as ${OWNER}`).waitFor();
    await context.close();
  });

  it("leaves the header's Sign in off the sign-in page it opens, and comes back to the page it was opened from", async () => {
    const { context, page } = await newPerson();
    await page.goto(`${web.url}/`);
    const header = page.locator('.site-header');
    await header.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expect.poll(() => header.getByRole('link', { name: 'Sign in' }).count()).toBe(0);
    await context.close();
  });
});

describe('the header', () => {
  it('keeps one row at desktop width for a person with a long display name, whose whole name is its tooltip', async () => {
    const { context, page } = await newPerson();
    await page.setViewportSize(DESKTOP);
    await page.goto(`${web.url}${datasetPath(CUSTOMER)}`);
    await signInThroughForm(page, LONG_NAMED);
    await page.waitForURL((url) => url.pathname === datasetPath(CUSTOMER));
    const header = page.locator('.site-header');
    const name = header.locator('.site-header__who strong');
    expect(await name.textContent()).toBe(LONG_NAME);
    expect(await name.getAttribute('title')).toBe(`${LONG_NAME} (${LONG_NAMED})`);
    // One row: the brand, the search box and the Sign out button share a line.
    const middle = async (box: ReturnType<typeof header.locator>) => {
      const { y, height } = (await box.boundingBox())!;
      return y + height / 2;
    };
    const brand = await middle(header.getByRole('link', { name: 'Polder' }));
    for (const other of [header.getByRole('button', { name: 'Search' }), header.getByRole('button', { name: 'Sign out' }), name]) {
      expect(Math.abs((await middle(other)) - brand)).toBeLessThan(8);
    }
    await context.close();
  });
});

describe('API tokens', () => {
  it('creates a token showing its secret once, lists it, and revokes it', async () => {
    const { context, page } = await newPerson();
    await page.goto(`${web.url}/settings/tokens`);
    await page.waitForURL(/\/sign-in\?next=%2Fsettings%2Ftokens$/);
    await signInThroughForm(page, OWNER);
    await page.waitForURL(/\/settings\/tokens$/);

    // A domain owner may change things: a token may too, if asked.
    await page.getByRole('group', { name: 'Scopes' }).getByRole('checkbox', { name: 'Make changes (within your roles)' }).waitFor();
    await page.getByLabel('Name').fill('nightly export');
    await page.getByLabel('Expires after').selectOption('30');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('Token “nightly export” created. Copy it now: it will not be shown again.').waitFor();
    const secret = (await page.locator('.secret__value').textContent())!;
    expect(secret).toMatch(/^pld_t_/);
    await page.getByRole('button', { name: 'Copy token' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'nightly export' });
    await row.getByText('Active').waitFor();
    expect(await row.textContent()).toContain('READ');
    await checkPage(page, '12-tokens-created');
    // The token works, as a read-only one.
    expect((await graphql(`{ viewer { username scopes } }`, {}, secret)).body.data).toEqual({ viewer: { username: OWNER, scopes: ['READ'] } });

    // Shown once: a reload lists the token, never its secret.
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);

    // It cannot be undone: the first press asks, with the keyboard on the confirmation; Cancel takes nothing back.
    await row.getByRole('button', { name: 'Revoke nightly export' }).click();
    await row.getByText('It stops working at once; this cannot be undone.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Confirm: revoke nightly export');
    await row.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Revoke nightly export');
    expect(await row.getByText('Revoked').count()).toBe(0);
    await row.getByRole('button', { name: 'Revoke nightly export' }).click();
    await row.getByRole('button', { name: 'Confirm: revoke nightly export' }).click();
    await row.getByText('Revoked').waitFor();
    await screenshot(page, '12-tokens-revoked');
    const refused = await graphql(`{ viewer { username } }`, {}, secret);
    expect(refused.status).toBe(401);
    await context.close();
  });

  it('offers a viewer read-only tokens, since their roles change nothing, and the API refuses a forged WRITE', async () => {
    const { context, page } = await newPerson();
    await page.goto(`${web.url}/sign-in?next=${encodeURIComponent('/settings/tokens')}`);
    await signInThroughForm(page, VIEWER);
    await page.waitForURL(/\/settings\/tokens$/);
    const scopes = page.getByRole('group', { name: 'Scopes' });
    expect(await scopes.getByRole('checkbox').count()).toBe(1);
    expect(await scopes.getByRole('checkbox', { name: 'Read the catalog' }).isChecked()).toBe(true);
    await scopes.getByText('Your roles let you read the catalog, not change it, so your tokens can only read.').waitFor();
    await checkPage(page, '12-tokens-viewer');

    // The form is no guard: a WRITE scope added to it by hand is refused by the API, which says why.
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Create token' }) });
    await form.evaluate((element) => {
      const write = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'scopes', value: 'WRITE', checked: true });
      element.append(write);
    });
    await page.getByLabel('Name').fill('forged write');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByRole('alert').filter({ hasText: `scopes: ${VIEWER} (VIEWER) may change nothing in the catalog, so every change would refuse a WRITE token; give it READ only` }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'forged write' }).count()).toBe(0);
    await context.close();
  });

  it("takes a new token's secret off the screen once that token is revoked", async () => {
    const { context, page } = await newPerson();
    await page.goto(`${web.url}/sign-in?next=${encodeURIComponent('/settings/tokens')}`);
    await signInThroughForm(page, OWNER);
    await page.waitForURL(/\/settings\/tokens$/);
    await page.getByLabel('Name').fill('short lived');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByText('Token “short lived” created. Copy it now: it will not be shown again.').waitFor();
    const secret = (await page.locator('.secret__value').textContent())!;

    // Revoked straight away, without leaving the page: a secret that no longer works is nothing to copy.
    const row = page.getByRole('row').filter({ hasText: 'short lived' });
    await row.getByRole('button', { name: 'Revoke short lived' }).click();
    await row.getByRole('button', { name: 'Confirm: revoke short lived' }).click();
    await row.getByText('Revoked').waitFor();
    await expect.poll(() => page.locator('.secret').count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    await context.close();
  });
});

describe('editing a dataset', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    ({ context, page } = await newPerson());
    await page.goto(`${web.url}/sign-in?next=${encodeURIComponent(datasetPath(CUSTOMER))}`);
    await signInThroughForm(page, OWNER);
    await page.waitForURL((url) => url.pathname === datasetPath(CUSTOMER));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('saves a description and shows the edit in History', async () => {
    await page.getByText('Edit description').click();
    const box = page.getByRole('textbox', { name: 'Description' });
    await box.fill('Renters of the web test, as their owner describes them.');
    const editor = page.locator('form', { has: page.getByRole('button', { name: 'Save description' }) });
    await editor.getByRole('textbox', { name: 'Comment' }).fill('The source says nothing of who they are.');
    await page.getByRole('button', { name: 'Save description' }).click();
    await page.getByRole('status').filter({ hasText: 'Description saved.' }).waitFor();
    await expect.poll(() => page.locator('.dataset-header__description').textContent()).toBe('Renters of the web test, as their owner describes them.');
    const history = page.getByRole('region', { name: 'History' });
    const entry = history.locator('.history__entry', { hasText: `${OWNER} edited the description` });
    await entry.waitFor();
    await entry.getByText('“The source says nothing of who they are.”').waitFor();
    expect(await entry.locator('dt').allInnerTexts()).toEqual(['Description']);
    expect(await entry.locator('.history__after').innerText()).toBe('Renters of the web test, as their owner describes them.');
    await screenshot(page, '13-dataset-edited');
  });

  it('sets owners with their types and tags, and certifies', async () => {
    await page.getByText('Edit owners').click();
    await page.getByRole('textbox', { name: 'New owner' }).fill('rentals-team');
    await page.getByRole('combobox', { name: 'Role of the new owner' }).selectOption('BUSINESS_OWNER');
    await page.getByRole('button', { name: 'Save owners' }).click();
    await page.getByRole('status').filter({ hasText: 'Owners saved.' }).waitFor();
    await expect.poll(() => page.locator('.owner-list').textContent()).toContain('rentals-team · Business owner');

    await page.getByText('Edit tags').click();
    await page.getByRole('textbox', { name: 'Tags' }).fill('gold, renters');
    await page.getByRole('button', { name: 'Save tags' }).click();
    await page.getByRole('status').filter({ hasText: 'Tags saved.' }).waitFor();
    await page.getByRole('list', { name: 'tags' }).getByText('renters').waitFor();

    await page.locator('summary', { hasText: /^Certify$/ }).click();
    await page.getByRole('textbox', { name: 'What did you check?' }).fill('Checked against the booking system');
    await page.getByRole('button', { name: 'Certify', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Certification saved.' }).waitFor();
    await page.locator('h1 .badge--certified').waitFor();
    // Its history names each field in words, as the page does, not by the API's key.
    const certified = page.getByRole('region', { name: 'History' }).locator('.history__entry', { hasText: `${OWNER} changed the certification` });
    expect(await certified.locator('dt').allInnerTexts()).toEqual(['Certified', 'Certified by', 'Certified at', 'Certification expires', 'Certification note']);
    expect(await page.getByRole('region', { name: 'History' }).locator('dt').allInnerTexts()).toEqual(expect.arrayContaining(['Owners', 'Owner roles', 'Tags']));
    await checkPage(page, '13-dataset-governance');
  });

  it('refuses an edit made on a stale version, keeping both the other change and what was typed', async () => {
    await page.reload();
    // Someone else edits the description while the page is open.
    const session = await apiSession(OWNER);
    const current = (await graphql(`query ($urn: ID!) { dataset(urn: $urn) { version } }`, { urn: CUSTOMER }, session)).body.data!.dataset.version as number;
    const theirs = await graphql(
      `mutation ($input: UpdateDescriptionInput!) { updateDescription(input: $input) { urn } }`,
      { input: { urn: CUSTOMER, expectedVersion: current, description: 'Their description, saved first.' } },
      session,
    );
    expect(theirs.body.errors).toBeUndefined();

    await page.getByText('Edit description').click();
    const box = page.getByRole('textbox', { name: 'Description' });
    await box.fill('Mine, written on the old version.');
    await page.getByRole('button', { name: 'Save description' }).click();
    await page.getByRole('alert').filter({ hasText: 'Someone changed this since you opened it.' }).waitFor();
    expect(await box.inputValue()).toBe('Mine, written on the old version.');
    await page.getByRole('link', { name: 'Reload the page' }).waitFor();
    await screenshot(page, '14-dataset-conflict');
    const stored = await graphql(`query ($urn: ID!) { dataset(urn: $urn) { description } }`, { urn: CUSTOMER }, session);
    expect(stored.body.data!.dataset.description).toBe('Their description, saved first.');

    await page.getByRole('link', { name: 'Reload the page' }).click();
    await expect.poll(() => page.locator('.dataset-header__description').textContent()).toBe('Their description, saved first.');
  });

  it('shows no edit controls to a viewer', async () => {
    const viewer = await newPerson();
    await viewer.page.goto(`${web.url}/sign-in?next=${encodeURIComponent(datasetPath(CUSTOMER))}`);
    await signInThroughForm(viewer.page, VIEWER);
    await viewer.page.waitForURL((url) => url.pathname === datasetPath(CUSTOMER));
    await viewer.page.getByRole('heading', { name: 'History' }).waitFor();
    expect(await viewer.page.getByRole('heading', { name: 'Edit' }).count()).toBe(0);
    expect(await viewer.page.getByText('Edit description').count()).toBe(0);
    await viewer.context.close();
  });
});

describe('the lineage explorer', () => {
  it('draws the lineage as a graph whose nodes link to their datasets, with the depth in the URL', async () => {
    const { context, page } = await newPerson();
    await page.goto(`${web.url}/sign-in?next=${encodeURIComponent(datasetPath(CUSTOMER))}`);
    await signInThroughForm(page, VIEWER);
    await page.waitForURL((url) => url.pathname === datasetPath(CUSTOMER));

    const canvas = page.getByRole('group', { name: /^Lineage graph/ });
    await canvas.locator('.react-flow__node').first().waitFor();
    expect(await canvas.locator('.react-flow__node').count()).toBeGreaterThanOrEqual(2);
    expect(await canvas.locator('.react-flow__edge').count()).toBeGreaterThanOrEqual(1);
    await canvas.locator('.lineage-node--root').getByText('customer', { exact: true }).waitFor();
    const summary = canvas.getByRole('link', { name: 'customer_rental_summary' });
    await summary.waitFor();
    // The same lineage as a plain list, for screen readers and browsers without JS.
    await page.locator('.lineage-list').getByRole('link', { name: 'customer_rental_summary' }).waitFor();

    // Keyboard: Tab reaches the links inside the graph.
    await page.locator('#lineage-heading').scrollIntoViewIfNeeded();
    await page.getByRole('combobox', { name: 'Hops each way' }).focus();
    let inCanvas = false;
    for (let step = 0; step < 40 && !inCanvas; step++) {
      await page.keyboard.press('Tab');
      inCanvas = await page.evaluate(() => Boolean(document.activeElement?.closest('.lineage-canvas a')));
    }
    expect(inCanvas).toBe(true);
    await checkPage(page, '15-dataset-lineage');

    await page.getByRole('combobox', { name: 'Hops each way' }).selectOption('1');
    await page.waitForURL((url) => url.searchParams.get('depth') === '1');
    await page.getByRole('heading', { name: 'Within 1 hop' }).waitFor();
    await canvas.locator('.react-flow__node').first().waitFor();

    await summary.click();
    await page.waitForURL(/customer_rental_summary/);
    await expect.poll(() => page.locator('h1').textContent()).toContain('customer_rental_summary');
    await context.close();
  });
});

describe('accessibility and phones', () => {
  it('passes axe and fits a phone on the home, search and dataset pages', async () => {
    const { context, page } = await newPerson();
    await page.goto(`${web.url}/sign-in`);
    await signInThroughForm(page, VIEWER);
    await page.waitForURL(`${web.url}/`);
    await checkPage(page, '16-home');
    await page.goto(`${web.url}/search?q=customer`);
    await page.locator('article.hit').first().waitFor();
    await checkPage(page, '16-search');
    await page.goto(`${web.url}${datasetPath(CUSTOMER)}`);
    await page.locator('.react-flow__node').first().waitFor();
    await checkPage(page, '16-dataset');
    await context.close();
  });
});

describe('the content security policy', () => {
  it("runs Next's scripts, which carry each page's own nonce, and nothing else; no page breaks it, and no other site may frame one", async () => {
    const served = async () => {
      const response = await fetch(`${web.url}/sign-in`);
      const policy = response.headers.get('content-security-policy') ?? '';
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      const scripts = [...(await response.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => /\bnonce="([^"]*)"/.exec(tag)?.[1]);
      return { policy, nonce, scripts, frameOptions: response.headers.get('x-frame-options'), nosniff: response.headers.get('x-content-type-options') };
    };
    const [first, second] = [await served(), await served()];
    expect(first.policy).toContain("frame-ancestors 'none'");
    expect(first.policy).toContain(`script-src 'self' 'nonce-${first.nonce}' 'strict-dynamic'`);
    expect({ frameOptions: first.frameOptions, nosniff: first.nosniff }).toEqual({ frameOptions: 'DENY', nosniff: 'nosniff' });
    expect(first.nonce).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    expect(second.nonce).not.toBe(first.nonce);
    expect(first.scripts.length).toBeGreaterThan(0);
    expect(new Set(first.scripts)).toEqual(new Set([first.nonce]));

    // Pages that run scripts of every kind (a form, search, the lineage graph, the glossary tree), each
    // working (signing in, drawing the graph), with the browser reporting every violation it blocks.
    const { context, page } = await newPerson();
    await context.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (event: { violatedDirective: string; blockedURI: string }) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const violations: Array<{ path: string; violations: string[] }> = [];
    const record = async () => violations.push({ path: new URL(page.url()).pathname, violations: await page.evaluate(() => window.violations as string[]) });
    await page.goto(`${web.url}/sign-in`);
    await signInThroughForm(page, VIEWER);
    await page.waitForURL(`${web.url}/`);
    await record();
    await page.goto(`${web.url}/search?q=customer`);
    await page.locator('article.hit').first().waitFor();
    await record();
    await page.goto(`${web.url}${datasetPath(CUSTOMER)}`);
    await page.locator('.react-flow__node').first().waitFor();
    await record();
    await page.goto(`${web.url}/glossary`);
    await page.locator('h1').waitFor();
    await record();
    expect(violations).toEqual(['/', '/search', datasetPath(CUSTOMER), '/glossary'].map((path) => ({ path, violations: [] })));

    // What an injection would add to a page, an event handler in markup, does not run; where the policy
    // is bypassed (the control), the same markup does.
    const runsInjectedHandler = (on: Page) =>
      on.evaluate(async () => {
        const markup = document.createElement('div');
        markup.innerHTML = `<img src="data:," onerror="window.injected = 'handler'">`;
        document.body.append(markup);
        await new Promise((resolve) => setTimeout(resolve, 200));
        return (window.injected as string | undefined) ?? null;
      });
    expect(await runsInjectedHandler(page)).toBeNull();
    const bypassing = await browser.newContext({ viewport: DESKTOP, bypassCSP: true });
    const control = await bypassing.newPage();
    await control.goto(`${web.url}/sign-in`);
    expect(await runsInjectedHandler(control)).toBe('handler');
    await bypassing.close();
    await context.close();
  });
});

describe('the session cookie', () => {
  it('is HttpOnly and SameSite=Lax, and Secure when the web is told the browser uses HTTPS', async () => {
    const sessionCookieOf = async (webUrl: string) => {
      const { context, page } = await newPerson();
      await page.goto(`${webUrl}/sign-in`);
      const signedIn = page.waitForResponse((response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/sign-in');
      await signInThroughForm(page, VIEWER);
      const cookies = ((await (await signedIn).headerValue('set-cookie')) ?? '').split('\n');
      await context.close();
      const cookie = cookies.find((line) => line.startsWith(`${SESSION_COOKIE}=`)) ?? '';
      return { httpOnly: /;\s*HttpOnly/i.test(cookie), lax: /;\s*SameSite=Lax/i.test(cookie), secure: /;\s*Secure/i.test(cookie) };
    };
    // Plain HTTP on loopback, as here: not Secure, or the browser would not send it back.
    expect(await sessionCookieOf(web.url)).toEqual({ httpOnly: true, lax: true, secure: false });
    process.env.POLDER_WEB_SECURE_COOKIE = 'true';
    const behindTls = await startTestWeb(`${api.url}/graphql`).finally(() => delete process.env.POLDER_WEB_SECURE_COOKIE);
    try {
      expect(await sessionCookieOf(behindTls.url)).toEqual({ httpOnly: true, lax: true, secure: true });
    } finally {
      await behindTls.stop();
    }
  });
});

describe('the route a refused session is sent to', () => {
  it('clears the session only when the API refuses it, and sends nobody to another site', async () => {
    // Each step sets the API's answer.
    let answer: Record<string, unknown> = {};
    const standInWeb = await webWithApiStandIn(() => answer);
    const outcome = async (next: string) => {
      const response = await fetch(`${standInWeb.url}/sign-in/expired?${new URLSearchParams({ next })}`, { redirect: 'manual', headers: { cookie: `${SESSION_COOKIE}=a-session` } });
      return { location: response.headers.get('location'), clears: (response.headers.get('set-cookie') ?? '').startsWith(`${SESSION_COOKIE}=;`) };
    };
    try {
      // A link from elsewhere while the API is down or busy signs nobody out: the page says what is wrong.
      answer = { errors: [{ message: 'The catalog graph is unavailable right now; try again shortly.', extensions: { code: 'UNAVAILABLE' } }] };
      expect(await outcome('/search')).toEqual({ location: '/search', clears: false });
      answer = { errors: [{ message: 'your session has expired; sign in again', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' } }] };
      expect(await outcome('/search')).toEqual({ location: '/sign-in?expired=1&next=%2Fsearch', clears: true });
      // Signed in: straight on to `next`, when it is a path of this site. Each of these parses to `//evil.example`.
      answer = { data: { viewer: { username: VIEWER } } };
      expect(await outcome('/search')).toEqual({ location: '/search', clears: false });
      for (const next of ['/.//evil.example', '/%2e//evil.example', '/a/..//evil.example/sign-in']) expect({ next, ...(await outcome(next)) }).toEqual({ next, location: '/', clears: false });
    } finally {
      await standInWeb.stop();
    }
  });
});

describe('a page whose API cannot be reached', () => {
  it("says where the API is and what failed to the operator's browser only", async () => {
    // Nothing listens on this port. Behind a trusted proxy, the request names the browser's address.
    const closedApi = `http://127.0.0.1:${await findFreePort()}/graphql`;
    process.env.POLDER_WEB_TRUST_PROXY = 'true';
    const lonely = await startTestWeb(closedApi).finally(() => delete process.env.POLDER_WEB_TRUST_PROXY);
    try {
      const banner = async (browserAddress: string) => {
        const html = await (await fetch(`${lonely.url}/search?q=orders`, { headers: { 'x-forwarded-for': browserAddress } })).text();
        return { address: html.includes(closedApi), operatorHint: html.includes('POLDER_API_URL'), generic: html.includes('The catalog cannot reach its API right now.') };
      };
      expect(await banner('127.0.0.1')).toEqual({ address: true, operatorHint: true, generic: false });
      expect(await banner('203.0.113.9')).toEqual({ address: false, operatorHint: false, generic: true });
    } finally {
      await lonely.stop();
    }
  });
});

describe('a page whose API answers too slowly', () => {
  it('says the API did not answer in time, not that it is unreachable, and offers to try again', async () => {
    // Once the web is up (it waits for its home page to answer), takes each request and never answers:
    // an API waiting on a stalled Neo4j or Meilisearch.
    const held: Array<import('node:http').ServerResponse> = [];
    let stalling = false;
    const stalled = createServer((request, response) => {
      if (stalling) return void held.push(response);
      request.resume();
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: 'starting', extensions: { code: 'UNAVAILABLE' } }] }));
    });
    await new Promise<void>((resolve) => stalled.listen(0, '127.0.0.1', resolve));
    const slowWeb = await startTestWeb(`http://127.0.0.1:${(stalled.address() as AddressInfo).port}/graphql`);
    stalling = true;
    try {
      const { context, page } = await newPerson();
      await page.goto(`${slowWeb.url}/search?q=orders`, { timeout: 60_000 });
      const banner = page.getByRole('alert').filter({ hasText: 'did not answer within 10 s' });
      await banner.waitFor({ timeout: 60_000 });
      expect(await banner.innerText()).toContain('It may be waiting on Neo4j or Meilisearch: try again shortly.');
      expect(await page.getByText('not reachable').count()).toBe(0);
      await banner.getByRole('button', { name: 'Try again' }).waitFor();
      await context.close();
    } finally {
      await slowWeb.stop();
      for (const response of held) response.destroy();
      stalled.closeAllConnections();
      await new Promise((resolve) => stalled.close(resolve));
    }
  }, 180_000);
});

describe("the browser's address the web forwards to the API", () => {
  it('is the one the web server saw on the connection, not one the request names', async () => {
    // The API stand-in records the address each request from the web names (the sign-in limit counts per it).
    const named: Array<string | undefined> = [];
    const recorded = await webWithApiStandIn((headers) => {
      named.push(headers['x-forwarded-for'] as string | undefined);
      return { errors: [{ message: 'recorded', extensions: { code: 'UNAVAILABLE' } }] };
    });
    try {
      await fetch(`${recorded.url}/search?q=orders`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(named.length).toBeGreaterThan(0);
      expect([...new Set(named)]).toEqual(['127.0.0.1']);
    } finally {
      await recorded.stop();
    }
  });
});
