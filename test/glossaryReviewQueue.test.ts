/**
 * What the web's glossary pages ask of the API, against real Neo4j through
 * HTTP: the review queue (terms IN_REVIEW the caller may decide, never their
 * own submissions), the `viewerCan*` answers that decide which controls a
 * person sees, and each glossary's terms read in one batch whatever the
 * number of glossaries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountService, startApiServer, type ApiServer } from '@polder/api';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';

const driver = testDriver();
const DOMAINS = ['rq-rentals', 'rq-finance', 'rq-delivery'];
const PASSWORD = 'a long enough password';
const ACCOUNTS = [
  { username: 'rq-owner', roles: ['DOMAIN_OWNER'], domains: ['rq-rentals'] },
  { username: 'rq-reviewer', roles: ['VIEWER'] },
  { username: 'rq-steward', roles: ['STEWARD'] },
  { username: 'rq-viewer', roles: ['VIEWER'] },
];
let api: ApiServer;
const sessions: Record<string, string> = {};

async function post(query: string, variables: Record<string, unknown>, secret?: string) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { queries: Number(response.headers.get('x-polder-graph-queries')), body: (await response.json()) as GraphQLResponse };
}
const as = (username: string | null) => async (query: string, variables: Record<string, unknown> = {}) => (await post(query, variables, username ? sessions[username] : undefined)).body;

async function create(username: string, input: Record<string, unknown>): Promise<{ urn: string; version: number }> {
  const body = await as(username)(`mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { urn version } }`, { input });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.createGlossaryTerm;
}

async function move(username: string, urn: string, expectedVersion: number, status: string): Promise<number> {
  const body = await as(username)(`mutation ($input: ChangeGlossaryTermStatusInput!) { changeGlossaryTermStatus(input: $input) { version } }`, {
    input: { urn, expectedVersion, status, comment: `moved to ${status}` },
  });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.changeGlossaryTermStatus.version;
}

const QUEUE = `{ glossaryReviewQueue { name termStatus reviewRequestedBy viewerCanMoveTo } }`;
const queueNames = async (username: string | null) => {
  const body = await as(username)(QUEUE);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return (body.data!.glossaryReviewQueue as Array<{ name: string }>).map((term) => term.name);
};

beforeAll(async () => {
  for (const id of DOMAINS) {
    await driver.executeQuery(`MERGE (d:Domain:Entity {urn: $urn}) SET d.id = $id, d.name = $id, d.status = 'ACTIVE'`, { urn: `urn:polder:domain:${id}`, id });
  }
  const accounts = new AccountService(driver);
  for (const account of ACCOUNTS) await accounts.create({ ...account, password: PASSWORD });
  api = await startApiServer(
    { driver, meili: testMeili(), indexPrefix: 'test_reviewqueue_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, access: { anonymousRead: true } },
    { host: '127.0.0.1', port: 0 },
  );
  for (const { username } of ACCOUNTS) {
    const { body } = await post(`mutation ($input: LoginInput!) { login(input: $input) { session } }`, { input: { username, password: PASSWORD } });
    sessions[username] = body.data!.login.session;
  }
});

afterAll(async () => {
  await api?.stop();
  const terms = `MATCH (t:GlossaryTerm) WHERE t.glossary IN $domains`;
  await driver.executeQuery(`${terms} OPTIONAL MATCH (c:Change)-[:ABOUT]->(t) DETACH DELETE c`, { domains: DOMAINS });
  await driver.executeQuery(`${terms} OPTIONAL MATCH (o:IndexOutbox {urn: t.urn}) DETACH DELETE o, t`, { domains: DOMAINS });
  await driver.executeQuery(`MATCH (d:Domain) WHERE d.id IN $domains DETACH DELETE d`, { domains: DOMAINS });
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'rq-' OPTIONAL MATCH (x)-[:SESSION_OF|ISSUED_TO]->(a) DETACH DELETE x, a`);
  await driver.close();
});

describe('glossaryReviewQueue', () => {
  it('lists the terms in review the caller may decide, oldest submission first, and never their own submissions', async () => {
    const reviewers = ['rq-reviewer', 'rq-steward'];
    const first = await create('rq-owner', { glossary: 'rq-rentals', name: 'Rq Booking', reviewers });
    const second = await create('rq-owner', { glossary: 'rq-rentals', name: 'Rq Agreement', reviewers });
    const draft = await create('rq-owner', { glossary: 'rq-rentals', name: 'Rq Draft', reviewers });
    const notMine = await create('rq-owner', { glossary: 'rq-rentals', name: 'Rq Other', reviewers: ['rq-steward'] });
    // Submitted by a steward who also reviews it: it waits for the other reviewer only.
    const bySteward = await create('rq-steward', { glossary: 'rq-finance', name: 'Rq Ledger', reviewers });
    await move('rq-owner', first.urn, first.version, 'IN_REVIEW');
    await move('rq-owner', second.urn, second.version, 'IN_REVIEW');
    await move('rq-owner', notMine.urn, notMine.version, 'IN_REVIEW');
    await move('rq-steward', bySteward.urn, bySteward.version, 'IN_REVIEW');
    expect(draft.version).toBe(1);

    const body = await as('rq-reviewer')(QUEUE);
    expect(body.data!.glossaryReviewQueue).toEqual([
      { name: 'Rq Booking', termStatus: 'IN_REVIEW', reviewRequestedBy: 'rq-owner', viewerCanMoveTo: ['APPROVED', 'REJECTED'] },
      { name: 'Rq Agreement', termStatus: 'IN_REVIEW', reviewRequestedBy: 'rq-owner', viewerCanMoveTo: ['APPROVED', 'REJECTED'] },
      { name: 'Rq Ledger', termStatus: 'IN_REVIEW', reviewRequestedBy: 'rq-steward', viewerCanMoveTo: ['APPROVED', 'REJECTED'] },
    ]);
    // The steward may decide on the owner's terms, not on their own; the owner submitted all of theirs.
    expect(await queueNames('rq-steward')).toEqual(['Rq Booking', 'Rq Agreement', 'Rq Other']);
    expect(await queueNames('rq-owner')).toEqual([]);
    expect(await queueNames('rq-viewer')).toEqual([]);
    expect(await queueNames(null)).toEqual([]);

    // A decision takes the term out of every queue.
    await move('rq-reviewer', first.urn, first.version + 1, 'APPROVED');
    expect(await queueNames('rq-reviewer')).toEqual(['Rq Agreement', 'Rq Ledger']);
    expect(await queueNames('rq-steward')).toEqual(['Rq Agreement', 'Rq Other']);
  });

  it('refuses a limit out of range', async () => {
    const body = await as('rq-reviewer')(`{ glossaryReviewQueue(limit: 0) { urn } }`);
    expect(body.errors![0]).toMatchObject({ message: 'limit must be between 1 and 500', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('viewerCan* of glossaries and terms', () => {
  it('answers who may create, edit and move terms, from the glossary and the term status', async () => {
    const term = await create('rq-owner', { glossary: 'rq-rentals', name: 'Rq Vehicle', reviewers: ['rq-reviewer'] });
    const read = `query ($urn: ID!) { glossaryTerm(urn: $urn) { viewerCanEdit viewerCanEditContent viewerCanReview viewerCanMoveTo } glossary(id: "rq-rentals") { viewerCanCreateTerms } }`;
    const answer = async (username: string | null) => {
      const body = await as(username)(read, { urn: term.urn });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { ...body.data!.glossaryTerm, ...body.data!.glossary };
    };
    const draft = { viewerCanEdit: true, viewerCanEditContent: true, viewerCanReview: false, viewerCanMoveTo: ['IN_REVIEW'], viewerCanCreateTerms: true };
    expect(await answer('rq-owner')).toEqual(draft);
    expect(await answer('rq-steward')).toEqual(draft);
    expect(await answer('rq-reviewer')).toEqual({ viewerCanEdit: false, viewerCanEditContent: false, viewerCanReview: true, viewerCanMoveTo: [], viewerCanCreateTerms: false });
    expect(await answer(null)).toEqual({ viewerCanEdit: false, viewerCanEditContent: false, viewerCanReview: false, viewerCanMoveTo: [], viewerCanCreateTerms: false });

    await move('rq-owner', term.urn, term.version, 'IN_REVIEW');
    // In review the content is frozen: the owner may only withdraw it; the reviewer decides.
    expect(await answer('rq-owner')).toEqual({ ...draft, viewerCanEditContent: false, viewerCanMoveTo: ['DRAFT'] });
    expect((await answer('rq-reviewer')).viewerCanMoveTo).toEqual(['APPROVED', 'REJECTED']);
  });
});

describe('Glossary.terms', () => {
  it('reads the terms of every glossary, with their parents, in a fixed number of graph queries', async () => {
    const group = await create('rq-owner', { glossary: 'rq-rentals', name: 'Rq Asset' });
    await create('rq-owner', { glossary: 'rq-rentals', name: 'Rq Trailer', parentUrn: group.urn });
    await create('rq-steward', { glossary: 'rq-delivery', name: 'Rq Parcel' });
    const bare = await post(`{ glossaries { id } }`, {}, sessions['rq-viewer']);
    const full = await post(`{ glossaries { id terms(limit: 500) { name parent { name } } } }`, {}, sessions['rq-viewer']);
    expect(full.body.errors).toBeUndefined();
    type Listed = { id: string; terms: Array<{ name: string; parent: { name: string } | null }> };
    const glossaries = full.body.data!.glossaries as Listed[];
    const termsOf = (id: string) => Object.fromEntries(glossaries.find((glossary) => glossary.id === id)!.terms.map((term) => [term.name, term.parent?.name ?? null]));
    expect(termsOf('rq-rentals')).toMatchObject({ 'Rq Asset': null, 'Rq Trailer': 'Rq Asset' });
    expect(termsOf('rq-finance')).toEqual({ 'Rq Ledger': null });
    expect(termsOf('rq-delivery')).toEqual({ 'Rq Parcel': null });
    // However many glossaries (the enterprise one and a domain's each), their terms are one batch and the parents another.
    expect(glossaries.length).toBeGreaterThanOrEqual(4);
    expect(full.queries - bare.queries).toBe(2);

    const page = await as('rq-viewer')(`{ glossary(id: "rq-rentals") { terms(limit: 2, offset: 1) { name } } }`);
    const all = await as('rq-viewer')(`{ glossary(id: "rq-rentals") { terms(limit: 500) { name } } }`);
    expect(page.data!.glossary.terms).toEqual(all.data!.glossary.terms.slice(1, 3));
  });
});
