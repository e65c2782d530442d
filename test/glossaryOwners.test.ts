/**
 * A glossary term's owners (and a polyseme sense's, a sense being a term) name people and teams of the
 * directory, as a dataset's do: through the API (`GlossaryTerm.ownerEntries`, by the rule of `Owner.person`
 * and `Owner.team`, in one query for a whole list of terms), on a person's and a team's pages (what they
 * own), and in the web catalog (the term page and the polyseme page link each owner to their page), in
 * Chromium against the real stack with anonymous reading on. The directory is crawled twice, as in
 * webPeople.test.ts: the second crawl no longer lists go_gone, who is then REMOVED.
 *
 *   go_ana  Go Ana Lima <go.ana@shop.example>, member of Go Stewards
 *   go_bo   Go Bo Chen
 *   go_gone listed by the first crawl only: REMOVED
 *
 *   Go Margin (go-shop)       owners go_ana, Go Stewards, go-nobody                                → ana, the team, nobody
 *   Go Revenue (go-shop)      owners Go Ana Lima <go.ana@shop.example>, urn:polder:person:go_bo, go_gone → ana (by e-mail), bo (by URN), nobody (removed)
 *   Go Client (go-shop, go-ship), the senses of the polyseme Go Client: owners go_ana; go-nobody
 *   Go Term 01 … 10 (go-ship) owners go_bo and go-unknown-NN, each a name of its own                 → bo, nobody
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { crawlSource, GraphWriter, meshSnapshot } from '@polder/crawlers';
import { startApiServer, type ApiServer } from '@polder/api';
import type { SourceConfig } from '@polder/runtime';
import { accountsClient } from './support/accountsClient.ts';
import { launchBrowser } from './support/browser.ts';
import { deleteCrawledData } from './support/crawlFixture.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { DESKTOP } from './support/pageChecks.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { startTestWeb } from './support/startTestWeb.ts';

const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_glossaryowners_';
const SHOP = 'go-shop';
const SHIP = 'go-ship';
const DOMAINS = [SHOP, SHIP];
const ADMIN = 'go-admin';
const PASSWORD = 'a long enough password';
const { as, sessionOf, signIn } = accountsClient();

const ANA = 'urn:polder:person:go_ana';
const BO = 'urn:polder:person:go_bo';
const GONE = 'urn:polder:person:go_gone';
const STEWARDS = 'urn:polder:team:go-stewards';
const NUMBERED = Array.from({ length: 10 }, (_, index) => String(index + 1).padStart(2, '0'));

const directoryDir = mkdtempSync(join(tmpdir(), 'polder-glossaryowners-'));
const directoryFile = join(directoryDir, 'people.yaml');
const directory: SourceConfig = { id: 'go-people', kind: 'directory', domain: SHOP, path: directoryFile, include: [], exclude: [] };
const DIRECTORY = `teams:
  - { id: go-stewards, name: Go Stewards, description: Keeps the shop's words. }
people:
  - { id: go_ana, displayName: Go Ana Lima, email: go.ana@shop.example, teams: [go-stewards] }
  - { id: go_bo, displayName: Go Bo Chen }
`;

/** Every owner entry's name and whom it names, as the API reads them and the web asks for them. */
const OWNER_ENTRIES = 'ownerEntries { name person { urn name } team { urn name } }';
const path = (kind: 'people' | 'teams' | 'glossary/terms' | 'polysemes', urn: string) => `/${kind}/${encodeURIComponent(urn)}`;

let api: ApiServer;
let web: { url: string; stop(): Promise<void> };
let browser: Browser;
let page: Page;
const terms = { margin: '', revenue: '', shopClient: '', shipClient: '', numbered: [] as string[] };
let polyseme = '';

