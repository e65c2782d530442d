/**
 * The data council edits a polyseme in the web catalog, in Chromium against the
 * real stack with anonymous reading off: a council member changes its
 * description (markdown) and status, adds a mapping between two of its senses
 * (the form fills in what is stored for a mapped pair), removes it, and sees
 * each change after a reload and in the API; a rule that is no join is refused
 * with the API's message and changes nothing; an edit made on a stale version
 * is refused as a conflict, keeping both the other change and what was typed;
 * a steward, who is not on the council, sees the page with no edit control and
 * is told why. Every page passes axe and fits a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startApiServer, type ApiServer } from '@polder/api';
import { accountsClient } from './support/accountsClient.ts';
import { launchBrowser } from './support/browser.ts';
import { webPeople } from './support/webPeople.ts';
import { checkPage } from './support/pageChecks.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_webpolysemes_';
const DOMAINS = [
  { id: 'wp-shop', name: 'Wp Shop' },
  { id: 'wp-ship', name: 'Wp Ship' },
  { id: 'wp-bill', name: 'Wp Bill' },
];
const PASSWORD = 'a long enough password';
/** On the council: `COUNCIL` is the role that governs polysemes (authorize.ts, governPolysemes). */
const COUNCIL = 'wp-council';
/** Edits every domain's glossary, the senses included, but not a polyseme's global part. */
const STEWARD = 'wp-steward';
const LABEL = 'Wp Client';
const SHOP_TO_SHIP_RULE = 'main.customers.email = main.recipients.email';
const NOTICE = 'Only the data council edits polysemes: the word, its senses and the mappings between them.';

let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
const { newPerson, signInAt } = webPeople({ browser: () => browser, webUrl: () => web.url, password: PASSWORD });
let polyseme = '';
const senses: Record<string, string> = {};
const { as, signIn } = accountsClient();

