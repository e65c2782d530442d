/**
 * Classifying and restricting a dataset in the web catalog, in Chromium against the real stack with
 * anonymous reading off: a steward ticks PII on a column (offered because the glossary classifies a
 * term PII) and sees it on the column, on the dataset's classifications and through the API, with the
 * column's inherited classifications shown apart; the dataset is classified without JavaScript; a save
 * made on a stale version is refused and changes nothing; a domain owner restricts the dataset, which
 * masks its classifications for an owner of another domain until the restriction is lifted; and only
 * those the API lets (`viewerCanAssignTerms`, `viewerCanRestrict`) see each control. `viewerCanRestrict`
 * answers as `setRestricted` decides, account by account.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { AccountService, startApiServer, type ApiServer } from '@polder/api';
import { launchBrowser, screenshot } from './support/browser.ts';
import { webPeople } from './support/webPeople.ts';
import { checkPage } from './support/pageChecks.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_webclassify_';
const DOMAIN = 'wc-rentals';
const OTHER_DOMAIN = 'wc-finance';
const PASSWORD = 'a long enough password';
const STEWARD = 'wc-steward';
const OWNER = 'wc-owner';
const OUTSIDER = 'wc-finance-owner';
const VIEWER = 'wc-viewer';
const ADMIN = 'wc-admin';
const CUSTOMERS = 'urn:polder:dataset:(postgres,wc-db,wcdb.public.wc_customers)';
const EMAIL = `urn:polder:field:(${CUSTOMERS},email)`;
const FULL_NAME = `urn:polder:field:(${CUSTOMERS},full_name)`;
const PHONE = `urn:polder:field:(${CUSTOMERS},phone)`;
/** A term the glossary classifies PII, carried by full_name: the column inherits PII from it. */
const NAME_TERM = 'urn:polder:glossaryTerm:wc-full-name';
const CONFLICT = 'Someone changed this since you opened it.';

let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
const { newPerson, signInAt } = webPeople({ browser: () => browser, webUrl: () => web.url, password: PASSWORD });
const sessions: Record<string, string> = {};
const datasetPath = `/datasets/${encodeURIComponent(CUSTOMERS)}`;

async function graphql(username: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sessions[username]}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}
const CLASSIFICATIONS = `query ($urn: ID!) { dataset(urn: $urn) { version restricted classifications fields { name version classifications } } }`;
const datasetAs = async (username: string) => (await graphql(username, CLASSIFICATIONS, { urn: CUSTOMERS })).data!.dataset;
const columnAs = async (username: string, name: string) => (await datasetAs(username)).fields.find((field: { name: string }) => field.name === name);
const changesOf = async (urn: string) => (await graphql(ADMIN, `query ($urn: ID!) { changes(input: {urn: $urn}) { action actor comment after } }`, { urn })).data!.changes;

/** The row of a column in the schema table. */
const rowOf = (page: Page, column: string): Locator => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: column }) });

async function openDataset(page: Page): Promise<void> {
  await page.goto(`${web.url}${datasetPath}`);
  await page.getByRole('heading', { level: 1, name: /wc_customers/ }).waitFor();
}