async function call(query: string, variables: Record<string, unknown> = {}) {
  const body = await as(ADMIN)(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as Record<string, any>;
}

/** What an operation costs: the Cypher queries the API sent for it (the header the API sets), and its answer. */
async function costOf(query: string, variables: Record<string, unknown> = {}): Promise<{ queries: number; body: GraphQLResponse }> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionOf(ADMIN)}` },
    body: JSON.stringify({ query, variables }),
  });
  return { queries: Number(response.headers.get('x-polder-graph-queries')), body: (await response.json()) as GraphQLResponse };
}

const createTerm = async (glossary: string, name: string, owners: string[]): Promise<string> =>
  (await call(`mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { urn } }`, { input: { glossary, name, definition: `${name}, as ${glossary} means it.`, owners } }))
    .createGlossaryTerm.urn;

beforeAll(async () => {
  // Both domains (whose glossaries hold the terms) with the directory source: deleteCrawledData removes them together.
  const mesh = meshSnapshot({ domains: DOMAINS.map((id) => ({ id, name: id === SHOP ? 'Go Shop' : 'Go Ship', description: '' })), sources: [directory] });
  await new GraphWriter(driver).write({ ...mesh, provider: `config:${directory.id}` });
  writeFileSync(directoryFile, `${DIRECTORY}  - { id: go_gone, displayName: Go Gone Person }\n`);
  await crawlSource(driver, directory, { logger: testLogger });
  writeFileSync(directoryFile, DIRECTORY);
  await crawlSource(driver, directory, { logger: testLogger });

  api = await startApiServer({ driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
  await signIn(driver, api, [{ username: ADMIN, roles: ['ADMIN'] }], PASSWORD);
  terms.margin = await createTerm(SHOP, 'Go Margin', ['go_ana', 'Go Stewards', 'go-nobody']);
  terms.revenue = await createTerm(SHOP, 'Go Revenue', ['Go Ana Lima <go.ana@shop.example>', BO, 'go_gone']);
  terms.shopClient = await createTerm(SHOP, 'Go Client', ['go_ana']);
  terms.shipClient = await createTerm(SHIP, 'Go Client', ['go-nobody']);
  for (const number of NUMBERED) terms.numbered.push(await createTerm(SHIP, `Go Term ${number}`, ['go_bo', `go-unknown-${number}`]));
  polyseme = (
    await call(`mutation ($input: CreatePolysemeInput!) { createPolyseme(input: $input) { urn } }`, {
      input: { label: 'Go Client', description: 'Whom the shop serves.', senseUrns: [terms.shopClient, terms.shipClient], polysemeStatus: 'DRAFT' },
    })
  ).createPolyseme.urn;

  web = await startTestWeb(`${api.url}/graphql`);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: DESKTOP });
  // A fresh API compiles and plans its first queries from cold; the pages under test are read warm (webPeople.test.ts).
  await page.goto(`${web.url}${path('glossary/terms', terms.margin)}`);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  await api?.stop();
  const glossary = `MATCH (n) WHERE (n:GlossaryTerm AND n.glossary IN $domains) OR (n:Polyseme AND n.urn = $polyseme)`;
  const params = { domains: DOMAINS, polyseme };
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (c:Change)-[:ABOUT]->(n) DETACH DELETE c`, params);
  await driver.executeQuery(`${glossary} OPTIONAL MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox {urn: n.urn}) DETACH DELETE o, n`, params);
  await driver.executeQuery(`MATCH (a:Account {username: $username}) OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`, { username: ADMIN });
  await deleteCrawledData(driver, directory);
  await meili.deleteIndexIfExists(`${indexPrefix}assets`);
  rmSync(directoryDir, { recursive: true, force: true });
  await driver.close();
});