async function call(username: string, query: string, variables: Record<string, unknown> = {}) {
  const body = await as(username)(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as Record<string, any>;
}
const stored = async () =>
  (await call(STEWARD, `query ($urn: ID!) { polyseme(urn: $urn) { label description polysemeStatus version mappings { from { urn } to { urn } kind rule agreedBy } } }`, { urn: polyseme })).polyseme;
const polysemePath = () => `/polysemes/${encodeURIComponent(polyseme)}`;

/** The council member's page of the polyseme, with both editors open. */
async function openEditors(page: Page) {
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${LABEL}`) }).waitFor();
  const editors = page.getByRole('region', { name: 'Edit' });
  for (const summary of ['Edit label, description and status', 'Add, change or remove a mapping']) await editors.locator('summary', { hasText: summary }).click();
  return {
    details: editors.locator('form').filter({ has: page.getByRole('button', { name: 'Save polyseme' }) }),
    mapping: editors.locator('form').filter({ has: page.getByRole('button', { name: 'Save mapping' }) }),
    removal: editors.locator('form').filter({ has: page.getByRole('list', { name: 'Mappings to remove' }) }),
  };
}

const mappingRows = (page: Page) =>
  page
    .getByRole('region', { name: /^Mappings/ })
    .getByRole('row')
    .evaluateAll((rows) => rows.slice(1).map((row) => [...row.querySelectorAll('td')].map((cell: { innerText: string }) => cell.innerText)));

/** The tables the mappings' join rules name, one a domain, as a crawl would have written them: a rule's columns must exist. */
const TABLES = [
  { domain: 'wp-shop', name: 'main.customers' },
  { domain: 'wp-ship', name: 'main.recipients' },
  { domain: 'wp-bill', name: 'main.invoices' },
].map((table) => ({ ...table, urn: `urn:polder:dataset:(sqlite,${table.domain}-db,${table.name})` }));

beforeAll(async () => {
  for (const domain of DOMAINS) {
    await driver.executeQuery(`MERGE (d:Domain:Entity {urn: $urn}) SET d.id = $id, d.name = $name, d.status = 'ACTIVE'`, { urn: `urn:polder:domain:${domain.id}`, ...domain });
  }
  await driver.executeQuery(
    `UNWIND $tables AS t
     MATCH (domain:Domain {id: t.domain})
     MERGE (d:Dataset:Entity {urn: t.urn}) SET d.qualifiedName = t.name, d.name = split(t.name, '.')[1], d.status = 'ACTIVE'
     MERGE (d)-[:IN_DOMAIN]->(domain)
     MERGE (f:Field:Entity {urn: 'urn:polder:field:(' + t.urn + ',email)'}) SET f.name = 'email', f.status = 'ACTIVE', f.datasetUrn = t.urn, f.position = 1
     MERGE (d)-[:HAS_FIELD]->(f)`,
    { tables: TABLES },
  );
  // Anonymous reading off (the default): every page needs a signed-in person.
  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: false } }, { host: '127.0.0.1', port: 0 });
  // The ship domain's lead agrees to a mapping in the browser: who agrees must have an account.
  await signIn(driver, api, [{ username: COUNCIL, roles: ['COUNCIL'] }, { username: STEWARD, roles: ['STEWARD'] }, { username: 'wp-ship-lead', roles: ['VIEWER'] }], PASSWORD);

  // One sense per domain, written by the steward (the domains' part); the polyseme and a mapping by the council.
  const CREATE_TERM = `mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { urn } }`;
  for (const domain of DOMAINS) {
    senses[domain.id] = (await call(STEWARD, CREATE_TERM, { input: { glossary: domain.id, name: LABEL, definition: `A client, as ${domain.name} sees one.` } })).createGlossaryTerm.urn;
  }
  const created = (
    await call(COUNCIL, `mutation ($input: CreatePolysemeInput!) { createPolyseme(input: $input) { urn version } }`, {
      input: { label: LABEL, description: 'Whom we serve.', senseUrns: Object.values(senses), polysemeStatus: 'DRAFT' },
    })
  ).createPolyseme;
  polyseme = created.urn;
  await call(COUNCIL, `mutation ($input: SetSenseMappingInput!) { setSenseMapping(input: $input) { version } }`, {
    input: { urn: polyseme, expectedVersion: created.version, fromUrn: senses['wp-shop'], toUrn: senses['wp-ship'], kind: 'BROADER', rule: SHOP_TO_SHIP_RULE, agreedBy: [COUNCIL] },
  });

  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  const glossary = `MATCH (n) WHERE (n:GlossaryTerm AND n.glossary IN $domains) OR (n:Polyseme AND n.urn = $polyseme)`;
  const params = { domains: DOMAINS.map((domain) => domain.id), polyseme };
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (c:Change)-[:ABOUT]->(n) DETACH DELETE c`, params);
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (o:IndexOutbox {urn: n.urn}) DETACH DELETE o, n`, params);
  await driver.executeQuery(`UNWIND $urns AS urn MATCH (d:Dataset {urn: urn}) OPTIONAL MATCH (d)-[:HAS_FIELD]->(f) DETACH DELETE f, d`, { urns: TABLES.map((table) => table.urn) });
  await driver.executeQuery(`MATCH (d:Domain) WHERE d.id IN $domains DETACH DELETE d`, params);
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'wp-' OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`);
  await meili.deleteIndexIfExists(`${indexPrefix}assets`);
  await driver.close();
});