beforeAll(async () => {
  await driver.executeQuery(
    `UNWIND $domains AS domain MERGE (d:Domain:Entity {urn: 'urn:polder:domain:' + domain.id}) SET d.id = domain.id, d.name = domain.name, d.status = 'ACTIVE'`,
    { domains: [{ id: DOMAIN, name: 'Wc Rentals' }, { id: OTHER_DOMAIN, name: 'Wc Finance' }] },
  );
  await driver.executeQuery(
    `MATCH (d:Domain {id: $domain})
     CREATE (ds:Dataset:Entity {urn: $dataset, name: 'wc_customers', qualifiedName: 'wcdb.public.wc_customers', status: 'ACTIVE', platform: 'postgres', subtype: 'TABLE'})-[:IN_DOMAIN]->(d),
            (ds)-[:HAS_FIELD]->(:Field:Entity {urn: $email, name: 'email', position: 1, nullable: false, isPrimaryKey: false, status: 'ACTIVE', datasetUrn: $dataset}),
            (ds)-[:HAS_FIELD]->(fullName:Field:Entity {urn: $fullName, name: 'full_name', position: 2, nullable: true, isPrimaryKey: false, status: 'ACTIVE', datasetUrn: $dataset}),
            (ds)-[:HAS_FIELD]->(:Field:Entity {urn: $phone, name: 'phone', position: 3, nullable: true, isPrimaryKey: false, status: 'ACTIVE', datasetUrn: $dataset}),
            (term:GlossaryTerm:Entity {urn: $term, name: 'Wc full name', glossary: 'enterprise', classifications: ['PII'], termStatus: 'APPROVED', status: 'ACTIVE'}),
            (fullName)-[:MEANS {provider: 'person'}]->(term)`,
    { domain: DOMAIN, dataset: CUSTOMERS, email: EMAIL, fullName: FULL_NAME, phone: PHONE, term: NAME_TERM },
  );
  const accounts = new AccountService(driver);
  await accounts.create({ username: STEWARD, password: PASSWORD, roles: ['STEWARD'] });
  await accounts.create({ username: OWNER, password: PASSWORD, roles: ['DOMAIN_OWNER'], domains: [DOMAIN] });
  await accounts.create({ username: OUTSIDER, password: PASSWORD, roles: ['DOMAIN_OWNER'], domains: [OTHER_DOMAIN] });
  await accounts.create({ username: VIEWER, password: PASSWORD, roles: ['VIEWER'] });
  await accounts.create({ username: ADMIN, password: PASSWORD, roles: ['ADMIN'] });
  // Anonymous reading off (the default): every page needs a signed-in person.
  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: false } }, { host: '127.0.0.1', port: 0 });
  for (const username of [STEWARD, OWNER, OUTSIDER, VIEWER, ADMIN]) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation ($input: LoginInput!) { login(input: $input) { session } }`, variables: { input: { username, password: PASSWORD } } }),
    });
    sessions[username] = ((await response.json()) as GraphQLResponse).data!.login.session as string;
  }
  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
  // This file's Neo4j is fresh: it plans each of the dataset page's queries on their first run, which on a
  // busy machine can take longer than the web waits for the API (10 s). One read of the page, as an admin
  // (every control drawn), plans them before any test opens it.
  await fetch(`${web.url}${datasetPath}`, { headers: { cookie: `polder_web_session=${sessions[ADMIN]}` } });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  const assets = [CUSTOMERS, EMAIL, FULL_NAME, PHONE, NAME_TERM];
  await driver.executeQuery(`MATCH (n:Entity) WHERE n.urn IN $assets OPTIONAL MATCH (c:Change)-[:ABOUT]->(n) DETACH DELETE c, n`, { assets });
  await driver.executeQuery(`MATCH (o) WHERE (o:IndexOutbox OR o:TrustOutbox OR o:PolicyOutbox) AND o.urn IN $assets DETACH DELETE o`, { assets });
  await driver.executeQuery(`MATCH (d:Domain) WHERE d.id IN $domains DETACH DELETE d`, { domains: [DOMAIN, OTHER_DOMAIN] });
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'wc-' OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`);
  await driver.close();
});

