/**
 * A steward's journey through the web glossary, in Chromium against the real
 * stack with anonymous reading off: a domain owner finds the glossary in the
 * nav, sees each glossary's term tree, creates a term under a term group,
 * edits it and submits it for review; a reviewer finds it in their review
 * queue and approves it; the term page shows it APPROVED, with its history; the
 * steward assigns it to a column on a dataset page (an assignment made on a
 * stale version is refused, keeping the term chosen) and the search page's
 * term facet then counts the dataset; the
 * owner deprecates it in favour of another approved term; a viewer sees the glossary with no edit control; an edit made on a stale
 * version is refused without losing what was typed. Every page passes axe and
 * fits a phone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AccountService, SearchIndexer, startApiServer, type ApiServer } from '@polder/api';
import { launchBrowser, screenshot } from './support/browser.ts';
import { webPeople } from './support/webPeople.ts';
import { checkPage, DESKTOP, expectReachableWithoutSidewaysScrolling, PHONE } from './support/pageChecks.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_stewardjourney_';
const DOMAIN = 'sj-rentals';
const DOMAIN_NAME = 'Sj Rentals';
const PASSWORD = 'a long enough password';
const OWNER = 'sj-owner';
const REVIEWER = 'sj-reviewer';
const VIEWER = 'sj-viewer';
const VAN = `urn:polder:glossaryTerm:(${DOMAIN},sj-van)`;
/** A dataset of the domain whose column the approved term is assigned to. */
const VEHICLES = 'urn:polder:dataset:(postgres,sj-db,sjdb.public.sj_vehicles)';
const BODY_TYPE = `urn:polder:field:(${VEHICLES},body_type)`;
const PLATE = `urn:polder:field:(${VEHICLES},plate)`;

let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
const { newPerson, signInAt } = webPeople({ browser: () => browser, webUrl: () => web.url, password: PASSWORD });
let indexer: SearchIndexer;
const terms: Record<string, string> = {};

async function graphql(query: string, variables: Record<string, unknown>, session: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${session}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse;
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as Record<string, any>;
}
const apiSession = async (username: string) => {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation ($input: LoginInput!) { login(input: $input) { session } }`, variables: { input: { username, password: PASSWORD } } }),
  });
  return ((await response.json()) as GraphQLResponse).data!.login.session as string;
};
const termOf = async (urn: string, session: string) =>
  (await graphql(`query ($urn: ID!) { glossaryTerm(urn: $urn) { name definition synonyms termStatus version reviewRequestedBy } }`, { urn }, session)).glossaryTerm;
const termPath = (urn: string) => `/glossary/terms/${encodeURIComponent(urn)}`;

beforeAll(async () => {
  await driver.executeQuery(`MERGE (d:Domain:Entity {urn: $urn}) SET d.id = $id, d.name = $name, d.status = 'ACTIVE'`, { urn: `urn:polder:domain:${DOMAIN}`, id: DOMAIN, name: DOMAIN_NAME });
  const accounts = new AccountService(driver);
  await accounts.create({ username: OWNER, password: PASSWORD, roles: ['DOMAIN_OWNER'], domains: [DOMAIN] });
  await accounts.create({ username: REVIEWER, password: PASSWORD, roles: ['STEWARD'] });
  await accounts.create({ username: VIEWER, password: PASSWORD, roles: ['VIEWER'] });
  // Anonymous reading off (the default): every page needs a signed-in person.
  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: false } }, { host: '127.0.0.1', port: 0 });

  // A term group the new term goes under, and a term to edit on a stale version.
  const owner = await apiSession(OWNER);
  const CREATE = `mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { urn } }`;
  terms.fleet = (await graphql(CREATE, { input: { glossary: DOMAIN, name: 'Sj Fleet', definition: 'Everything we rent out.' } }, owner)).createGlossaryTerm.urn;
  terms.trailer = (await graphql(CREATE, { input: { glossary: DOMAIN, name: 'Sj Trailer', definition: 'Towed behind a car.', parentUrn: terms.fleet } }, owner)).createGlossaryTerm.urn;

  // The dataset, queued for the search index as a crawl would.
  await driver.executeQuery(
    `MATCH (d:Domain {id: $domain})
     CREATE (ds:Dataset:Entity {urn: $dataset, name: 'sj_vehicles', qualifiedName: 'sjdb.public.sj_vehicles', status: 'ACTIVE', platform: 'postgres', subtype: 'TABLE'})-[:IN_DOMAIN]->(d),
            (ds)-[:HAS_FIELD]->(:Field:Entity {urn: $plate, name: 'plate', position: 1, nullable: false, isPrimaryKey: true, status: 'ACTIVE', datasetUrn: $dataset}),
            (ds)-[:HAS_FIELD]->(:Field:Entity {urn: $bodyType, name: 'body_type', position: 2, nullable: true, isPrimaryKey: false, status: 'ACTIVE', datasetUrn: $dataset})
     MERGE (o:IndexOutbox {urn: $dataset}) SET o.enqueuedAt = timestamp()`,
    { domain: DOMAIN, dataset: VEHICLES, plate: PLATE, bodyType: BODY_TYPE },
  );

  indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
  await indexer.ensureIndex();
  await indexer.drain();
  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  const assets = [VEHICLES, PLATE, BODY_TYPE];
  await driver.executeQuery(`MATCH (n:Entity) WHERE n.urn IN $assets OPTIONAL MATCH (c:Change)-[:ABOUT]->(n) DETACH DELETE c, n`, { assets });
  await driver.executeQuery(`MATCH (o) WHERE (o:IndexOutbox OR o:TrustOutbox OR o:PolicyOutbox) AND o.urn IN $assets DETACH DELETE o`, { assets });
  const glossary = `MATCH (t:GlossaryTerm) WHERE t.glossary = $domain`;
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (c:Change)-[:ABOUT]->(t) DETACH DELETE c`, { domain: DOMAIN });
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (o:IndexOutbox {urn: t.urn}) DETACH DELETE o, t`, { domain: DOMAIN });
  await driver.executeQuery(`MATCH (d:Domain {id: $domain}) DETACH DELETE d`, { domain: DOMAIN });
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'sj-' OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`);
  await meili.deleteIndexIfExists(`${indexPrefix}assets`);
  await driver.close();
});

