/**
 * Access and edits end to end, against real Neo4j through the HTTP API: who may
 * sign in and how (sessions, API tokens, rate-limited passwords), what each role
 * may change (the matrix, including cross-domain refusals), optimistic
 * concurrency, the audit trail, masking of restricted values, and that a refused
 * edit changes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlOnRequest, crawlSource, crawlTask, TaskScheduler } from '@polder/crawlers';
import { AccessService, AccountService, DEFAULT_ACCESS_SETTINGS, startApiServer, type ApiServer } from '@polder/api';
import type { SourceConfig } from '@polder/runtime';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';

const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'polder-access-'));
const files = { rentals: join(dir, 'rentals.db'), finance: join(dir, 'finance.db') };
const sources: SourceConfig[] = [
  { id: 'access-rentals', kind: 'sqlite', domain: 'access-rentals', path: files.rentals, include: [], exclude: [] },
  { id: 'access-finance', kind: 'sqlite', domain: 'access-finance', path: files.finance, include: [], exclude: [] },
];
const CUSTOMER = 'urn:polder:dataset:(sqlite,access-rentals,main.customer)';
const EMAIL = `urn:polder:field:(${CUSTOMER},email)`;
const INVOICE = 'urn:polder:dataset:(sqlite,access-finance,main.invoice)';
const FULL_NAME = `urn:polder:field:(${CUSTOMER},full_name)`;
const TERM = 'urn:polder:glossaryTerm:access-test-renter';
const EMAIL_TERM = 'urn:polder:glossaryTerm:access-test-email-address';
const NAME_TERM = 'urn:polder:glossaryTerm:access-test-full-name';
const PRODUCT = 'urn:polder:dataProduct:(access-rentals,rentals)';
const PASSWORD = 'a long enough password';
const ACCOUNTS = [
  { username: 'access-admin', roles: ['ADMIN'] },
  { username: 'access-rentals-owner', roles: ['DOMAIN_OWNER'], domains: ['access-rentals'] },
  { username: 'access-steward', roles: ['STEWARD'] },
  { username: 'access-viewer', roles: ['VIEWER'] },
];
const apiDependencies = { driver, meili: testMeili(), indexPrefix: 'test_access_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 } };
let api: ApiServer;
let openApi: ApiServer;
const sessions: Record<string, string> = {};

async function post(server: ApiServer, query: string, variables: Record<string, unknown> = {}, secret?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse };
}
const as = (username: string) => (query: string, variables: Record<string, unknown> = {}) => post(api, query, variables, sessions[username]);

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}
const versionOf = async (urn: string) => (await rows<{ version: number }>(`MATCH (n:Entity {urn: $urn}) RETURN coalesce(n.editable_version, 0) AS version`, { urn }))[0]!.version;
const changeCount = async (urn: string) => (await rows<{ count: number }>(`MATCH (c:Change)-[:ABOUT]->(:Entity {urn: $urn}) RETURN count(c) AS count`, { urn }))[0]!.count;

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { session expiresAt viewer { username roles domains } } }`;
const DESCRIBE = `mutation ($input: UpdateDescriptionInput!) { updateDescription(input: $input) { urn ... on Dataset { description version } ... on Field { description version } } }`;
const SET_TERMS = `mutation ($input: SetTermsInput!) { setTerms(input: $input) { urn ... on Dataset { version terms { urn name } } } }`;
const CERTIFY = `mutation ($input: SetCertificationInput!) { setCertification(input: $input) { ... on Dataset { version certification { active by note } } } }`;

beforeAll(async () => {
  const rentals = new Database(files.rentals);
  rentals.exec(`CREATE TABLE customer (customer_id INTEGER PRIMARY KEY, email TEXT NOT NULL, full_name TEXT)`);
  rentals.close();
  const finance = new Database(files.finance);
  finance.exec(`CREATE TABLE invoice (invoice_id INTEGER PRIMARY KEY, customer_email TEXT, amount NUMERIC)`);
  finance.close();
  for (const source of sources) {
    await writeTestMesh(driver, source);
    await crawlSource(driver, source, { logger: testLogger });
  }
  await driver.executeQuery(`MERGE (t:GlossaryTerm:Entity {urn: $urn}) SET t.name = 'Renter', t.termStatus = 'APPROVED', t.status = 'ACTIVE'`, { urn: TERM });
  // Terms the glossary classifies PII: carrying one gives a column that classification.
  await driver.executeQuery(
    `UNWIND $terms AS term MERGE (t:GlossaryTerm:Entity {urn: term.urn})
     SET t.name = term.name, t.classifications = ['PII'], t.columnPatterns = term.patterns, t.termStatus = 'APPROVED', t.status = 'ACTIVE'`,
    { terms: [{ urn: EMAIL_TERM, name: 'Access test email address', patterns: [] }, { urn: NAME_TERM, name: 'Access test full name', patterns: ['full_name'] }] },
  );
  const accounts = new AccountService(driver);
  for (const account of ACCOUNTS) await accounts.create({ ...account, password: PASSWORD });

  api = await startApiServer(apiDependencies, { host: '127.0.0.1', port: 0 });
  openApi = await startApiServer({ ...apiDependencies, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
  for (const { username } of ACCOUNTS) {
    const { body } = await post(api, LOGIN, { input: { username, password: PASSWORD } });
    sessions[username] = body.data!.login.session;
  }
});

afterAll(async () => {
  await api?.stop();
  await openApi?.stop();
  for (const source of sources) await deleteCrawledData(driver, source);
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(n:Entity) WHERE n.urn IN $urns DETACH DELETE c`, {
    urns: [CUSTOMER, EMAIL, FULL_NAME, INVOICE, TERM, 'urn:polder:source:access-rentals'],
  });
  await driver.executeQuery(`MATCH (s:Suggestion)-[:SUGGESTS]->(t:GlossaryTerm) WHERE t.urn IN $terms DETACH DELETE s`, { terms: [TERM, EMAIL_TERM, NAME_TERM] });
  await driver.executeQuery(`MATCH (t:GlossaryTerm) WHERE t.urn IN $terms DETACH DELETE t`, { terms: [TERM, EMAIL_TERM, NAME_TERM] });
  await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(p:DataProduct {urn: $urn}) DETACH DELETE c, p`, { urn: PRODUCT });
  await driver.executeQuery(`MATCH (p:DataProduct {urn: $urn}) OPTIONAL MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox {urn: p.urn}) DETACH DELETE p, o`, { urn: PRODUCT });
  await driver.executeQuery(
    `MATCH (a:Account) WHERE a.username STARTS WITH 'access-'
     OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a)
     DETACH DELETE x, a`,
  );
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('reading', () => {
  it('refuses anonymous callers unless anonymous read is configured', async () => {
    const closed = await post(api, `{ dataset(urn: "${CUSTOMER}") { name } }`);
    expect(closed.body.errors![0]).toMatchObject({ message: 'sign in or send an API token: this catalog does not allow anonymous reading', extensions: { code: 'UNAUTHENTICATED' } });
    expect(closed.body.data).toEqual({ dataset: null });
    const search = await post(api, `{ search(input: {query: "customer"}) { total } }`);
    expect(search.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');

    const open = await post(openApi, `{ dataset(urn: "${CUSTOMER}") { name } viewer { username } }`);
    expect(open.body).toEqual({ data: { dataset: { name: 'customer' }, viewer: null } });
  });

  it('lets a signed-in viewer read, and says who they are', async () => {
    const { body } = await as('access-viewer')(`{ dataset(urn: "${CUSTOMER}") { name version viewerCanEdit viewerCanAssignTerms } viewer { username roles via scopes } }`);
    expect(body).toEqual({
      data: {
        dataset: { name: 'customer', version: 0, viewerCanEdit: false, viewerCanAssignTerms: false },
        viewer: { username: 'access-viewer', roles: ['VIEWER'], via: 'SESSION', scopes: ['READ', 'WRITE'] },
      },
    });
  });

  it('answers 401 to credentials it did not issue, before any resolver runs', async () => {
    const forged = await post(api, `{ viewer { username } }`, {}, `pld_s_${'A'.repeat(43)}`);
    expect(forged.status).toBe(401);
    expect(forged.body.errors![0]).toMatchObject({ message: 'your session has ended (signed out, or expired); sign in again', extensions: { code: 'UNAUTHENTICATED' } });
    const garbage = await post(api, `{ viewer { username } }`, {}, "'OR'1'='1");
    expect(garbage.status).toBe(401);
    expect(garbage.body.errors![0]!.message).toBe('the credentials are not a Polder API token or session');
  });
});

describe('signing in', () => {
  it('sets an HttpOnly session cookie that the API accepts', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { input: { username: 'ACCESS-VIEWER', password: PASSWORD } } }),
    });
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^polder_session=pld_s_[A-Za-z0-9_-]{43}; Path=\/; Expires=.*; HttpOnly; SameSite=Lax$/);
    const viaCookie = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookie.split(';')[0]! },
      body: JSON.stringify({ query: '{ viewer { username } }' }),
    });
    expect(await viaCookie.json()).toEqual({ data: { viewer: { username: 'access-viewer' } } });
  });

  it('keeps only hashes: no password, session or token secret is in the graph', async () => {
    const { body } = await as('access-viewer')(`mutation { createApiToken(input: {name: "audit check"}) { secret } }`);
    const secrets = [PASSWORD, sessions['access-viewer']!, body.data!.createApiToken.secret];
    const stored = JSON.stringify(await rows(`MATCH (n) WHERE n:Account OR n:Session OR n:ApiToken RETURN properties(n) AS properties`));
    const leaks = secrets.filter((secret) => stored.includes(secret));
    expect(leaks).toEqual([]);
  });

  it('refuses a wrong password without saying whether the account exists, and slows down guessing', async () => {
    const wrong = await post(api, LOGIN, { input: { username: 'access-steward', password: 'not the password' } });
    const unknown = await post(api, LOGIN, { input: { username: 'nobody-here', password: 'not the password' } });
    expect(wrong.body.errors![0]).toMatchObject({ message: 'wrong username or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.body.errors![0]!.message).toBe('wrong username or password');

    // Five failures per account per 15 minutes; the sixth attempt is refused even with the right password.
    for (let attempt = 0; attempt < 4; attempt++) await post(api, LOGIN, { input: { username: 'access-steward', password: 'still not it' } });
    const limited = await post(api, LOGIN, { input: { username: 'access-steward', password: PASSWORD } });
    expect(limited.body.errors![0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    expect(limited.body.errors![0]!.message).toMatch(/^too many failed sign-ins; try again in \d+ s$/);
    // Another API replica (its own counter) still lets the steward in: the limit is per process, as documented.
    expect((await post(openApi, LOGIN, { input: { username: 'access-steward', password: PASSWORD } })).body.data!.login.viewer.username).toBe('access-steward');
  });

  it('counts guesses sent at once as they arrive, not after the password check', async () => {
    const guesses = await Promise.all(Array.from({ length: 12 }, (_, guess) => post(openApi, LOGIN, { input: { username: 'nobody-at-once', password: `guess ${guess}` } })));
    const codes = guesses.map((guess) => guess.body.errors![0]!.extensions!.code).sort();
    expect(codes).toEqual([...Array(5).fill('UNAUTHENTICATED'), ...Array(7).fill('RATE_LIMITED')].sort());
  });

  it("counts each browser's guesses apart when the web says whose they are, from a proxy it trusts, and only then", async () => {
    // As the web catalog calls: one address (here loopback), each browser's named in X-Forwarded-For.
    const guess = (server: ApiServer, browser: number) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${browser}` },
        body: JSON.stringify({ query: LOGIN, variables: { input: { username: `nobody-from-${browser}`, password: 'guess' } } }),
      }).then(async (response) => ((await response.json()) as GraphQLResponse).errors![0]!.extensions!.code);
    // 30 failed sign-ins per client per 15 minutes; each browser here fails once, under another username.
    const tryFromThirtyOneBrowsers = async (server: ApiServer) => {
      for (let browser = 1; browser <= 30; browser++) await guess(server, browser);
      return await guess(server, 31);
    };
    expect(await tryFromThirtyOneBrowsers(openApi)).toBe('UNAUTHENTICATED'); // loopback, trusted by default
    const elsewhere = await startApiServer({ ...apiDependencies, trustedProxies: ['192.0.2.10'] }, { host: '127.0.0.1', port: 0 });
    try {
      expect(await tryFromThirtyOneBrowsers(elsewhere)).toBe('RATE_LIMITED'); // loopback no longer trusted: one client
    } finally {
      await elsewhere.stop();
    }
  });

  it('ends a session on logout', async () => {
    const { body } = await post(api, LOGIN, { input: { username: 'access-viewer', password: PASSWORD } });
    const session = body.data!.login.session;
    expect((await post(api, `mutation { logout }`, {}, session)).body).toEqual({ data: { logout: true } });
    const after = await post(api, `{ viewer { username } }`, {}, session);
    expect(after.status).toBe(401);
    expect(after.body.errors![0]).toEqual({ message: 'your session has ended (signed out, or expired); sign in again', extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_EXPIRED' } });
  });
});

describe('API tokens', () => {
  it('are shown once, scoped, revocable, and expire', async () => {
    const created = await as('access-rentals-owner')(`mutation { createApiToken(input: {name: "ci", scopes: [READ], expiresInDays: 7}) { secret token { id name scopes revokedAt } } }`);
    const { secret, token } = created.body.data!.createApiToken;
    expect(secret).toMatch(/^pld_t_/);
    expect(token).toMatchObject({ name: 'ci', scopes: ['READ'], revokedAt: null });

    const listed = await as('access-rentals-owner')(`{ myApiTokens { id name } }`);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(listed.body.data!.myApiTokens).toContainEqual({ id: token.id, name: 'ci' });

    // Read-only: reads, but cannot edit even what its account owns.
    expect((await post(api, `{ dataset(urn: "${CUSTOMER}") { name } }`, {}, secret)).body.data).toEqual({ dataset: { name: 'customer' } });
    const edit = await post(api, DESCRIBE, { input: { urn: CUSTOMER, expectedVersion: await versionOf(CUSTOMER), description: 'via read token' } }, secret);
    expect(edit.body.errors![0]).toMatchObject({ message: 'this API token is read-only (scope WRITE missing)', extensions: { code: 'FORBIDDEN' } });

    // Revoked by someone else: refused; by its owner: at once.
    expect((await as('access-viewer')(`mutation ($id: ID!) { revokeApiToken(input: {id: $id}) { id } }`, { id: token.id })).body.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const REVOKE = `mutation ($id: ID!) { revokeApiToken(input: {id: $id}) { revokedAt } }`;
    const first = (await as('access-rentals-owner')(REVOKE, { id: token.id })).body.data!.revokeApiToken.revokedAt;
    // Revoking again keeps the first time.
    expect((await as('access-rentals-owner')(REVOKE, { id: token.id })).body.data!.revokeApiToken.revokedAt).toBe(first);
    const revoked = await post(api, `{ viewer { username } }`, {}, secret);
    expect(revoked.status).toBe(401);
    expect(revoked.body.errors![0]).toMatchObject({ message: 'API token "ci" was revoked', extensions: { code: 'UNAUTHENTICATED' } });

    const expiring = (await as('access-rentals-owner')(`mutation { createApiToken(input: {name: "old"}) { secret token { id } } }`)).body.data!.createApiToken;
    await driver.executeQuery(`MATCH (t:ApiToken {id: $id}) SET t.expiresAt = '2020-01-01T00:00:00.000Z'`, { id: expiring.token.id });
    expect((await post(api, `{ viewer { username } }`, {}, expiring.secret)).body.errors![0]!.message).toBe('API token "old" expired on 2020-01-01T00:00:00.000Z');
  });

  it('cannot reach further than the credentials that create them', async () => {
    const readOnly = (await as('access-admin')(`mutation { createApiToken(input: {name: "r", scopes: [READ]}) { secret } }`)).body.data!.createApiToken.secret;
    const escalate = await post(api, `mutation { createApiToken(input: {name: "w", scopes: [READ, WRITE]}) { secret } }`, {}, readOnly);
    expect(escalate.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    // Nor may a token make another, even a lesser one: it would outlive the first's revocation.
    const readWrite = (await as('access-admin')(`mutation { createApiToken(input: {name: "rw", scopes: [READ, WRITE], expiresInDays: 1}) { secret } }`)).body.data!.createApiToken.secret;
    const offspring = await post(api, `mutation { createApiToken(input: {name: "child", scopes: [READ], expiresInDays: 365}) { secret } }`, {}, readWrite);
    expect(offspring.body.errors![0]).toMatchObject({ message: expect.stringContaining('an API token cannot create tokens'), extensions: { code: 'FORBIDDEN' } });
    const { records } = await driver.executeQuery(`MATCH (t:ApiToken {name: 'child'}) RETURN count(t) AS tokens`);
    expect(Number(records[0]!.get('tokens'))).toBe(0);
    const tooLong = await as('access-admin')(`mutation { createApiToken(input: {name: "forever", expiresInDays: 100000}) { secret } }`);
    expect(tooLong.body.errors![0]).toMatchObject({ message: 'expiresInDays: between 1 and 365', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('with WRITE read too: an edit answers with what it changed, never commits and then says it was refused', async () => {
    const created = await as('access-rentals-owner')(`mutation { createApiToken(input: {name: "write only", scopes: [WRITE], expiresInDays: 1}) { secret token { id scopes } } }`);
    const { secret, token } = created.body.data!.createApiToken;
    expect(token.scopes).toEqual(['READ', 'WRITE']);
    // A token stored with WRITE alone (before WRITE brought READ) holds READ as well.
    await driver.executeQuery(`MATCH (t:ApiToken {id: $id}) SET t.scopes = ['WRITE']`, { id: token.id });
    const version = await versionOf(CUSTOMER);
    const edit = await post(api, DESCRIBE, { input: { urn: CUSTOMER, expectedVersion: version, description: 'via a write token' } }, secret);
    expect(edit.body.errors).toBeUndefined();
    expect(edit.body.data!.updateDescription).toMatchObject({ urn: CUSTOMER });
    expect(await versionOf(CUSTOMER)).toBe(version + 1);
  });

  it('refuse a name with control characters, as every one-line name is refused, and are not created', async () => {
    // A right-to-left override would make the settings page list "ciexe.png" for what is stored as below.
    const name = 'ci\u202Egnp.exe';
    const { body } = await as('access-admin')(`mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`, { input: { name } });
    expect(body.errors![0]).toMatchObject({ message: 'name: must not contain control characters (U+202E at character 3)', extensions: { code: 'BAD_USER_INPUT', argument: 'input.name' } });
    expect(await rows(`MATCH (t:ApiToken {name: $name}) RETURN t.id`, { name })).toEqual([]);
  });

  it('give WRITE only to an account whose roles let it change something: a viewer is told why, through the API and the CLI alike', async () => {
    const CREATE = `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { name scopes } } }`;
    const refusal = 'scopes: access-viewer (VIEWER) may change nothing in the catalog, so every change would refuse a WRITE token; give it READ only';
    const viewer = await as('access-viewer')(CREATE, { input: { name: 'viewer write', scopes: ['READ', 'WRITE'] } });
    expect(viewer.body.errors![0]).toMatchObject({ message: refusal, extensions: { code: 'BAD_USER_INPUT', argument: 'input.scopes' } });
    // `npx polder tokens create access-viewer --scope WRITE` asks the same service, with every scope allowed.
    const access = new AccessService(driver, DEFAULT_ACCESS_SETTINGS);
    await expect(access.issueApiToken('access-viewer', { name: 'viewer write', scopes: ['WRITE'], expiresInDays: 1 }, ['READ', 'WRITE'])).rejects.toThrow(refusal);
    expect(await rows(`MATCH (t:ApiToken {name: 'viewer write'}) RETURN t.id`)).toEqual([]);

    // Reading is theirs to delegate; WRITE is for those who may change something, a steward's included.
    expect((await as('access-viewer')(CREATE, { input: { name: 'viewer read', scopes: ['READ'] } })).body.data).toEqual({ createApiToken: { token: { name: 'viewer read', scopes: ['READ'] } } });
    expect((await as('access-steward')(CREATE, { input: { name: 'steward write', scopes: ['READ', 'WRITE'] } })).body.data).toEqual({ createApiToken: { token: { name: 'steward write', scopes: ['READ', 'WRITE'] } } });
    // And the UI is told, not left to work it out.
    const offered = async (username: string) => (await as(username)(`{ viewer { viewerCanCreateWriteTokens } }`)).body.data!.viewer.viewerCanCreateWriteTokens as boolean;
    expect(Object.fromEntries(await Promise.all(ACCOUNTS.map(async ({ username }) => [username, await offered(username)])))).toEqual({
      'access-admin': true,
      'access-rentals-owner': true,
      'access-steward': true,
      'access-viewer': false,
    });
  });
});

describe('edits, role by role', () => {
  // [who, mutation, variables, allowed]: each refused edit must leave version and audit trail untouched.
  type Case = [string, string, string, (version: number) => Record<string, unknown>, boolean];
  const CASES: Case[] = [
    ['access-viewer', 'describe a rentals table', DESCRIBE, (v) => ({ input: { urn: CUSTOMER, expectedVersion: v, description: 'viewer' } }), false],
    ['access-steward', 'describe a rentals table', DESCRIBE, (v) => ({ input: { urn: CUSTOMER, expectedVersion: v, description: 'steward' } }), false],
    ['access-rentals-owner', 'describe a finance table', DESCRIBE, (v) => ({ input: { urn: INVOICE, expectedVersion: v, description: 'cross-domain' } }), false],
    ['access-rentals-owner', 'certify a finance table', CERTIFY, (v) => ({ input: { urn: INVOICE, expectedVersion: v, certified: true } }), false],
    ['access-viewer', 'assign a term in rentals', SET_TERMS, (v) => ({ input: { urn: CUSTOMER, expectedVersion: v, termUrns: [TERM] } }), false],
    ['access-rentals-owner', 'assign a term in finance', SET_TERMS, (v) => ({ input: { urn: INVOICE, expectedVersion: v, termUrns: [TERM] } }), false],
    ['access-rentals-owner', 'describe a rentals table', DESCRIBE, (v) => ({ input: { urn: CUSTOMER, expectedVersion: v, description: 'Renters, as the owner says' } }), true],
    ['access-rentals-owner', 'describe a rentals column', DESCRIBE, (v) => ({ input: { urn: EMAIL, expectedVersion: v, description: 'Where receipts go' } }), true],
    ['access-steward', 'assign a term in finance', SET_TERMS, (v) => ({ input: { urn: INVOICE, expectedVersion: v, termUrns: [TERM] } }), true],
    ['access-admin', 'describe a finance table', DESCRIBE, (v) => ({ input: { urn: INVOICE, expectedVersion: v, description: 'Invoices, per admin' } }), true],
  ];

  for (const [who, what, mutation, variables, allowed] of CASES) {
    it(`${allowed ? 'lets' : 'refuses'} ${who} ${what}`, async () => {
      const input = variables(0).input as { urn: string };
      const version = await versionOf(input.urn);
      const changes = await changeCount(input.urn);
      const { body } = await as(who)(mutation, variables(version));
      if (allowed) {
        expect(body.errors).toBeUndefined();
        expect(await versionOf(input.urn)).toBe(version + 1);
        expect(await changeCount(input.urn)).toBe(changes + 1);
      } else {
        expect(body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
        expect(body.errors![0]!.message).toMatch(new RegExp(`^${who} may not`));
        expect(await versionOf(input.urn)).toBe(version);
        expect(await changeCount(input.urn)).toBe(changes);
      }
    });
  }

  it('refuses anonymous edits even where anonymous read is on', async () => {
    const { body } = await post(openApi, DESCRIBE, { input: { urn: CUSTOMER, expectedVersion: await versionOf(CUSTOMER), description: 'anon' } });
    expect(body.errors![0]).toMatchObject({ message: 'sign in or send an API token to make changes', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('answers an edit from a caller who may change nothing the same whether the asset exists or not', async () => {
    const missing = CUSTOMER.replace('customer)', 'no_such_table)');
    for (const server of [openApi, api]) {
      const answers = await Promise.all(
        [CUSTOMER, missing].map(async (urn) => (await post(server, DESCRIBE, { input: { urn, expectedVersion: 1, description: 'probe' } })).body.errors),
      );
      expect(answers[0]).toEqual(answers[1]);
      expect(answers[0]![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
    const created = await as('access-admin')(`mutation { createApiToken(input: {name: "read only", scopes: [READ], expiresInDays: 1}) { secret } }`);
    const readOnly = created.body.data!.createApiToken.secret as string;
    const tokenAnswers = await Promise.all(
      [CUSTOMER, missing].map(async (urn) => (await post(api, DESCRIBE, { input: { urn, expectedVersion: 1, description: 'probe' } }, readOnly)).body.errors),
    );
    expect(tokenAnswers[0]).toEqual(tokenAnswers[1]);
    expect(tokenAnswers[0]![0]).toMatchObject({ message: 'this API token is read-only (scope WRITE missing)', extensions: { code: 'FORBIDDEN' } });
  });
});

describe('optimistic concurrency', () => {
  it('lets one of two edits on the same version win and refuses the other with CONFLICT', async () => {
    const version = await versionOf(CUSTOMER);
    const edit = (description: string) => as('access-admin')(DESCRIBE, { input: { urn: CUSTOMER, expectedVersion: version, description } });
    const results = await Promise.all([edit('first'), edit('second')]);
    const winners = results.filter((result) => !result.body.errors);
    const losers = results.filter((result) => result.body.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]!.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 1 });
    const [stored] = await rows<{ description: string }>(`MATCH (d:Dataset {urn: $urn}) RETURN d.editable_description AS description`, { urn: CUSTOMER });
    expect(stored!.description).toBe(winners[0]!.body.data!.updateDescription.description);
    expect(await versionOf(CUSTOMER)).toBe(version + 1);
  });

  it('answers each of two edits in one operation with the entity as that edit left it', async () => {
    const version = await versionOf(CUSTOMER);
    const both = await as('access-admin')(
      `mutation ($described: UpdateDescriptionInput!, $tagged: SetTagsInput!) {
        a: updateDescription(input: $described) { ... on Dataset { version description tags } }
        b: setTags(input: $tagged) { ... on Dataset { version description tags } }
      }`,
      { described: { urn: CUSTOMER, expectedVersion: version, description: 'described first' }, tagged: { urn: CUSTOMER, expectedVersion: version + 1, tags: ['tagged-second'] } },
    );
    expect(both.body.errors).toBeUndefined();
    expect(both.body.data!.b).toEqual({ version: version + 2, description: 'described first', tags: ['tagged-second'] });
  });

  it('answers an edit that changes nothing with the entity as it is: no new version, no audit entry, nothing queued', async () => {
    const admin = as('access-admin');
    const version = await versionOf(CUSTOMER);
    const described = await admin(DESCRIBE, { input: { urn: CUSTOMER, expectedVersion: version, description: 'said once' } });
    expect(described.body.data!.updateDescription.version).toBe(version + 1);
    const termed = await admin(SET_TERMS, { input: { urn: CUSTOMER, expectedVersion: version + 1, termUrns: [TERM] } });
    expect(termed.body.data!.setTerms.version).toBe(version + 2);
    const changes = await changeCount(CUSTOMER);
    await driver.executeQuery(`MATCH (o:IndexOutbox {urn: $urn}) DELETE o`, { urn: CUSTOMER });

    // The same description again, and the same terms: a form saved twice, or a tool applying its desired state.
    const again = await admin(DESCRIBE, { input: { urn: CUSTOMER, expectedVersion: version + 2, description: 'said once' } });
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data!.updateDescription).toMatchObject({ description: 'said once', version: version + 2 });
    const sameTerms = await admin(SET_TERMS, { input: { urn: CUSTOMER, expectedVersion: version + 2, termUrns: [TERM, TERM] } });
    expect(sameTerms.body.data!.setTerms).toMatchObject({ version: version + 2, terms: [{ urn: TERM, name: 'Renter' }] });
    expect(await versionOf(CUSTOMER)).toBe(version + 2);
    expect(await changeCount(CUSTOMER)).toBe(changes);
    expect(await rows(`MATCH (o:IndexOutbox {urn: $urn}) RETURN o`, { urn: CUSTOMER })).toEqual([]);
    expect(await rows(`MATCH (n:Entity {urn: $urn}) WHERE n._editLock IS NOT NULL RETURN n.urn`, { urn: CUSTOMER })).toEqual([]);
    // Still checked as any edit is: a stale version is a CONFLICT even when it would change nothing.
    const stale = await admin(DESCRIBE, { input: { urn: CUSTOMER, expectedVersion: version, description: 'said once' } });
    expect(stale.body.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: version + 2 });

    // One term fewer is a change.
    const dropped = await admin(SET_TERMS, { input: { urn: CUSTOMER, expectedVersion: version + 2, termUrns: [] } });
    expect(dropped.body.data!.setTerms).toMatchObject({ version: version + 3, terms: [] });
    expect(await changeCount(CUSTOMER)).toBe(changes + 1);
  });
});

describe('the audit trail', () => {
  it('records who changed what, from what to what, newest first', async () => {
    const version = await versionOf(INVOICE);
    await as('access-admin')(CERTIFY, { input: { urn: INVOICE, expectedVersion: version, certified: true, note: 'reconciled with the ledger', comment: 'quarter close' } });
    const { body } = await as('access-viewer')(`query ($urn: ID!) { changes(input: {urn: $urn, limit: 2}) { actor action version comment before after } }`, { urn: INVOICE });
    const [latest, previous] = body.data!.changes;
    expect(latest).toMatchObject({ actor: 'access-admin', action: 'setCertification', version: version + 1, comment: 'quarter close' });
    expect(JSON.parse(latest.before)).toMatchObject({ certified: null, certificationNote: null });
    expect(JSON.parse(latest.after)).toMatchObject({ certified: true, certifiedBy: 'access-admin', certificationNote: 'reconciled with the ledger' });
    expect(previous).toMatchObject({ actor: 'access-admin', action: 'updateDescription', before: JSON.stringify({ description: null }), after: JSON.stringify({ description: 'Invoices, per admin' }) });
  });

  it('serves what the source says apart from what people set, and the history on the dataset itself', async () => {
    const { body } = await as('access-viewer')(
      `query ($urn: ID!) {
        dataset(urn: $urn) { description properties { description owners tags } editable { description owners { name type } tags updatedBy updatedAt } changes(limit: 2) { action actor version } }
        changes(input: {urn: $urn, limit: 2}) { action actor version }
      }`,
      { urn: INVOICE },
    );
    const dataset = body.data!.dataset;
    expect(dataset.description).toBe('Invoices, per admin');
    // SQLite has no table comments and names no owner: the crawled parts are empty, the edited description wins.
    expect(dataset.properties).toEqual({ description: null, owners: [], tags: [] });
    expect(dataset.editable).toEqual({ description: 'Invoices, per admin', owners: null, tags: null, updatedBy: 'access-admin', updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(dataset.changes).toEqual(body.data!.changes);
    expect(dataset.changes.map((change: { action: string }) => change.action)).toEqual(['setCertification', 'updateDescription']);
  });

  it('keeps the terms a person set apart from the description edit', async () => {
    const { body } = await as('access-viewer')(`query ($urn: ID!) { dataset(urn: $urn) { terms { urn name } } changes(input: {urn: $urn}) { action before after names { urn name } } }`, { urn: INVOICE });
    expect(body.data!.dataset.terms).toEqual([{ urn: TERM, name: 'Renter' }]);
    const carriers = await as('access-viewer')(`query ($urn: ID!) { entity(urn: $urn) { ... on GlossaryTerm { carryingDatasets { total datasets { dataset { urn } carriesItself } } } } }`, { urn: TERM });
    expect(carriers.body.data!.entity.carryingDatasets).toEqual({ total: 1, datasets: [{ dataset: { urn: INVOICE }, carriesItself: true }] });
    // The entry keeps the term's URN, and names it for people.
    expect(body.data!.changes).toContainEqual({ action: 'setTerms', before: JSON.stringify({ terms: [] }), after: JSON.stringify({ terms: [TERM] }), names: [{ urn: TERM, name: 'Renter' }] });
  });
});

describe('bad edits', () => {
  it('name what was wrong and change nothing', async () => {
    const version = await versionOf(CUSTOMER);
    const changes = await changeCount(CUSTOMER);
    const admin = as('access-admin');
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ urn: CUSTOMER, expectedVersion: version, termUrns: ['urn:polder:glossaryTerm:no-such-term'] }, 'BAD_USER_INPUT', 'no GlossaryTerm urn:polder:glossaryTerm:no-such-term'],
      [{ urn: CUSTOMER, expectedVersion: version, termUrns: ["urn:polder:glossaryTerm:x' DETACH DELETE n //"] }, 'BAD_USER_INPUT', `no GlossaryTerm urn:polder:glossaryTerm:x' DETACH DELETE n //`],
      [{ urn: 'urn:polder:dataset:(a,b', expectedVersion: version, termUrns: [] }, 'BAD_USER_INPUT', 'urn: "urn:polder:dataset:(a,b" is not a Polder URN'],
      [{ urn: 'urn:polder:dataset:(sqlite,access-rentals,main.nothing)', expectedVersion: 0, termUrns: [] }, 'NOT_FOUND', 'no entity urn:polder:dataset:(sqlite,access-rentals,main.nothing)'],
      [{ urn: 'urn:polder:domain:access-rentals', expectedVersion: 0, termUrns: [] }, 'BAD_USER_INPUT', 'setTerms applies to Dataset or Field, and urn:polder:domain:access-rentals is a Domain'],
    ];
    for (const [input, code, message] of cases) {
      const { body } = await admin(SET_TERMS, { input });
      expect(body.errors![0]).toMatchObject({ message, extensions: { code } });
    }
    // Where: the argument that listed the unknown term.
    const unknownTerm = await admin(SET_TERMS, { input: cases[0]![0] });
    expect(unknownTerm.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.termUrns' });
    const tooLong = await admin(DESCRIBE, { input: { urn: CUSTOMER, expectedVersion: version, description: 'x'.repeat(10_001) } });
    expect(tooLong.body.errors![0]).toMatchObject({ message: 'description: at most 10,000 characters (got 10,001)', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await versionOf(CUSTOMER)).toBe(version);
    expect(await changeCount(CUSTOMER)).toBe(changes);
    expect(await rows(`MATCH (n:Entity {urn: $urn}) WHERE n._editLock IS NOT NULL RETURN n.urn`, { urn: CUSTOMER })).toEqual([]);
  });

  it('refuse another domain\'s dataset as a product\'s output port, even to an admin', async () => {
    await driver.executeQuery(
      `MATCH (domain:Domain {id: 'access-rentals'}) MERGE (p:DataProduct:Entity {urn: $product}) SET p.name = 'Rentals', p.status = 'ACTIVE', p.provider = 'test:access' MERGE (p)-[:IN_DOMAIN]->(domain)`,
      { product: PRODUCT },
    );
    const setPorts = (datasetUrns: string[]) =>
      as('access-admin')(`mutation ($input: SetOutputPortsInput!) { setOutputPorts(input: $input) { urn } }`, { input: { urn: PRODUCT, expectedVersion: 0, datasetUrns } });
    const { body } = await setPorts([CUSTOMER, INVOICE]);
    expect(body.errors![0]).toMatchObject({
      message: `an output port must be a dataset of the product's own domain (access-rentals); not ${INVOICE} (access-finance): another domain's dataset is an input port`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.datasetUrns' },
    });
    expect(await rows(`MATCH (:DataProduct {urn: $product})-[:EXPOSES]->(d) RETURN d.urn`, { product: PRODUCT })).toEqual([]);
    const nothing = 'urn:polder:dataset:(sqlite,access-rentals,main.nothing)';
    expect((await setPorts([CUSTOMER, nothing])).body.errors![0]).toMatchObject({ message: `no Dataset ${nothing}`, extensions: { code: 'BAD_USER_INPUT', argument: 'input.datasetUrns' } });
    expect(await rows(`MATCH (:DataProduct {urn: $product})-[:EXPOSES]->(d) RETURN d.urn`, { product: PRODUCT })).toEqual([]);
    expect((await setPorts([CUSTOMER])).body.errors).toBeUndefined();
  });
});

describe('restricted values', () => {
  it('masks column classifications of a restricted dataset outside its domain', async () => {
    const owner = as('access-rentals-owner');
    await owner(`mutation ($input: SetClassificationsInput!) { setClassifications(input: $input) { urn } }`, { input: { urn: EMAIL, expectedVersion: await versionOf(EMAIL), classifications: ['PII'] } });
    const COLUMNS = `query ($urn: ID!) { dataset(urn: $urn) { restricted fields { name classifications } } }`;
    const email = (body: GraphQLResponse) => body.data!.dataset.fields.find((field: { name: string }) => field.name === 'email');

    expect(email((await as('access-viewer')(COLUMNS, { urn: CUSTOMER })).body)).toEqual({ name: 'email', classifications: ['PII'] });
    await owner(`mutation ($input: SetRestrictedInput!) { setRestricted(input: $input) { urn } }`, { input: { urn: CUSTOMER, expectedVersion: await versionOf(CUSTOMER), restricted: true } });

    const viewer = (await as('access-viewer')(COLUMNS, { urn: CUSTOMER })).body;
    expect(viewer.data!.dataset.restricted).toBe(true);
    expect(email(viewer)).toEqual({ name: 'email', classifications: null });
    expect(email((await post(openApi, COLUMNS, { urn: CUSTOMER })).body)).toEqual({ name: 'email', classifications: null });
    expect(email((await owner(COLUMNS, { urn: CUSTOMER })).body)).toEqual({ name: 'email', classifications: ['PII'] });
    expect(email((await as('access-steward')(COLUMNS, { urn: CUSTOMER })).body)).toEqual({ name: 'email', classifications: ['PII'] });

    // The column's audit trail holds the classifications that were set: masked the same way.
    const HISTORY = `query ($urn: ID!) { changes(input: {urn: $urn}) { action before after } }`;
    const classified = (body: GraphQLResponse) => body.data!.changes.find((change: { action: string }) => change.action === 'setClassifications');
    expect(classified((await as('access-viewer')(HISTORY, { urn: EMAIL })).body)).toEqual({ action: 'setClassifications', before: '{"classifications":null}', after: '{"classifications":null}' });
    expect(classified((await post(openApi, HISTORY, { urn: EMAIL })).body)).toEqual({ action: 'setClassifications', before: '{"classifications":null}', after: '{"classifications":null}' });
    expect(classified((await owner(HISTORY, { urn: EMAIL })).body)).toEqual({ action: 'setClassifications', before: '{"classifications":null}', after: '{"classifications":["PII"]}' });
  });

  it("records what readers saw before and after an edit: the source's value where no person had set one", async () => {
    const column = `urn:polder:field:(${CUSTOMER},full_name)`;
    // As a crawler that reads column comments would have written it.
    await driver.executeQuery(`MATCH (n:Field {urn: $urn}) SET n.description = 'From the source.', n.tags = ['crawled']`, { urn: column });
    const owner = as('access-rentals-owner');
    await owner(DESCRIBE, { input: { urn: column, expectedVersion: await versionOf(column), description: 'Written by a person.' } });
    await owner(DESCRIBE, { input: { urn: column, expectedVersion: await versionOf(column), description: null } });
    await owner(`mutation ($input: SetTagsInput!) { setTags(input: $input) { urn } }`, { input: { urn: column, expectedVersion: await versionOf(column), tags: ['gold'] } });
    const { body } = await owner(`query ($urn: ID!) { changes(input: {urn: $urn}) { action before after } }`, { urn: column });
    expect(body.data!.changes).toEqual([
      { action: 'setTags', before: '{"tags":["crawled"]}', after: '{"tags":["gold"]}' },
      // Set back to nothing, the source's description shows again.
      { action: 'updateDescription', before: '{"description":"Written by a person."}', after: '{"description":"From the source."}' },
      { action: 'updateDescription', before: '{"description":"From the source."}', after: '{"description":"Written by a person."}' },
    ]);
  });

  it('masks the classified terms a restricted dataset carries, wherever an assignment shows: the asset, the term, the audit, suggestions', async () => {
    const owner = as('access-rentals-owner');
    // A restricted dataset, whose column carries a classified term and an unclassified one.
    await owner(`mutation ($input: SetRestrictedInput!) { setRestricted(input: $input) { urn } }`, { input: { urn: CUSTOMER, expectedVersion: await versionOf(CUSTOMER), restricted: true } });
    await owner(SET_TERMS, { input: { urn: EMAIL, expectedVersion: await versionOf(EMAIL), termUrns: [EMAIL_TERM, TERM] } });
    const readers = { viewer: as('access-viewer'), anonymous: (query: string, variables: Record<string, unknown> = {}) => post(openApi, query, variables) };
    const seers = { owner, steward: as('access-steward') };

    const COLUMN = `query ($urn: ID!) { entity(urn: $urn) { ... on Field { terms { urn } inheritedClassifications } } }`;
    for (const read of Object.values(readers)) expect((await read(COLUMN, { urn: EMAIL })).body.data!.entity).toEqual({ terms: [{ urn: TERM }], inheritedClassifications: null });
    for (const read of Object.values(seers)) expect((await read(COLUMN, { urn: EMAIL })).body.data!.entity).toEqual({ terms: [{ urn: EMAIL_TERM }, { urn: TERM }], inheritedClassifications: ['PII'] });

    const CARRIERS = `query ($urn: ID!) { glossaryTerm(urn: $urn) { carryingDatasets { total datasets { dataset { urn } columns { name } } } } }`;
    for (const read of Object.values(readers)) expect((await read(CARRIERS, { urn: EMAIL_TERM })).body.data!.glossaryTerm.carryingDatasets).toEqual({ total: 0, datasets: [] });
    for (const read of Object.values(seers)) {
      expect((await read(CARRIERS, { urn: EMAIL_TERM })).body.data!.glossaryTerm.carryingDatasets).toEqual({ total: 1, datasets: [{ dataset: { urn: CUSTOMER }, columns: [{ name: 'email' }] }] });
    }
    // An unclassified term's carriers tell nothing masked.
    expect((await readers.viewer(CARRIERS, { urn: TERM })).body.data!.glossaryTerm.carryingDatasets.datasets).toContainEqual({ dataset: { urn: CUSTOMER }, columns: [{ name: 'email' }] });

    // The audit entry of the edit: the classified term is left out of the values, and gets no name.
    const HISTORY = `query ($urn: ID!) { changes(input: {urn: $urn}) { action after names { urn } } }`;
    const setTerms = (body: GraphQLResponse) => body.data!.changes.find((change: { action: string }) => change.action === 'setTerms');
    for (const read of Object.values(readers)) expect(setTerms((await read(HISTORY, { urn: EMAIL })).body)).toEqual({ action: 'setTerms', after: JSON.stringify({ terms: [TERM] }), names: [{ urn: TERM }] });
    expect(setTerms((await owner(HISTORY, { urn: EMAIL })).body)).toEqual({
      action: 'setTerms',
      after: JSON.stringify({ terms: [EMAIL_TERM, TERM].sort() }),
      names: [EMAIL_TERM, TERM].sort().map((urn) => ({ urn })),
    });

    // A suggestion of a classified term for a restricted dataset's column tells the same, once accepted or not.
    expect((await as('access-steward')(`mutation { runTermSuggestionRules(input: {datasetUrns: ["${CUSTOMER}"]}) { created } }`)).body.errors).toBeUndefined();
    const SUGGESTIONS = `{ termSuggestions(input: {status: PENDING, limit: 500}) { field { urn } term { urn } } }`;
    const suggested = (body: GraphQLResponse) => body.data!.termSuggestions.filter((suggestion: { term: { urn: string } }) => suggestion.term.urn === NAME_TERM);
    expect(suggested((await as('access-steward')(SUGGESTIONS)).body)).toEqual([{ field: { urn: FULL_NAME }, term: { urn: NAME_TERM } }]);
    for (const read of Object.values(readers)) expect(suggested((await read(SUGGESTIONS)).body)).toEqual([]);
    const suggestedHistory = (body: GraphQLResponse) => body.data!.changes.find((change: { action: string }) => change.action === 'runTermSuggestionRules')?.after;
    expect(JSON.parse(suggestedHistory((await readers.viewer(HISTORY, { urn: FULL_NAME })).body))).toMatchObject({ suggestedTerm: null, suggestionStatus: 'PENDING' });
    expect(JSON.parse(suggestedHistory((await owner(HISTORY, { urn: FULL_NAME })).body))).toMatchObject({ suggestedTerm: NAME_TERM, suggestionStatus: 'PENDING' });
  });
});

describe('search after an edit', () => {
  it('queues the edited dataset for re-indexing in the same transaction', async () => {
    await driver.executeQuery(`MATCH (o:IndexOutbox {urn: $urn}) DELETE o`, { urn: CUSTOMER });
    await as('access-admin')(DESCRIBE, { input: { urn: EMAIL, expectedVersion: await versionOf(EMAIL), description: 'Receipts and reminders go here' } });
    expect(await rows(`MATCH (o:IndexOutbox {urn: $urn}) RETURN o.urn AS urn`, { urn: CUSTOMER })).toEqual([{ urn: CUSTOMER }]);
  });
});

describe('pushing lineage', () => {
  const event = {
    eventType: 'COMPLETE',
    eventTime: '2026-11-30T10:00:00.000Z',
    producer: 'https://polder.invalid/access-test',
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId: '00000000-0000-4000-8000-00000000a11c' },
    job: { namespace: 'access-test', name: 'nightly' },
    inputs: [],
    outputs: [],
  };
  const push = (secret?: string) =>
    fetch(`${api.url}/api/v1/lineage`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
      body: JSON.stringify(event),
    });
  const writeToken = async (username: string) =>
    (await as(username)(`mutation { createApiToken(input: {name: "lineage", scopes: [READ, WRITE]}) { secret } }`)).body.data!.createApiToken.secret as string;

  afterAll(async () => {
    await driver.executeQuery(`MATCH (n:Entity) WHERE n.provider IN ['openlineage:access-test', 'openlineage:access-test-store'] DETACH DELETE n`);
  });

  it('needs a token of a domain owner or an admin', async () => {
    const anonymous = await push();
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ code: 401, message: 'sign in or send an API token to make changes' });

    // A steward may change things (a viewer gets no WRITE token at all), but not push lineage.
    const steward = await push(await writeToken('access-steward'));
    expect(steward.status).toBe(403);
    expect(await steward.json()).toEqual({ code: 403, message: 'access-steward may not push lineage: only domain owners and admins may' });
    expect(await rows(`MATCH (j:Job {urn: 'urn:polder:job:(access-test,nightly)'}) RETURN j.urn`)).toEqual([]);

    expect((await push(await writeToken('access-rentals-owner'))).status).toBe(201);
    expect(await rows(`MATCH (j:Job {urn: 'urn:polder:job:(access-test,nightly)'}) RETURN j.urn AS urn`)).toEqual([{ urn: 'urn:polder:job:(access-test,nightly)' }]);
  });

  it("lets a domain owner read another domain's datasets, but not write to them, assert on them or report runs of their jobs", async () => {
    // A dataset of the finance domain, named as a producer names it.
    const ledger = { namespace: 'access-test-store', name: 'finance.ledger' };
    const ledgerUrn = 'urn:polder:dataset:(openlineage,access-test-store,finance.ledger)';
    await driver.executeQuery(
      `MATCH (d:Domain {id: 'access-finance'})
       CREATE (:Dataset:Entity {urn: $urn, name: 'ledger', status: 'ACTIVE', provider: 'openlineage:access-test'})-[:IN_DOMAIN]->(d)`,
      { urn: ledgerUrn },
    );
    const send = async (secret: string, body: Record<string, unknown>) => {
      const response = await fetch(`${api.url}/api/v1/lineage`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` }, body: JSON.stringify({ ...event, ...body }) });
      return { status: response.status, body: response.status === 201 ? null : ((await response.json()) as { code: number; message: string }) };
    };
    const rentalsOwner = await writeToken('access-rentals-owner');
    const edges = () => rows(`MATCH (:Job)-[r]->(:Dataset {urn: $urn}) RETURN type(r) AS type ORDER BY type`, { urn: ledgerUrn });

    expect(await send(rentalsOwner, { run: { runId: '00000000-0000-4000-8000-00000000a12c' }, inputs: [ledger] })).toEqual({ status: 201, body: null });
    expect(await edges()).toEqual([{ type: 'READS' }]);

    const written = await send(rentalsOwner, { run: { runId: '00000000-0000-4000-8000-00000000a13c' }, outputs: [ledger] });
    expect(written.status).toBe(403);
    expect(written.body!.message).toBe(
      `access-rentals-owner may not push lineage that writes to, derives or asserts on datasets of domains they do not own (${ledgerUrn}): only those domains' owners and admins may. Nothing was written.`,
    );
    const asserted = await send(rentalsOwner, {
      run: { runId: '00000000-0000-4000-8000-00000000a14c' },
      inputs: [{ ...ledger, inputFacets: { dataQualityAssertions: { _producer: event.producer, _schemaURL: 'https://openlineage.io/spec/facets/1-0-1/DataQualityAssertionsDatasetFacet.json', assertions: [{ assertion: 'not_null', success: false }] } } }],
    });
    expect(asserted.status).toBe(403);
    expect(await edges()).toEqual([{ type: 'READS' }]);
    expect(await rows(`MATCH (c:QualityCheck)-[:CHECKS]->(:Dataset {urn: $urn}) RETURN c.urn`, { urn: ledgerUrn })).toEqual([]);

    expect((await send(await writeToken('access-admin'), { run: { runId: '00000000-0000-4000-8000-00000000a15c' }, outputs: [ledger] })).status).toBe(201);
    expect(await edges()).toEqual([{ type: 'READS' }, { type: 'WRITES' }]);

    // The job now writes the ledger, so its runs show on it (a failed one too), and what it reads is the
    // ledger's upstream: a run of it is the finance domain's to report, even one that names no dataset.
    const job = 'urn:polder:job:(access-test,nightly)';
    const runsOfJob = () => rows(`MATCH (r:Run)-[:RUN_OF]->(:Job {urn: $job}) RETURN r.urn AS urn ORDER BY urn`, { job });
    const runsBefore = await runsOfJob();
    const failed = await send(rentalsOwner, { eventType: 'FAIL', run: { runId: '00000000-0000-4000-8000-00000000a16c' } });
    expect(failed.status).toBe(403);
    expect(failed.body!.message).toBe(
      `access-rentals-owner may not push runs of jobs that write to datasets of domains they do not own (${job}): only those domains' owners and admins may. Nothing was written.`,
    );
    const both = await send(rentalsOwner, { run: { runId: '00000000-0000-4000-8000-00000000a17c' }, outputs: [ledger] });
    expect(both.body!.message).toBe(
      `access-rentals-owner may not push lineage that writes to, derives or asserts on datasets of domains they do not own (${ledgerUrn}), nor runs of jobs that write to such datasets (${job}): only those domains' owners and admins may. Nothing was written.`,
    );
    expect(await runsOfJob()).toEqual(runsBefore);
    // Another job of the rentals owner's may still read the ledger.
    const ownJob = await send(rentalsOwner, { job: { namespace: 'access-test', name: 'rentals-nightly' }, run: { runId: '00000000-0000-4000-8000-00000000a18c' }, inputs: [ledger] });
    expect(ownJob).toEqual({ status: 201, body: null });
  });
});

describe('crawls on request', () => {
  let withScheduler: ApiServer;
  const scheduler = new TaskScheduler(testLogger);
  const TRIGGER = `mutation ($id: ID!) { triggerCrawl(input: {sourceId: $id}) { sourceId status } }`;
  const runs = async () => (await rows<{ count: number }>(`MATCH (r:CrawlRun {sourceUrn: 'urn:polder:source:access-rentals'}) RETURN count(r) AS count`))[0]!.count;

  beforeAll(async () => {
    withScheduler = await startApiServer(
      {
        ...apiDependencies,
        crawls: crawlOnRequest(
          scheduler,
          sources.map((source) => crawlTask(source, (crawled) => crawlSource(driver, crawled, { logger: testLogger }))),
        ),
      },
      { host: '127.0.0.1', port: 0 },
    );
  });
  afterAll(async () => {
    await scheduler.stop();
    await withScheduler?.stop();
  });

  it('lets an admin crawl a source now, audited, and nobody else', async () => {
    const before = await runs();
    const viewer = await post(withScheduler, TRIGGER, { id: 'access-rentals' }, sessions['access-rentals-owner']);
    expect(viewer.body.errors![0]).toMatchObject({ message: 'access-rentals-owner may not manage sources or trigger crawls: only admins may', extensions: { code: 'FORBIDDEN' } });

    const started = await post(withScheduler, TRIGGER, { id: 'access-rentals' }, sessions['access-admin']);
    expect(started.body.data).toEqual({ triggerCrawl: { sourceId: 'access-rentals', status: 'STARTED' } });
    await scheduler.stop();
    expect(await runs()).toBe(before + 1);
    expect(await rows(`MATCH (c:Change {action: 'triggerCrawl'})-[:ABOUT]->(:Source {urn: 'urn:polder:source:access-rentals'}) RETURN c.actor AS actor, c.after AS after`)).toEqual([
      { actor: 'access-admin', after: JSON.stringify({ outcome: 'STARTED' }) },
    ]);

    const unknown = await post(withScheduler, TRIGGER, { id: 'no-such-source' }, sessions['access-admin']);
    expect(unknown.body.errors![0]).toMatchObject({ message: 'no source "no-such-source" in polder.yaml', extensions: { code: 'NOT_FOUND' } });
    const noScheduler = await post(api, TRIGGER, { id: 'access-rentals' }, sessions['access-admin']);
    expect(noScheduler.body.errors![0]!.extensions!.code).toBe('UNAVAILABLE');
  });
});

describe('reordering a list whose order means nothing', () => {
  it('takes the same tags or owners in another order as no change: no new version, no audit entry, nothing queued', async () => {
    const admin = as('access-admin');
    const SET_TAGS = `mutation ($input: SetTagsInput!) { setTags(input: $input) { ... on Dataset { version tags } ... on Field { version tags } } }`;
    const SET_OWNERS = `mutation ($input: SetOwnersInput!) { setOwners(input: $input) { ... on Dataset { version owners { name type } } } }`;
    const owners = (...rows: Array<[string, string]>) => rows.map(([name, type]) => ({ name, type }));
    const version = await versionOf(INVOICE);
    await admin(SET_TAGS, { input: { urn: INVOICE, expectedVersion: version, tags: ['a', 'b'] } });
    await admin(SET_OWNERS, { input: { urn: INVOICE, expectedVersion: version + 1, owners: owners(['ada', 'BUSINESS_OWNER'], ['ops', 'TECHNICAL_OWNER']) } });
    const fieldVersion = await versionOf(EMAIL);
    await admin(SET_TAGS, { input: { urn: EMAIL, expectedVersion: fieldVersion, tags: ['x', 'y'] } });
    const [changes, fieldChanges] = [await changeCount(INVOICE), await changeCount(EMAIL)];
    await driver.executeQuery(`MATCH (o:IndexOutbox) WHERE o.urn IN $urns DELETE o`, { urns: [INVOICE, CUSTOMER] });

    const tags = await admin(SET_TAGS, { input: { urn: INVOICE, expectedVersion: version + 2, tags: ['b', 'a'] } });
    expect(tags.body.data!.setTags).toEqual({ version: version + 2, tags: ['a', 'b'] });
    const reordered = await admin(SET_OWNERS, { input: { urn: INVOICE, expectedVersion: version + 2, owners: owners(['ops', 'TECHNICAL_OWNER'], ['ada', 'BUSINESS_OWNER']) } });
    expect(reordered.body.data!.setOwners.version).toBe(version + 2);
    const fieldTags = await admin(SET_TAGS, { input: { urn: EMAIL, expectedVersion: fieldVersion + 1, tags: ['y', 'x'] } });
    expect(fieldTags.body.data!.setTags).toEqual({ version: fieldVersion + 1, tags: ['x', 'y'] });
    expect([await changeCount(INVOICE), await changeCount(EMAIL)]).toEqual([changes, fieldChanges]);
    expect(await rows(`MATCH (o:IndexOutbox) WHERE o.urn IN $urns RETURN o`, { urns: [INVOICE, CUSTOMER] })).toEqual([]);

    // The same names with their ownership types swapped is a change.
    const swapped = await admin(SET_OWNERS, { input: { urn: INVOICE, expectedVersion: version + 2, owners: owners(['ada', 'TECHNICAL_OWNER'], ['ops', 'BUSINESS_OWNER']) } });
    expect(swapped.body.data!.setOwners).toEqual({ version: version + 3, owners: owners(['ada', 'TECHNICAL_OWNER'], ['ops', 'BUSINESS_OWNER']) });
    expect(await changeCount(INVOICE)).toBe(changes + 1);
  });
});