describe('classifying', () => {
  it("a steward marks a column PII and sees it on the column, on the dataset's classifications and through the API", async () => {
    const { context, page } = await newPerson();
    await signInAt(page, datasetPath, STEWARD);
    const email = rowOf(page, 'email');
    await email.locator('summary', { hasText: 'Classify' }).click();
    const setOnEmail = email.getByRole('group', { name: 'Set on column email' });
    // Offered because the glossary classifies a term PII: the catalog knows it.
    const pii = setOnEmail.getByRole('checkbox', { name: 'PII' });
    expect(await pii.isChecked()).toBe(false);
    await pii.check();
    await email.locator('form.classify').getByLabel('Comment').fill('Receipts go to it.');
    await checkPage(page, '120-dataset-classify-column');
    await email.getByRole('button', { name: 'Save classifications of column email' }).click();
    await email.getByRole('status').filter({ hasText: 'Classifications saved.' }).waitFor();

    await rowOf(page, 'email').getByRole('list', { name: 'classifications of email' }).getByText('PII', { exact: true }).waitFor();
    // The dataset holds what its columns hold.
    await page.getByRole('list', { name: 'classifications', exact: true }).getByText('PII (from columns email, full_name)').waitFor();
    expect(await columnAs(VIEWER, 'email')).toEqual({ name: 'email', version: 1, classifications: ['PII'] });
    expect((await changesOf(EMAIL))[0]).toMatchObject({ action: 'setClassifications', actor: STEWARD, comment: 'Receipts go to it.', after: '{"classifications":["PII"]}' });

    // full_name's PII comes from its glossary term: shown as such, not as a box ticked.
    const fullName = rowOf(page, 'full_name');
    await fullName.locator('summary', { hasText: 'Classify' }).click();
    await fullName.getByRole('list', { name: 'classifications column full_name has from its glossary terms' }).getByText('PII (from Wc full name)').waitFor();
    expect(await fullName.getByRole('group', { name: 'Set on column full_name' }).getByRole('checkbox', { name: 'PII' }).isChecked()).toBe(false);
    await screenshot(page, '120-dataset-column-classified');
    await context.close();
  });

  it('classifies the dataset without JavaScript, with a classification typed that the catalog did not know', async () => {
    const { context, page } = await newPerson({ javaScriptEnabled: false });
    await signInAt(page, datasetPath, STEWARD);
    await page.locator('summary', { hasText: 'Classify this dataset' }).click();
    const section = page.getByRole('region', { name: 'Classification and restriction' });
    await section.getByLabel('Another classification for this dataset').fill('confidential');
    await section.getByRole('button', { name: 'Save classifications of this dataset' }).click();
    // Without JS the page comes back whole, its editors folded again: the outcome is in the folded form.
    await page.getByRole('list', { name: 'classifications', exact: true }).getByText('CONFIDENTIAL', { exact: true }).waitFor();
    await section.locator('.form__saved').filter({ hasText: 'Classifications saved.' }).waitFor({ state: 'attached' });
    expect((await datasetAs(VIEWER)).classifications).toEqual(['CONFIDENTIAL']);

    // A name the API would refuse is named, and nothing is sent.
    const version = (await datasetAs(VIEWER)).version;
    await page.locator('summary', { hasText: 'Classify this dataset' }).click();
    await section.getByLabel('Another classification for this dataset').fill('3rd party');
    await section.getByRole('button', { name: 'Save classifications of this dataset' }).click();
    await section.locator('[role=alert]').filter({ hasText: '“3RD_PARTY” is not a classification' }).waitFor({ state: 'attached' });
    expect(await section.getByLabel('Another classification for this dataset').inputValue()).toBe('3rd party');
    expect(await datasetAs(VIEWER)).toMatchObject({ version, classifications: ['CONFIDENTIAL'] });
    await context.close();
  });

  it('refuses a save made on a stale version, keeping what was ticked, and changes nothing', async () => {
    const { context, page } = await newPerson();
    await signInAt(page, datasetPath, STEWARD);
    const phone = rowOf(page, 'phone');
    await phone.locator('summary', { hasText: 'Classify' }).click();
    await phone.getByRole('checkbox', { name: 'CONFIDENTIAL' }).check();

    // Someone classifies the column while the page is open.
    const CLASSIFY = `mutation ($input: SetClassificationsInput!) { setClassifications(input: $input) { urn } }`;
    expect((await graphql(OWNER, CLASSIFY, { input: { urn: PHONE, expectedVersion: 0, classifications: ['INTERNAL'] } })).errors).toBeUndefined();
    const changes = (await changesOf(PHONE)).length;

    await phone.getByRole('button', { name: 'Save classifications of column phone' }).click();
    await phone.getByRole('alert').filter({ hasText: CONFLICT }).waitFor();
    expect(await phone.getByRole('checkbox', { name: 'CONFIDENTIAL' }).isChecked()).toBe(true);
    await checkPage(page, '121-dataset-classify-conflict');
    expect(await columnAs(VIEWER, 'phone')).toEqual({ name: 'phone', version: 1, classifications: ['INTERNAL'] });
    expect((await changesOf(PHONE)).length).toBe(changes);
    await context.close();
  });

  it('shows a viewer the classifications and no control to change them or the restriction', async () => {
    const { context, page } = await newPerson();
    await signInAt(page, datasetPath, VIEWER);
    await rowOf(page, 'email').getByRole('list', { name: 'classifications of email' }).getByText('PII', { exact: true }).waitFor();
    expect(await page.locator('summary', { hasText: /Classify|Restrict|restriction/ }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Classification and restriction' }).count()).toBe(0);
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await context.close();
  });
});

describe('restricting', () => {
  it("masks the dataset's classifications outside its domain once its owner restricts it, and shows them again once lifted", async () => {
    const outsider = await newPerson();
    await signInAt(outsider.page, datasetPath, OUTSIDER);
    await rowOf(outsider.page, 'email').getByRole('list', { name: 'classifications of email' }).getByText('PII', { exact: true }).waitFor();

    const { context, page } = await newPerson();
    await signInAt(page, datasetPath, OWNER);
    await page.locator('summary', { hasText: 'Restrict' }).click();
    const section = page.getByRole('region', { name: 'Classification and restriction' });
    await section.getByText('Not restricted: everyone who may see this dataset sees its sensitive values.').waitFor();
    await section.getByText(/Restricted, they show as “hidden” outside the Wc Rentals domain/).waitFor();
    await page.locator('details', { has: page.locator('summary', { hasText: 'Restrict' }) }).getByLabel('Comment').fill('Holds e-mail addresses.');
    await checkPage(page, '122-dataset-restrict');
    await section.getByRole('button', { name: 'Restrict this dataset' }).click();
    await section.getByRole('status').filter({ hasText: 'Restricted: its sensitive values are now masked outside its domain.' }).waitFor();
    await page.getByText('Restricted: sensitive values are masked outside its domain.').waitFor();
    expect((await changesOf(CUSTOMERS))[0]).toMatchObject({ action: 'setRestricted', actor: OWNER, comment: 'Holds e-mail addresses.' });

    // Outside its domain: masked, through the API and on the page.
    expect(await datasetAs(OUTSIDER)).toMatchObject({ restricted: true, classifications: null });
    expect(await columnAs(OUTSIDER, 'email')).toMatchObject({ classifications: null });
    await outsider.page.reload();
    await rowOf(outsider.page, 'email').getByRole('cell').filter({ hasText: 'hidden' }).first().waitFor();
    expect(await outsider.page.getByText('PII', { exact: true }).count()).toBe(0);
    await checkPage(outsider.page, '122-dataset-restricted-outside');
    // Inside it, and for stewards, nothing is masked.
    expect(await columnAs(OWNER, 'email')).toMatchObject({ classifications: ['PII'] });
    expect(await columnAs(STEWARD, 'email')).toMatchObject({ classifications: ['PII'] });

    // The form, still open, now offers the opposite.
    await section.getByText('Restricted: its sensitive values are masked for everyone outside the Wc Rentals domain.').waitFor();
    await section.getByRole('button', { name: 'Lift the restriction on this dataset' }).click();
    await section.getByRole('status').filter({ hasText: 'Restriction lifted' }).waitFor();
    expect(await datasetAs(OUTSIDER)).toMatchObject({ restricted: false, classifications: ['CONFIDENTIAL'] });
    await outsider.page.reload();
    await rowOf(outsider.page, 'email').getByRole('list', { name: 'classifications of email' }).getByText('PII', { exact: true }).waitFor();
    await outsider.context.close();
    await context.close();
  });

  it('offers the restriction only to those the API lets restrict: not a steward, an owner of another domain or a viewer', async () => {
    for (const username of [STEWARD, OUTSIDER, VIEWER]) {
      const { context, page } = await newPerson();
      await signInAt(page, datasetPath, username);
      await page.getByRole('heading', { level: 2, name: /^Schema/ }).waitFor();
      expect(await page.locator('summary', { hasText: /Restrict|restriction/ }).count(), username).toBe(0);
      expect(await page.getByRole('button', { name: /Restrict|restriction/ }).count(), username).toBe(0);
      // A steward still classifies it.
      expect(await page.locator('summary', { hasText: 'Classify this dataset' }).count(), username).toBe(username === STEWARD ? 1 : 0);
      await context.close();
    }
  });
});

describe('Dataset.viewerCanRestrict', () => {
  it('is true for exactly those setRestricted lets: its domain owners and admins', async () => {
    const RESTRICT = `mutation ($input: SetRestrictedInput!) { setRestricted(input: $input) { urn } }`;
    const expected: Record<string, boolean> = { [OWNER]: true, [ADMIN]: true, [STEWARD]: false, [OUTSIDER]: false, [VIEWER]: false };
    for (const [username, allowed] of Object.entries(expected)) {
      const { data } = await graphql(username, `query ($urn: ID!) { dataset(urn: $urn) { version restricted viewerCanRestrict } }`, { urn: CUSTOMERS });
      expect(data!.dataset.viewerCanRestrict, username).toBe(allowed);
      const { errors } = await graphql(username, RESTRICT, { input: { urn: CUSTOMERS, expectedVersion: data!.dataset.version, restricted: !data!.dataset.restricted } });
      expect(errors?.[0]?.extensions?.code, username).toBe(allowed ? undefined : 'FORBIDDEN');
    }
  });
});