describe('a polyseme page, for the data council', () => {
  it('edits the description and status, adds a mapping and removes it, each seen after a reload', async () => {
    const { context, page } = await newPerson();
    await signInAt(page, polysemePath(), COUNCIL);
    expect(await page.getByText(NOTICE).count()).toBe(0);
    const { details, mapping, removal } = await openEditors(page);
    await checkPage(page, '90-polyseme-council-editors');

    await details.getByRole('textbox', { name: 'Description' }).fill('Whom we serve, **in every domain**.');
    await details.getByRole('combobox', { name: 'Status' }).selectOption('APPROVED');
    await details.getByRole('textbox', { name: 'Comment' }).fill('Agreed at the council meeting.');
    await details.getByRole('button', { name: 'Save polyseme' }).click();
    await details.getByRole('status').filter({ hasText: 'Polyseme saved.' }).waitFor();
    const description = page.locator('.dataset-header .term-definition');
    await description.locator('strong', { hasText: 'in every domain' }).waitFor();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${LABEL}\\s+APPROVED`) }).waitFor();

    // The pair already mapped fills the form in with what is stored, read from the pair as chosen.
    const from = mapping.getByRole('combobox', { name: 'From sense' });
    const to = mapping.getByRole('combobox', { name: 'To sense' });
    await from.selectOption({ label: `Wp Ship: ${LABEL}` });
    await to.selectOption({ label: `Wp Shop: ${LABEL}` });
    await mapping.getByText('Mapped now (narrower than): saving replaces this mapping.').waitFor();
    expect(await mapping.getByRole('textbox', { name: 'Join rule' }).inputValue()).toBe(SHOP_TO_SHIP_RULE);
    expect(await mapping.getByRole('combobox', { name: 'Kind' }).inputValue()).toBe('NARROWER');

    // A new mapping, between the two senses not mapped yet.
    await to.selectOption({ label: `Wp Bill: ${LABEL}` });
    await mapping.getByText('Not mapped yet: saving adds this mapping.').waitFor();
    expect(await mapping.getByRole('textbox', { name: 'Join rule' }).inputValue()).toBe('');
    await mapping.getByRole('combobox', { name: 'Kind' }).selectOption('SAME_AS');
    await mapping.getByRole('textbox', { name: 'Join rule' }).fill('main.recipients.email = main.invoices.email');
    await mapping.getByRole('textbox', { name: 'Agreed by' }).fill(`${COUNCIL}, wp-ship-lead`);
    await mapping.getByRole('button', { name: 'Save mapping' }).click();
    await mapping.getByRole('status').filter({ hasText: 'Mapping saved.' }).waitFor();
    // Saved, the pair stays chosen and now reads as mapped.
    await mapping.getByText('Mapped now (same as): saving replaces this mapping.').waitFor();
    expect([await from.inputValue(), await to.inputValue()]).toEqual([senses['wp-ship'], senses['wp-bill']]);
    const added = [`Wp Ship: ${LABEL}`, 'same as', `Wp Bill: ${LABEL}`, 'main.recipients.email = main.invoices.email', `${COUNCIL}, wp-ship-lead`];
    await expect.poll(() => mappingRows(page)).toContainEqual(added);
    await checkPage(page, '91-polyseme-mapping-added');

    await page.reload();
    await page.locator('.dataset-header .term-definition strong', { hasText: 'in every domain' }).waitFor();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${LABEL}\\s+APPROVED`) }).waitFor();
    // By the domain stated from: wp-ship before wp-shop.
    expect(await mappingRows(page)).toEqual([added, [`Wp Shop: ${LABEL}`, 'broader than', `Wp Ship: ${LABEL}`, SHOP_TO_SHIP_RULE, COUNCIL]]);

    const reopened = await openEditors(page);
    await reopened.removal.getByRole('button', { name: `Remove the mapping Wp Ship: ${LABEL} same as Wp Bill: ${LABEL}` }).click();
    await reopened.removal.getByRole('status').filter({ hasText: 'Mapping removed.' }).waitFor();
    await expect.poll(() => mappingRows(page)).toEqual([[`Wp Shop: ${LABEL}`, 'broader than', `Wp Ship: ${LABEL}`, SHOP_TO_SHIP_RULE, COUNCIL]]);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${LABEL}`) }).waitFor();
    expect(await mappingRows(page)).toEqual([[`Wp Shop: ${LABEL}`, 'broader than', `Wp Ship: ${LABEL}`, SHOP_TO_SHIP_RULE, COUNCIL]]);
    expect(await stored()).toEqual({
      label: LABEL,
      description: 'Whom we serve, **in every domain**.',
      polysemeStatus: 'APPROVED',
      // Created, mapped (both in the set-up); saved, mapped, unmapped here.
      version: 5,
      mappings: [{ from: { urn: senses['wp-shop'] }, to: { urn: senses['wp-ship'] }, kind: 'BROADER', rule: SHOP_TO_SHIP_RULE, agreedBy: [COUNCIL] }],
    });
    await context.close();
  });

  it("refuses a rule that is no join with the API's message, keeping what was typed and changing nothing", async () => {
    const before = await stored();
    const { context, page } = await newPerson();
    await signInAt(page, polysemePath(), COUNCIL);
    const { mapping } = await openEditors(page);
    await mapping.getByRole('combobox', { name: 'From sense' }).selectOption({ label: `Wp Ship: ${LABEL}` });
    await mapping.getByRole('combobox', { name: 'To sense' }).selectOption({ label: `Wp Bill: ${LABEL}` });
    const rule = mapping.getByRole('textbox', { name: 'Join rule' });
    await rule.fill('email = email');
    await mapping.getByRole('button', { name: 'Save mapping' }).click();
    await mapping.getByRole('alert').filter({ hasText: 'Please check what you entered: rule: "email" is not <dataset>.<column>, e.g. rentals.public.customer.email.' }).waitFor();
    expect(await rule.inputValue()).toBe('email = email');
    expect(await mapping.getByRole('combobox', { name: 'To sense' }).inputValue()).toBe(senses['wp-bill']);
    await checkPage(page, '92-polyseme-mapping-refused');
    expect(await stored()).toEqual(before);
    await context.close();
  });

  it('refuses an edit made on a stale version, keeping both the other change and what was typed', async () => {
    const { context, page } = await newPerson();
    await signInAt(page, polysemePath(), COUNCIL);
    const { details, mapping } = await openEditors(page);

    // Another council member edits the description while the page is open.
    const current = await stored();
    await call(COUNCIL, `mutation ($input: UpdatePolysemeInput!) { updatePolyseme(input: $input) { version } }`, {
      input: { urn: polyseme, expectedVersion: current.version, description: 'Their description, saved first.' },
    });

    const box = details.getByRole('textbox', { name: 'Description' });
    await box.fill('Mine, written on the old version.');
    await details.getByRole('button', { name: 'Save polyseme' }).click();
    await details.getByRole('alert').filter({ hasText: 'Someone changed this since you opened it.' }).waitFor();
    expect(await box.inputValue()).toBe('Mine, written on the old version.');
    await checkPage(page, '93-polyseme-conflict');

    // A mapping made from the same stale page is refused too.
    await mapping.getByRole('combobox', { name: 'From sense' }).selectOption({ label: `Wp Ship: ${LABEL}` });
    await mapping.getByRole('combobox', { name: 'To sense' }).selectOption({ label: `Wp Bill: ${LABEL}` });
    await mapping.getByRole('textbox', { name: 'Join rule' }).fill('main.recipients.email = main.invoices.email');
    await mapping.getByRole('button', { name: 'Save mapping' }).click();
    await mapping.getByRole('alert').filter({ hasText: 'Someone changed this since you opened it.' }).waitFor();

    expect(await stored()).toEqual({ ...current, description: 'Their description, saved first.', version: current.version + 1 });
    await details.getByRole('link', { name: 'Reload the page' }).click();
    await page.locator('.dataset-header .term-definition').getByText('Their description, saved first.').waitFor();
    await context.close();
  });
});

describe('a polyseme page, for a steward who is not on the council', () => {
  it('shows no edit control, and says only the council edits polysemes', async () => {
    const { context, page } = await newPerson();
    await signInAt(page, polysemePath(), STEWARD);
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${LABEL}`) }).waitFor();
    await page.getByText(NOTICE).waitFor();
    expect(await page.getByRole('heading', { name: 'Edit' }).count()).toBe(0);
    // No edit control: copying the URN, the header's search and signing out are all the buttons there are.
    expect((await page.getByRole('button').allInnerTexts()).sort()).toEqual(['Copy URN', 'Search', 'Sign out']);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await checkPage(page, '94-polyseme-steward');
    await context.close();
  });
});