describe('a steward journey', () => {
  it('a domain owner finds the glossary tree, creates a term under a group, edits it and submits it for review', async () => {
    const { context, page } = await newPerson();
    await signInAt(page, '/search', OWNER);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
    await page.waitForURL(`${web.url}/glossary`);

    // The domain's glossary: its terms as a tree, each with its status in words.
    const section = page.getByRole('region', { name: new RegExp(`^${DOMAIN_NAME} glossary`) });
    const tree = section.getByRole('list', { name: new RegExp(`^${DOMAIN_NAME} glossary`) });
    const fleet = tree.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Sj Fleet', exact: true }) });
    await fleet.getByText('DRAFT').first().waitFor();
    const underFleet = fleet.getByRole('list', { name: 'Terms under Sj Fleet' });
    expect(await underFleet.getByRole('link').allInnerTexts()).toEqual(['Sj Trailer']);
    expect(await page.getByRole('link', { name: 'Your review queue' }).count()).toBe(1);
    await checkPage(page, '80-glossary-tree');

    await section.getByRole('link', { name: `New term in the ${DOMAIN_NAME} glossary` }).click();
    await page.waitForURL((url) => url.pathname === '/glossary/new' && url.searchParams.get('glossary') === DOMAIN);
    await page.getByLabel('Name').fill('Sj Van');
    await page.getByLabel('Definition').fill('A vehicle for goods.');
    await page.getByLabel('Synonyms').fill('lorry');
    await page.getByLabel('Reviewers').fill(REVIEWER);
    await page.getByLabel('Parent term').selectOption({ label: 'Sj Fleet' });
    await checkPage(page, '81-glossary-new-term');
    await page.getByRole('button', { name: 'Create term' }).click();

    await page.waitForURL((url) => url.pathname === termPath(VAN));
    await page.getByRole('heading', { level: 1, name: /^Sj Van\s+DRAFT/ }).waitFor();
    await page.locator('.dataset-header .term-definition').getByText('A vehicle for goods.').waitFor();
    expect(await page.getByRole('link', { name: 'Sj Fleet' }).first().getAttribute('href')).toBe(termPath(terms.fleet!));

    const content = page.locator('details', { hasText: 'Edit definition, synonyms and reviewers' });
    await content.locator('summary').click();
    await content.getByRole('textbox', { name: 'Definition' }).fill('A small vehicle for goods, driven with a car licence.');
    await content.getByRole('textbox', { name: 'Synonyms' }).fill('lorry, delivery van');
    await content.getByRole('button', { name: 'Save term' }).click();
    await content.getByRole('status').filter({ hasText: 'Term saved.' }).waitFor();
    await page.locator('.dataset-header .term-definition').getByText('A small vehicle for goods, driven with a car licence.').waitFor();
    await page.getByRole('list', { name: 'synonyms' }).getByText('delivery van').waitFor();
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText(`${OWNER} edited the term`).waitFor();
    await checkPage(page, '82-glossary-term-edited');

    const lifecycle = page.getByRole('region', { name: /^Status: DRAFT/ });
    await lifecycle.getByRole('textbox', { name: 'Comment' }).fill('Ready for the fleet team.');
    await lifecycle.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('status').filter({ hasText: /^Submitted for review/ }).waitFor();
    await page.getByRole('heading', { level: 1, name: /^Sj Van\s+IN REVIEW/ }).waitFor();
    // In review the content is frozen: no content editor, a way to withdraw it instead.
    expect(await page.getByText('Edit definition, synonyms and reviewers').count()).toBe(0);
    await page.getByText(/^In review: its content is frozen/).waitFor();
    await page.getByRole('button', { name: 'Withdraw from review' }).waitFor();
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    await history.getByText(`${OWNER} submitted it for review`).waitFor();
    await checkPage(page, '83-glossary-term-in-review');

    const stored = await termOf(VAN, await apiSession(VIEWER));
    expect(stored).toMatchObject({ definition: 'A small vehicle for goods, driven with a car licence.', synonyms: ['lorry', 'delivery van'], termStatus: 'IN_REVIEW', reviewRequestedBy: OWNER });
    // The owner submitted it: it is in no queue of theirs.
    await page.goto(`${web.url}/glossary/review`);
    await page.getByText('Nothing waits for your review.').waitFor();
    await context.close();
  });

  it('the reviewer finds it in their queue, approves it with a comment, and the term page shows it APPROVED', async () => {
    const { context, page } = await newPerson();
    await signInAt(page, '/glossary', REVIEWER);
    const queueLink = page.locator('.glossary-page__queue');
    await expect.poll(() => queueLink.innerText()).toMatch(/^Your review queue\s+1\b/);
    await queueLink.getByRole('link', { name: 'Your review queue' }).click();
    await page.waitForURL(`${web.url}/glossary/review`);

    const card = page.getByRole('region', { name: /^Sj Van/ });
    await card.getByText('A small vehicle for goods, driven with a car licence.').waitFor();
    await card.getByText(OWNER, { exact: true }).waitFor();
    expect(await card.getByRole('link', { name: 'Sj Van' }).getAttribute('href')).toBe(termPath(VAN));
    await checkPage(page, '84-glossary-review-queue');

    await card.getByRole('textbox', { name: 'Comment' }).fill('Agreed with the fleet team.');
    await card.getByRole('button', { name: 'Approve “Sj Van”' }).click();
    await page.waitForURL((url) => url.pathname === '/glossary/review' && url.searchParams.get('decided') === VAN);
    await page.getByRole('status').filter({ hasText: 'Sj Van is now APPROVED.' }).waitFor();
    await page.getByText('Nothing waits for your review.').waitFor();
    await screenshot(page, '84-glossary-review-decided');

    await page.getByRole('status').getByRole('link', { name: 'Sj Van' }).click();
    await page.waitForURL((url) => url.pathname === termPath(VAN));
    await page.getByRole('heading', { level: 1, name: /^Sj Van\s+APPROVED/ }).waitFor();
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText(`${REVIEWER} approved it`).waitFor();
    await history.getByText('“Agreed with the fleet team.”').waitFor();
    expect((await termOf(VAN, await apiSession(VIEWER))).termStatus).toBe('APPROVED');
    await context.close();
  });

  it('a steward assigns the approved term to a column on a dataset page, and the search page counts it under the term facet', async () => {
    const { context, page } = await newPerson();
    // Before: the dataset is found, but no glossary term is counted for it.
    const searchPath = '/search?q=sj_vehicles&type=DATASET';
    await signInAt(page, searchPath, REVIEWER);
    await page.getByRole('link', { name: 'sj_vehicles', exact: true }).first().waitFor();
    expect(await page.getByRole('region', { name: 'Glossary term' }).getByRole('link', { name: /^Sj Van/ }).count()).toBe(0);

    await page.goto(`${web.url}/datasets/${encodeURIComponent(VEHICLES)}`);
    await page.getByRole('heading', { level: 1, name: /sj_vehicles/ }).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'body_type' }) });
    await row.locator('summary', { hasText: 'Assign terms' }).click();
    const choice = row.getByRole('combobox', { name: 'Add a term to column body_type' });
    // Only approved terms are offered: Sj Van, not the draft Sj Fleet.
    expect(await choice.getByRole('option', { name: 'Sj Fleet' }).count()).toBe(0);
    await choice.selectOption({ label: 'Sj Van' });
    await checkPage(page, '84-dataset-assign-terms');
    // On a phone every column's "Assign terms", and the opened one's choice and button, are within
    // reach: not past the right edge of the schema, which would have to be scrolled sideways.
    await page.setViewportSize(PHONE);
    await expectReachableWithoutSidewaysScrolling(page.locator('.schema-table summary', { hasText: 'Assign terms' }), '"Assign terms" of the columns');
    await expectReachableWithoutSidewaysScrolling(row.locator('.term-assign select, .term-assign button'), "body_type's term choice and Add term");
    await page.setViewportSize(DESKTOP);

    // Someone classifies the column while the page is open (a change: an edit that changes nothing makes no
    // new version): the add is refused, the choice kept.
    const steward = await apiSession(REVIEWER);
    const CLASSIFY = `mutation ($input: SetClassificationsInput!) { setClassifications(input: $input) { urn } }`;
    await graphql(CLASSIFY, { input: { urn: BODY_TYPE, expectedVersion: 0, classifications: ['INTERNAL'] } }, steward);
    await row.getByRole('button', { name: 'Add term' }).click();
    await row.getByRole('alert').filter({ hasText: 'Someone changed this since you opened it.' }).waitFor();
    expect(await choice.inputValue()).toBe(VAN);
    await screenshot(page, '84-dataset-assign-terms-conflict');

    await row.getByRole('link', { name: 'Reload the page' }).click();
    await page.getByRole('heading', { level: 1, name: /sj_vehicles/ }).waitFor();
    const reloaded = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'body_type' }) });
    await reloaded.locator('summary', { hasText: 'Assign terms' }).click();
    await reloaded.getByRole('combobox', { name: 'Add a term to column body_type' }).selectOption({ label: 'Sj Van' });
    await reloaded.getByRole('button', { name: 'Add term' }).click();
    await reloaded.getByRole('status').filter({ hasText: 'Term added.' }).waitFor();
    await reloaded.getByRole('list', { name: 'terms and tags of body_type' }).getByText('Sj Van', { exact: true }).waitFor();
    await reloaded.getByRole('button', { name: 'Remove Sj Van from column body_type' }).waitFor();
    // The other column keeps no term.
    expect(await page.getByRole('list', { name: 'terms and tags of plate' }).count()).toBe(0);
    await checkPage(page, '84-dataset-term-assigned');
    const field = (await graphql(`query ($urn: ID!) { field(urn: $urn) { version terms { urn } } }`, { urn: BODY_TYPE }, steward)).field;
    expect(field).toEqual({ version: 2, terms: [{ urn: VAN }] });

    // Once the index has caught up, the term facet counts the dataset.
    expect(await indexer.drain()).toBeGreaterThan(0);
    await page.goto(`${web.url}${searchPath}`);
    const facet = page.getByRole('region', { name: 'Glossary term' });
    // The term as a sense: its name, and its domain's.
    await facet.getByRole('link', { name: /^Sj Van \(Sj Rentals\)\s+1 result$/ }).waitFor();
    await facet.getByRole('link', { name: /^Sj Van/ }).click();
    await page.waitForURL((url) => url.searchParams.get('term') === `Sj Van (${DOMAIN_NAME})`);
    await page.getByRole('link', { name: 'sj_vehicles', exact: true }).first().waitFor();
    await context.close();
  });

  it('shows the owner the approved term in the tree, and deprecates it in favour of another approved term', async () => {
    // The replacement, approved through the API by the same two people.
    const owner = await apiSession(OWNER);
    const reviewer = await apiSession(REVIEWER);
    const STATUS = `mutation ($input: ChangeGlossaryTermStatusInput!) { changeGlossaryTermStatus(input: $input) { version } }`;
    const lorry = (
      await graphql(`mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { urn version } }`, { input: { glossary: DOMAIN, name: 'Sj Light truck', reviewers: [REVIEWER] } }, owner)
    ).createGlossaryTerm;
    terms.lorry = lorry.urn;
    const submitted = (await graphql(STATUS, { input: { urn: lorry.urn, expectedVersion: lorry.version, status: 'IN_REVIEW', comment: 'the new word' } }, owner)).changeGlossaryTermStatus;
    await graphql(STATUS, { input: { urn: lorry.urn, expectedVersion: submitted.version, status: 'APPROVED', comment: 'agreed' } }, reviewer);

    const { context, page } = await newPerson();
    await signInAt(page, '/glossary', OWNER);
    const fleet = page
      .getByRole('region', { name: new RegExp(`^${DOMAIN_NAME} glossary`) })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Sj Fleet', exact: true }) });
    const van = fleet.getByRole('list', { name: 'Terms under Sj Fleet' }).getByRole('listitem').filter({ hasText: 'Sj Van' });
    await van.getByText('APPROVED').waitFor();

    await van.getByRole('link', { name: 'Sj Van' }).click();
    await page.waitForURL((url) => url.pathname === termPath(VAN));
    await page.getByRole('heading', { level: 1, name: /^Sj Van\s+APPROVED/ }).waitFor();
    const lifecycle = page.getByRole('region', { name: /^Status: APPROVED/ });
    await lifecycle.getByText('Approved: the agreed meaning. Its status can only move to deprecated now; changing what it says sends it back to its reviewers.').waitFor();
    expect(await lifecycle.getByRole('button', { name: /Approve|Reject|Submit/ }).count()).toBe(0);
    await lifecycle.getByText('Deprecate in favour of another term').click();
    await lifecycle.getByRole('combobox', { name: 'Replaced by' }).selectOption({ label: 'Sj Light truck' });
    await lifecycle.getByRole('textbox', { name: 'Why is it deprecated?' }).fill('The fleet team says light truck now.');
    await checkPage(page, '85-glossary-term-deprecating');
    await lifecycle.getByRole('button', { name: 'Deprecate', exact: true }).click();

    await page.getByRole('heading', { level: 1, name: /^Sj Van\s+DEPRECATED/ }).waitFor();
    const replacedBy = page.getByRole('region', { name: /^Relations/ }).getByRole('listitem').filter({ hasText: 'Replaced by' });
    expect(await replacedBy.getByRole('link').getAttribute('href')).toBe(termPath(lorry.urn));
    await page.getByText(/^Deprecated: a deprecated term is kept as it is/).waitFor();
    expect((await termOf(VAN, reviewer)).termStatus).toBe('DEPRECATED');
    await context.close();
  });

  it('shows a viewer the glossary and the term with no edit control', async () => {
    const { context, page } = await newPerson();
    await signInAt(page, termPath(VAN), VIEWER);
    await page.getByRole('heading', { level: 1, name: /^Sj Van\s+DEPRECATED/ }).waitFor();
    await page.getByRole('heading', { name: 'History' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Edit' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Review' }).count()).toBe(0);
    // No edit control: copying the URN, the header's search and signing out are all the buttons there are.
    expect((await page.getByRole('button').allInnerTexts()).sort()).toEqual(['Copy URN', 'Search', 'Sign out']);
    expect(await page.getByRole('textbox').count()).toBe(0);
    await checkPage(page, '86-glossary-term-viewer');

    await page.goto(`${web.url}/glossary`);
    await page.getByRole('region', { name: new RegExp(`^${DOMAIN_NAME} glossary`) }).getByRole('link', { name: 'Sj Fleet', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: /^New term/ }).count()).toBe(0);
    // A term form reached by its address says the viewer may not, instead of a form the API would refuse.
    await page.goto(`${web.url}/glossary/new?glossary=${DOMAIN}`);
    await page.getByText(/^You may not add terms to the Sj Rentals glossary/).waitFor();
    expect(await page.getByRole('button', { name: 'Create term' }).count()).toBe(0);
    await context.close();
  });

  it('refuses an edit made on a stale version, keeping both the other change and what was typed', async () => {
    const { context, page } = await newPerson();
    await signInAt(page, termPath(terms.trailer!), OWNER);
    const content = page.locator('details', { hasText: 'Edit definition, synonyms and reviewers' });
    await content.locator('summary').click();

    // Someone else edits the definition while the page is open.
    const session = await apiSession(REVIEWER);
    const current = await termOf(terms.trailer!, session);
    await graphql(
      `mutation ($input: UpdateGlossaryTermInput!) { updateGlossaryTerm(input: $input) { version } }`,
      { input: { urn: terms.trailer, expectedVersion: current.version, definition: 'Their definition, saved first.' } },
      session,
    );

    const box = content.getByRole('textbox', { name: 'Definition' });
    await box.fill('Mine, written on the old version.');
    await content.getByRole('button', { name: 'Save term' }).click();
    await content.getByRole('alert').filter({ hasText: 'Someone changed this since you opened it.' }).waitFor();
    expect(await box.inputValue()).toBe('Mine, written on the old version.');
    await checkPage(page, '87-glossary-term-conflict');
    expect((await termOf(terms.trailer!, session)).definition).toBe('Their definition, saved first.');

    await content.getByRole('link', { name: 'Reload the page' }).click();
    await page.locator('.dataset-header .term-definition').getByText('Their definition, saved first.').waitFor();
    await context.close();
  });
});