describe("a glossary term's owner entries", () => {
  it('name the person or team of the directory each owner is, by the rule of a dataset owner; an unknown or removed name names nobody', async () => {
    const data = await call(`query ($margin: ID!, $revenue: ID!) {
      margin: glossaryTerm(urn: $margin) { owners ${OWNER_ENTRIES} }
      revenue: glossaryTerm(urn: $revenue) { owners ${OWNER_ENTRIES} }
    }`, { margin: terms.margin, revenue: terms.revenue });
    const ana = { urn: ANA, name: 'Go Ana Lima' };
    // `owners` stays the names as written, for the clients that read them.
    expect(data.margin.owners).toEqual(['go_ana', 'Go Stewards', 'go-nobody']);
    expect(data.margin.ownerEntries).toEqual([
      { name: 'go_ana', person: ana, team: null },
      { name: 'Go Stewards', person: null, team: { urn: STEWARDS, name: 'Go Stewards' } },
      { name: 'go-nobody', person: null, team: null },
    ]);
    expect(data.revenue.ownerEntries).toEqual([
      { name: 'Go Ana Lima <go.ana@shop.example>', person: ana, team: null },
      { name: BO, person: { urn: BO, name: 'Go Bo Chen' }, team: null },
      // The directory no longer lists them: REMOVED, nobody's owner (as Owner.person says).
      { name: 'go_gone', person: null, team: null },
    ]);
  });

  it("are a polyseme's senses' owners too", async () => {
    const data = await call(`query ($urn: ID!) { polyseme(urn: $urn) { senses { glossary ${OWNER_ENTRIES} } } }`, { urn: polyseme });
    expect(data.polyseme.senses.map((sense: any) => [sense.glossary, sense.ownerEntries])).toEqual([
      [SHIP, [{ name: 'go-nobody', person: null, team: null }]],
      [SHOP, [{ name: 'go_ana', person: { urn: ANA, name: 'Go Ana Lima' }, team: null }]],
    ]);
  });

  it('make the terms part of what a person or a team owns, a page at a time', async () => {
    const OWNS = `query ($urn: ID!, $offset: Int!) { person(urn: $urn) { status owns(types: [GLOSSARY_TERM], limit: 5, offset: $offset) { total assets { urn } } } }`;
    const urnsOf = (data: Record<string, any>) => data.person.owns.assets.map((asset: { urn: string }) => asset.urn);
    const ana = await call(OWNS, { urn: ANA, offset: 0 });
    expect(ana.person.owns.total).toBe(3);
    expect(urnsOf(ana)).toEqual([terms.shopClient, terms.margin, terms.revenue]);
    // Go Revenue by bo's URN, then the ten numbered terms: by name, five a page.
    const bo = await call(OWNS, { urn: BO, offset: 5 });
    expect(bo.person.owns.total).toBe(11);
    expect(urnsOf(bo)).toEqual(terms.numbered.slice(4, 9));
    const gone = await call(OWNS, { urn: GONE, offset: 0 });
    expect(gone.person).toEqual({ status: 'REMOVED', owns: { total: 0, assets: [] } });
    const team = await call(`query ($urn: ID!) { team(urn: $urn) { owns(types: [GLOSSARY_TERM]) { total assets { urn } } } }`, { urn: STEWARDS });
    expect(team.team.owns).toEqual({ total: 1, assets: [{ urn: terms.margin }] });
  });
});

describe("the query budget of terms' owners", () => {
  // One query for the people and teams of every owner entry of the list, whatever its length: not one per term.
  it.each([
    ['a glossary listing', `query ($id: ID!) { glossary(id: $id) { terms { urn OWNERS } } }`, () => ({ id: SHIP }), (data: any) => data.glossary.terms],
    ["a polyseme's senses", `query ($urn: ID!) { polyseme(urn: $urn) { senses { urn OWNERS } } }`, () => ({ urn: polyseme }), (data: any) => data.polyseme.senses],
    ['terms by URN', `query ($urns: [ID!]!) { entities(urns: $urns) { urn ... on GlossaryTerm { name OWNERS } } }`, () => ({ urns: [terms.margin, terms.revenue, ...terms.numbered] }), (data: any) => data.entities],
  ])('resolves the owners of %s in one more query than the list alone', async (_, document, variables, items) => {
    const bare = await costOf(document.replace('OWNERS', ''), variables());
    expect(bare.body.errors).toBeUndefined();
    const owned = await costOf(document.replace('OWNERS', OWNER_ENTRIES), variables());
    expect(owned.body.errors).toBeUndefined();
    const listed = items(owned.body.data);
    expect(listed.length).toBeGreaterThanOrEqual(2);
    // Each term named someone, so a read per term would show.
    expect(listed.every((term: any) => term.ownerEntries.length > 0)).toBe(true);
    expect(owned.queries).toBe(bare.queries + 1);
  });
});

describe('in the web catalog', () => {
  /** The `Owners` fact of a term page: its text, and where each of its links leads. */
  async function ownersFact(termPage: Page) {
    const owners = termPage.locator('dl.facts div', { has: termPage.locator('dt', { hasText: /^Owners$/ }) }).locator('dd');
    const links = await owners.getByRole('link').evaluateAll((anchors) => anchors.map((anchor) => [anchor.textContent, anchor.getAttribute('href')]));
    return { text: await owners.innerText(), links };
  }

  it("a term page links each owner to their person's or team's page; a name the directory does not know stays text", async () => {
    await page.goto(`${web.url}${path('glossary/terms', terms.margin)}`);
    await page.getByRole('heading', { level: 1, name: /^Go Margin/ }).waitFor();
    expect(await ownersFact(page)).toEqual({
      text: 'go_ana, Go Stewards, go-nobody',
      links: [
        ['go_ana', path('people', ANA)],
        ['Go Stewards', path('teams', STEWARDS)],
      ],
    });

    await page.goto(`${web.url}${path('glossary/terms', terms.revenue)}`);
    await page.getByRole('heading', { level: 1, name: /^Go Revenue/ }).waitFor();
    // An entry written as a URN reads as the name of whom it names; a removed person's stays text.
    expect(await ownersFact(page)).toEqual({
      text: 'Go Ana Lima <go.ana@shop.example>, Go Bo Chen, go_gone',
      links: [
        ['Go Ana Lima <go.ana@shop.example>', path('people', ANA)],
        ['Go Bo Chen', path('people', BO)],
      ],
    });
  });

  it("leads from a term's owner to their page, which lists the terms they own", async () => {
    await page.goto(`${web.url}${path('glossary/terms', terms.margin)}`);
    await page.locator('dl.facts').getByRole('link', { name: 'go_ana', exact: true }).click();
    await page.waitForURL(`**${path('people', ANA)}`);
    await page.getByRole('heading', { level: 1, name: 'Go Ana Lima' }).waitFor();
    const owns = page.getByRole('region', { name: /^Owns/ });
    expect(await owns.getByRole('listitem').allInnerTexts()).toEqual([
      expect.stringMatching(/^Go Client\s+Glossary term$/),
      expect.stringMatching(/^Go Margin\s+Glossary term$/),
      expect.stringMatching(/^Go Revenue\s+Glossary term$/),
    ]);
    await owns.getByRole('link', { name: 'Go Margin', exact: true }).click();
    await page.waitForURL(`**${path('glossary/terms', terms.margin)}`);
    await page.getByRole('heading', { level: 1, name: /^Go Margin/ }).waitFor();
  });

  it("a polyseme page links each sense's owners as its term page does", async () => {
    await page.goto(`${web.url}${path('polysemes', polyseme)}`);
    await page.getByRole('heading', { level: 1, name: /^Go Client/ }).waitFor();
    const senses = page.getByRole('region', { name: /^Senses/ });
    const ownersOf = (domain: string) => senses.getByRole('region', { name: new RegExp(`^${domain}:`) }).locator('dt:text-is("Owners") + dd');
    const shop = ownersOf('Go Shop');
    expect(await shop.getByRole('link', { name: 'go_ana', exact: true }).getAttribute('href')).toBe(path('people', ANA));
    const ship = ownersOf('Go Ship');
    expect(await ship.innerText()).toBe('go-nobody');
    expect(await ship.getByRole('link').count()).toBe(0);
  });
});
