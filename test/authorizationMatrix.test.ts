/**
 * The authorization matrix over HTTP: every GraphQL mutation × every role, sent
 * through a real API server to a real Neo4j.
 *
 * EXPECTED below is written from the rules as README's "Access and edits" and
 * "Glossary and polysemes" state them, not copied from authorize.ts, so a wrong
 * rule there (or a service that forgets to ask it) fails a cell. The roles are
 * the callers README names — anonymous (on a server that lets anonymous callers
 * read), each role's account signed in, a domain owner of the asset's domain and
 * one of another domain — plus the admin's account through a read-only API
 * token, which may change nothing whatever its account may. Each cell:
 *
 *   ok    allowed: no error, and the graph changed (with the audit entry the
 *         mutation writes, when it writes one, by the caller)
 *   noop  allowed, with nothing to change (logging out without a session)
 *   401   refused with UNAUTHENTICATED, and the graph unchanged
 *   403   refused with FORBIDDEN, and the graph unchanged
 *   404   refused with NOT_FOUND (the API does not reveal what is not the
 *         caller's), and the graph unchanged
 *
 * "The graph unchanged" is checked whole, not on one property: the count of all
 * nodes and relationships, and every property of every node of this file's
 * fixture (URNs with "authz", the authz-* accounts) with every relationship and
 * neighbour around it — versions, audit entries, outbox entries, sessions,
 * tokens, suggestions, mappings — are the same after the refused request.
 *
 * The mutations are enumerated from the schema, the committed SDL and the one the
 * server builds: a mutation without a row in EXPECTED fails the first test, so a
 * new one cannot go untested. Each cell prepares its own inputs (a fresh term, a
 * token to revoke, the version to expect), so cells do not depend on each other.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { buildSchema, getNamedType, isLeafType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource } from '@polder/crawlers';
import { AccessService, AccountService, DEFAULT_ACCESS_SETTINGS, polderSchema, startApiServer, type ApiServer } from '@polder/api';
import type { SourceConfig } from '@polder/runtime';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';

// ---------------------------------------------------------------- the expected matrix

const ROLES = ['anonymous', 'viewer', 'steward', 'owner', 'otherOwner', 'council', 'admin', 'readOnlyToken'] as const;
type Role = (typeof ROLES)[number];
type Cell = 'ok' | 'noop' | '401' | '403' | '404';

/**
 * The account of each role; `owner` owns authz-a, the domain of every asset below; `otherOwner` owns authz-b.
 * `readOnlyToken` is the admin's account through an API token with scope READ only: it may change nothing.
 */
const ACCOUNTS: Record<Exclude<Role, 'anonymous' | 'readOnlyToken'>, { username: string; roles: string[]; domains?: string[] }> = {
  viewer: { username: 'authz-viewer', roles: ['VIEWER'] },
  steward: { username: 'authz-steward', roles: ['STEWARD'] },
  owner: { username: 'authz-owner', roles: ['DOMAIN_OWNER'], domains: ['authz-a'] },
  otherOwner: { username: 'authz-other-owner', roles: ['DOMAIN_OWNER'], domains: ['authz-b'] },
  council: { username: 'authz-council', roles: ['COUNCIL'] },
  admin: { username: 'authz-admin', roles: ['ADMIN'] },
};

// prettier-ignore
const EXPECTED = table(`
  mutation                   | scenario (every asset is in domain authz-a)                      | anonymous | viewer | steward | owner | otherOwner | council | admin | readOnlyToken
  login                      | sign in as another account                                       | ok        | ok     | ok      | ok    | ok         | ok      | ok    | ok
  logout                     | end the caller's own session                                     | noop      | ok     | ok      | ok    | ok         | ok      | ok    | noop
  createApiToken             | a token for the caller's account                                 | 401       | ok     | ok      | ok    | ok         | ok      | ok    | 403
  revokeApiToken             | a token of the caller's account (anonymous: a viewer's)          | 401       | ok     | ok      | ok    | ok         | ok      | ok    | 403
  revokeApiToken             | a token of another account                                       | 401       | 404    | 404     | 404   | 404        | 404     | ok    | 403
  triggerCrawl               | crawl the domain's source now                                    | 401       | 403    | 403     | 403   | 403        | 403     | ok    | 403
  updateDescription          | a table                                                          | 401       | 403    | 403     | ok    | 403        | 403     | ok    | 403
  updateDescription          | a column                                                         | 401       | 403    | 403     | ok    | 403        | 403     | ok    | 403
  updateDescription          | the domain itself                                                | 401       | 403    | 403     | ok    | 403        | 403     | ok    | 403
  updateDescription          | a data product                                                   | 401       | 403    | 403     | ok    | 403        | 403     | ok    | 403
  setOwners                  | a table                                                          | 401       | 403    | 403     | ok    | 403        | 403     | ok    | 403
  setTags                    | a column                                                         | 401       | 403    | 403     | ok    | 403        | 403     | ok    | 403
  setTerms                   | a column                                                         | 401       | 403    | ok      | ok    | 403        | 403     | ok    | 403
  setClassifications         | a column                                                         | 401       | 403    | ok      | ok    | 403        | 403     | ok    | 403
  setCertification           | a table                                                          | 401       | 403    | 403     | ok    | 403        | 403     | ok    | 403
  setRestricted              | a table                                                          | 401       | 403    | 403     | ok    | 403        | 403     | ok    | 403
  setOutputPorts             | a data product exposing a table of its domain                    | 401       | 403    | 403     | ok    | 403        | 403     | ok    | 403
  createGlossaryTerm         | in the domain's glossary                                         | 401       | 403    | ok      | ok    | 403        | 403     | ok    | 403
  createGlossaryTerm         | in the enterprise glossary                                       | 401       | 403    | ok      | 403   | 403        | ok      | ok    | 403
  updateGlossaryTerm         | a draft term of the domain's glossary                            | 401       | 403    | ok      | ok    | 403        | 403     | ok    | 403
  updateGlossaryTerm         | a draft term of the enterprise glossary                          | 401       | 403    | ok      | 403   | 403        | ok      | ok    | 403
  changeGlossaryTermStatus   | submit a draft term of the domain for review                     | 401       | 403    | ok      | ok    | 403        | 403     | ok    | 403
  changeGlossaryTermStatus   | approve a term in review naming the steward (owner submitted it) | 401       | 403    | ok      | 403   | 403        | 403     | 403   | 403
  changeGlossaryTermStatus   | approve a term the caller submitted, though named as reviewer    | 401       | 403    | 403     | 403   | 403        | 403     | 403   | 403
  addGlossaryTermRelation    | from a term of the domain's glossary                             | 401       | 403    | ok      | ok    | 403        | 403     | ok    | 403
  removeGlossaryTermRelation | from a term of the domain's glossary                             | 401       | 403    | ok      | ok    | 403        | 403     | ok    | 403
  importGlossary             | into the domain's glossary                                       | 401       | 403    | ok      | ok    | 403        | 403     | ok    | 403
  importGlossary             | into the enterprise glossary                                     | 401       | 403    | ok      | 403   | 403        | ok      | ok    | 403
  runTermSuggestionRules     | over a table of the domain                                       | 401       | 403    | ok      | 403   | 403        | 403     | ok    | 403
  decideTermSuggestion       | accept a suggestion for a column                                 | 401       | 403    | ok      | ok    | 403        | 403     | ok    | 403
  createPolyseme             | a new polyseme                                                   | 401       | 403    | 403     | 403   | 403        | ok      | ok    | 403
  proposePolyseme            | from a word defined in the domain and in another                 | 401       | 403    | 403     | 403   | 403        | ok      | ok    | 403
  updatePolyseme             | its description                                                  | 401       | 403    | 403     | 403   | 403        | ok      | ok    | 403
  setSenseMapping            | between the domain's sense and another's                         | 401       | 403    | 403     | 403   | 403        | ok      | ok    | 403
  removeSenseMapping         | between the domain's sense and another's                         | 401       | 403    | 403     | 403   | 403        | ok      | ok    | 403
  setIdentityFields          | of the domain's sense, a column of the domain                    | 401       | 403    | ok      | ok    | 403        | 403     | ok    | 403
`);

interface Row {
  mutation: string;
  scenario: string;
  cells: Record<Role, Cell>;
}

/** Parses the table above: a header line, then one line per row, columns split on `|`. */
function table(text: string): Row[] {
  const [header, ...lines] = text.trim().split('\n').map((line) => line.split('|').map((cell) => cell.trim()));
  const roles = header!.slice(2);
  if (roles.join() !== ROLES.join()) throw new Error(`EXPECTED's columns must be ${ROLES.join(', ')}`);
  return lines.map((cells) => {
    const [mutation, scenario, ...values] = cells;
    if (values.length !== ROLES.length || values.some((value) => !['ok', 'noop', '401', '403', '404'].includes(value))) throw new Error(`bad row in EXPECTED: ${cells.join(' | ')}`);
    return { mutation: mutation!, scenario: scenario!, cells: Object.fromEntries(ROLES.map((role, index) => [role, values[index] as Cell])) as Record<Role, Cell> };
  });
}

// ---------------------------------------------------------------- the fixture

const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'polder-authz-'));
const SOURCE: SourceConfig = { id: 'authz-a-db', kind: 'sqlite', domain: 'authz-a', path: join(dir, 'a.db'), include: [], exclude: [] };
const OTHER_SOURCE: SourceConfig = { id: 'authz-b-db', kind: 'sqlite', domain: 'authz-b', path: join(dir, 'b.db'), include: [], exclude: [] };
const TABLE = 'urn:polder:dataset:(sqlite,authz-a-db,main.customer)';
const column = (name: string) => `urn:polder:field:(${TABLE},${name})`;
const DOMAIN = 'urn:polder:domain:authz-a';
const PRODUCT = 'urn:polder:dataProduct:(authz-a,customers)';
const PASSWORD = 'the authz matrix password';
/** The account `login` signs in as, and whose token is "another account's". */
const BYSTANDER = 'authz-bystander';

let api: ApiServer;
const sessions: Partial<Record<Role, string>> = {};
/** Every crawl the API asked for: the trigger records requests instead of crawling, so a cell's effect is over when its request is. */
const crawlRequests: string[] = [];
const access = new AccessService(driver, DEFAULT_ACCESS_SETTINGS);

async function post(query: string, variables: Record<string, unknown>, secret?: string): Promise<GraphQLResponse> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse;
}

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

const username = (role: Role) => (role === 'anonymous' ? 'anonymous' : ACCOUNTS[role === 'readOnlyToken' ? 'admin' : role].username);
/** The version an edit must name: a person's edits of an asset count in `editable_version`; terms and polysemes in `version`. */
const versionOf = async (urn: string) =>
  Number(
    (await rows<{ version: unknown }>(`MATCH (n:Entity {urn: $urn}) RETURN CASE WHEN n:GlossaryTerm OR n:Polyseme THEN n.version ELSE coalesce(n.editable_version, 0) END AS version`, { urn }))[0]!
      .version,
  );

/** As the admin: a glossary term, optionally moved straight to a status (fixtures only; the matrix tests the moves). */
async function term(glossary: string, name: string, extra: Record<string, unknown> = {}, status?: { termStatus: string; reviewRequestedBy?: string }): Promise<string> {
  const created = await post(`mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { urn } }`, { input: { glossary, name, ...extra } }, sessions.admin);
  if (created.errors) throw new Error(`fixture term "${name}": ${JSON.stringify(created.errors)}`);
  const urn = created.data!.createGlossaryTerm.urn as string;
  if (status) await driver.executeQuery(`MATCH (t:GlossaryTerm {urn: $urn}) SET t.termStatus = $status.termStatus, t.reviewRequestedBy = $status.reviewRequestedBy`, { urn, status: { reviewRequestedBy: null, ...status } });
  return urn;
}

/** What a cell sends: the mutation's variables, and the credentials when they are not the role's session. */
interface Prepared {
  variables: Record<string, unknown>;
  secret?: string;
}

interface Scenario {
  prepare(role: Role): Promise<Prepared>;
  /** The audit entry an allowed call writes (action), by the caller. */
  audit?: string;
}

const fixture = {
  senseA: '',
  senseB: '',
  polyseme: '',
  domainDraft: '',
  enterpriseDraft: '',
  relationFrom: '',
  relationTo: '',
  assignable: '',
  suggestible: '',
};

/** How each row of EXPECTED is played: keyed `mutation | scenario`. */
const SCENARIOS: Record<string, Scenario> = {
  'login | sign in as another account': { prepare: async () => ({ variables: { input: { username: BYSTANDER, password: PASSWORD } } }) },
  "logout | end the caller's own session": {
    // A session of its own, so the role's main session lives on for the other cells; a token is no session to end.
    prepare: async (role) => ({ variables: {}, secret: role === 'anonymous' || role === 'readOnlyToken' ? undefined : (await access.login(username(role), PASSWORD, 'authz-test')).session }),
  },
  "createApiToken | a token for the caller's account": { prepare: async (role) => ({ variables: { input: { name: `authz ${role}`, scopes: ['READ'] } } }) },
  "revokeApiToken | a token of the caller's account (anonymous: a viewer's)": {
    prepare: async (role) => {
      const owner = role === 'anonymous' ? ACCOUNTS.viewer.username : username(role);
      const { token } = await access.issueApiToken(owner, { name: 'to revoke', scopes: ['READ'], expiresInDays: 1 }, ['READ']);
      return { variables: { input: { id: token.id } } };
    },
  },
  'revokeApiToken | a token of another account': {
    prepare: async () => {
      const { token } = await access.issueApiToken(BYSTANDER, { name: 'not yours', scopes: ['READ'], expiresInDays: 1 }, ['READ']);
      return { variables: { input: { id: token.id } } };
    },
  },
  "triggerCrawl | crawl the domain's source now": { prepare: async () => ({ variables: { input: { sourceId: SOURCE.id } } }), audit: 'triggerCrawl' },
  'updateDescription | a table': edit(TABLE, 'updateDescription', (role) => ({ description: `described by ${role}` })),
  'updateDescription | a column': edit(column('email'), 'updateDescription', (role) => ({ description: `described by ${role}` })),
  'updateDescription | the domain itself': edit(DOMAIN, 'updateDescription', (role) => ({ description: `described by ${role}` })),
  'updateDescription | a data product': edit(PRODUCT, 'updateDescription', (role) => ({ description: `described by ${role}` })),
  'setOwners | a table': edit(TABLE, 'setOwners', (role) => ({ owners: [{ name: `${role}@authz.invalid`, type: 'BUSINESS_OWNER' }] })),
  'setTags | a column': edit(column('email'), 'setTags', (role) => ({ tags: [`tagged-by-${role}`] })),
  'setTerms | a column': undoingFirst(`MATCH (:Field {urn: $urn})-[r:MEANS {provider: 'person'}]->() DELETE r`, column('email'), edit(column('email'), 'setTerms', () => ({ termUrns: [fixture.assignable] }))),
  'setClassifications | a column': undoingFirst(`MATCH (f:Field {urn: $urn}) REMOVE f.editable_classifications`, column('email'), edit(column('email'), 'setClassifications', () => ({ classifications: ['PII'] }))),
  'setCertification | a table': edit(TABLE, 'setCertification', (role) => ({ certified: true, note: `certified by ${role}` })),
  'setRestricted | a table': undoingFirst(`MATCH (d:Dataset {urn: $urn}) REMOVE d.editable_restricted`, TABLE, edit(TABLE, 'setRestricted', () => ({ restricted: true }))),
  'setOutputPorts | a data product exposing a table of its domain': undoingFirst(
    `MATCH (:DataProduct {urn: $urn})-[r:EXPOSES {provider: 'person'}]->() DELETE r`,
    PRODUCT,
    edit(PRODUCT, 'setOutputPorts', () => ({ datasetUrns: [TABLE] })),
  ),
  "createGlossaryTerm | in the domain's glossary": {
    prepare: async (role) => ({ variables: { input: { glossary: 'authz-a', name: `Authz made by ${role}` } } }),
    audit: 'createGlossaryTerm',
  },
  'createGlossaryTerm | in the enterprise glossary': {
    prepare: async (role) => ({ variables: { input: { glossary: 'enterprise', name: `Authz enterprise made by ${role}` } } }),
    audit: 'createGlossaryTerm',
  },
  "updateGlossaryTerm | a draft term of the domain's glossary": termEdit(() => fixture.domainDraft, 'updateGlossaryTerm', (role) => ({ definition: `as ${role} puts it` })),
  'updateGlossaryTerm | a draft term of the enterprise glossary': termEdit(() => fixture.enterpriseDraft, 'updateGlossaryTerm', (role) => ({ definition: `as ${role} puts it` })),
  'changeGlossaryTermStatus | submit a draft term of the domain for review': {
    prepare: async (role) => {
      const urn = await term('authz-a', `Authz to submit by ${role}`, { reviewers: [ACCOUNTS.steward.username, ACCOUNTS.council.username] });
      return { variables: { input: { urn, expectedVersion: await versionOf(urn), status: 'IN_REVIEW', comment: 'ready for review' } } };
    },
    audit: 'submitGlossaryTerm',
  },
  'changeGlossaryTermStatus | approve a term in review naming the steward (owner submitted it)': {
    prepare: async (role) => {
      const urn = await term('authz-a', `Authz to approve by ${role}`, { reviewers: [ACCOUNTS.steward.username] }, { termStatus: 'IN_REVIEW', reviewRequestedBy: ACCOUNTS.owner.username });
      return { variables: { input: { urn, expectedVersion: await versionOf(urn), status: 'APPROVED', comment: 'agreed' } } };
    },
    audit: 'approveGlossaryTerm',
  },
  'changeGlossaryTermStatus | approve a term the caller submitted, though named as reviewer': {
    prepare: async (role) => {
      // Anonymous submits nothing: the term names another account as its submitter (a reviewer must be an account).
      const caller = role === 'anonymous' ? BYSTANDER : username(role);
      const urn = await term('authz-a', `Authz own approval by ${role}`, { reviewers: [caller, ACCOUNTS.steward.username] }, { termStatus: 'IN_REVIEW', reviewRequestedBy: caller });
      return { variables: { input: { urn, expectedVersion: await versionOf(urn), status: 'APPROVED', comment: 'my own, agreed' } } };
    },
  },
  "addGlossaryTermRelation | from a term of the domain's glossary": {
    // Without the relation first: adding one the term already has (an earlier role's) changes nothing, and is no edit.
    prepare: async () => {
      await driver.executeQuery(`MATCH (:GlossaryTerm {urn: $from})-[r:SEE_ALSO]-(:GlossaryTerm {urn: $to}) DELETE r`, { from: fixture.relationFrom, to: fixture.relationTo });
      return { variables: { input: { urn: fixture.relationFrom, expectedVersion: await versionOf(fixture.relationFrom), kind: 'SEE_ALSO', targetUrn: fixture.relationTo } } };
    },
    audit: 'addGlossaryTermRelation',
  },
  "removeGlossaryTermRelation | from a term of the domain's glossary": {
    prepare: async () => {
      await driver.executeQuery(`MATCH (a:GlossaryTerm {urn: $from}), (b:GlossaryTerm {urn: $to}) MERGE (a)-[r:HAS_A]->(b) SET r.provenance = 'MANUAL', r.relationStatus = 'ACTIVE'`, {
        from: fixture.relationFrom,
        to: fixture.relationTo,
      });
      return { variables: { input: { urn: fixture.relationFrom, expectedVersion: await versionOf(fixture.relationFrom), kind: 'HAS_A', targetUrn: fixture.relationTo } } };
    },
    audit: 'removeGlossaryTermRelation',
  },
  "importGlossary | into the domain's glossary": importInto('authz-a'),
  'importGlossary | into the enterprise glossary': importInto('enterprise'),
  'runTermSuggestionRules | over a table of the domain': {
    prepare: async () => {
      // What an earlier run proposed would not be proposed again: start each cell from none.
      await driver.executeQuery(`MATCH (s:Suggestion)-[:SUGGESTED_FOR]->(f:Field) WHERE f.urn STARTS WITH $prefix DETACH DELETE s`, { prefix: `urn:polder:field:(${TABLE},` });
      return { variables: { input: { datasetUrns: [TABLE] } } };
    },
  },
  'decideTermSuggestion | accept a suggestion for a column': {
    prepare: async (role) => {
      const termUrn = await term('enterprise', `Authz suggested to ${role}`, {}, { termStatus: 'APPROVED' });
      const urn = `urn:polder:suggestion:(${column('customer_id')},${termUrn})`;
      await driver.executeQuery(
        `MATCH (f:Field {urn: $field}), (t:GlossaryTerm {urn: $term})
         CREATE (s:Suggestion {urn: $urn, reason: 'a fixture', suggestionStatus: 'PENDING', status: 'ACTIVE', createdAt: $at, updatedAt: $at})
         CREATE (s)-[:SUGGESTS]->(t) CREATE (s)-[:SUGGESTED_FOR]->(f)`,
        { urn, field: column('customer_id'), term: termUrn, at: new Date().toISOString() },
      );
      return { variables: { input: { urn, accept: true } } };
    },
    audit: 'acceptTermSuggestion',
  },
  'createPolyseme | a new polyseme': { prepare: async (role) => ({ variables: { input: { label: `Authz polyseme of ${role}`, senseUrns: [] } } }), audit: 'createPolyseme' },
  'proposePolyseme | from a word defined in the domain and in another': {
    prepare: async (role) => {
      const label = `Authz Merchant ${role}`;
      await term('authz-a', label);
      await term('authz-b', label);
      return { variables: { input: { label } } };
    },
    audit: 'createPolyseme',
  },
  'updatePolyseme | its description': polysemeEdit('updatePolyseme', (role) => ({ description: `as ${role} sees it` })),
  "setSenseMapping | between the domain's sense and another's": polysemeEdit('setSenseMapping', () => ({
    fromUrn: fixture.senseA,
    toUrn: fixture.senseB,
    kind: 'SAME_AS',
    rule: 'main.customer.email = main.client.email',
    agreedBy: [ACCOUNTS.council.username],
  })),
  "removeSenseMapping | between the domain's sense and another's": {
    prepare: async () => {
      await driver.executeQuery(
        `MATCH (a:GlossaryTerm {urn: $a}), (b:GlossaryTerm {urn: $b}) WHERE NOT (a)-[:MAPS_TO]-(b)
         CREATE (a)-[:MAPS_TO {kind: 'OVERLAPS', rule: 'main.customer.email = main.client.email', agreedBy: []}]->(b)`,
        { a: fixture.senseA, b: fixture.senseB },
      );
      return { variables: { input: { urn: fixture.polyseme, expectedVersion: await versionOf(fixture.polyseme), fromUrn: fixture.senseA, toUrn: fixture.senseB } } };
    },
    audit: 'removeSenseMapping',
  },
  "setIdentityFields | of the domain's sense, a column of the domain": undoingFirst(
    `MATCH (:GlossaryTerm {urn: $urn})-[r:IDENTIFIED_BY]->() DELETE r`,
    () => fixture.senseA,
    termEdit(() => fixture.senseA, 'setIdentityFields', () => ({ fieldUrns: [column('email')] })),
  ),
};

/**
 * A scenario whose change is the same for every role, played after taking back what an earlier cell set:
 * an edit that would change nothing writes no audit entry, and each allowed cell must write one.
 */
function undoingFirst(cypher: string, urn: string | (() => string), scenario: Scenario): Scenario {
  return {
    ...scenario,
    prepare: async (role) => {
      await driver.executeQuery(cypher, { urn: typeof urn === 'string' ? urn : urn() });
      return scenario.prepare(role);
    },
  };
}

/** An edit of an asset: its current version, and the change. */
function edit(urn: string, action: string, change: (role: Role) => Record<string, unknown>): Scenario {
  return { prepare: async (role) => ({ variables: { input: { urn, expectedVersion: await versionOf(urn), ...change(role) } } }), audit: action };
}

function termEdit(urn: () => string, action: string, change: (role: Role) => Record<string, unknown>): Scenario {
  return { prepare: async (role) => ({ variables: { input: { urn: urn(), expectedVersion: await versionOf(urn()), ...change(role) } } }), audit: action };
}

function polysemeEdit(action: string, change: (role: Role) => Record<string, unknown>): Scenario {
  return termEdit(() => fixture.polyseme, action, change);
}

function importInto(glossary: string): Scenario {
  return {
    prepare: async (role) => ({
      variables: { input: { glossary, format: 'YAML', content: `version: 1\nterms:\n  - name: Authz imported into ${glossary} by ${role}\n    termStatus: DRAFT\n` } },
    }),
    audit: 'importGlossary',
  };
}

// ---------------------------------------------------------------- what a cell observes

/**
 * The state a refused request must leave as it was: counts of everything, and
 * the fixture's nodes with everything around them, hashed; plus the crawls asked for.
 */
async function fingerprint(): Promise<string> {
  const [state] = await rows(
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () {
       MATCH (n) WHERE n.urn CONTAINS 'authz' OR n.username STARTS WITH 'authz-'
       CALL (n) {
         OPTIONAL MATCH (n)-[r]-(m)
         WITH r, m ORDER BY type(r), elementId(m), elementId(r)
         RETURN collect([type(r), startNode(r) = n, properties(r), labels(m), properties(m)]) AS around
       }
       WITH n, around ORDER BY n.urn, n.username, elementId(n)
       RETURN collect([labels(n), properties(n), around]) AS fixtureNodes
     }
     RETURN nodes, relationships, fixtureNodes`,
  );
  return createHash('sha256')
    .update(JSON.stringify({ state, crawlRequests: crawlRequests.length }))
    .digest('hex');
}

const auditEntries = async (actor: string, action: string) =>
  Number((await rows<{ n: unknown }>(`MATCH (c:Change {actor: $actor, action: $action}) RETURN count(c) AS n`, { actor, action }))[0]!.n);

// ---------------------------------------------------------------- setup

async function deleteFixture(): Promise<void> {
  await driver.executeQuery(`MATCH (n) WHERE n.urn CONTAINS 'authz' OPTIONAL MATCH (c:Change)-[:ABOUT]->(n) DETACH DELETE c, n`);
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'authz-' OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`);
}

beforeAll(async () => {
  await deleteFixture();
  const a = new Database(SOURCE.path);
  a.exec(`CREATE TABLE customer (customer_id INTEGER PRIMARY KEY, email TEXT NOT NULL, full_name TEXT)`);
  a.close();
  // The other domain's table, which the mapping's join rule names: a rule's columns must be crawled ones.
  const b = new Database(OTHER_SOURCE.path);
  b.exec(`CREATE TABLE client (client_id INTEGER PRIMARY KEY, email TEXT NOT NULL)`);
  b.close();
  for (const source of [SOURCE, OTHER_SOURCE]) await writeTestMesh(driver, source);
  for (const source of [SOURCE, OTHER_SOURCE]) await crawlSource(driver, source, { logger: testLogger });
  await driver.executeQuery(
    `MATCH (d:Domain {urn: $domain})
     CREATE (p:DataProduct:Entity {urn: $urn, id: 'customers', name: 'Authz customers', status: 'ACTIVE', provider: 'authz-fixture'})-[:IN_DOMAIN]->(d)`,
    { urn: PRODUCT, domain: DOMAIN },
  );
  const accounts = new AccountService(driver);
  for (const account of [...Object.values(ACCOUNTS), { username: BYSTANDER, roles: ['VIEWER'] }]) await accounts.create({ ...account, password: PASSWORD });

  api = await startApiServer(
    {
      driver,
      meili: testMeili(),
      indexPrefix: 'test_authz_',
      logger: testLogger,
      lineage: { maxDepth: 5, maxNodes: 100 },
      // Anonymous callers may read: the stronger test, since only the write rules can stop them.
      access: { anonymousRead: true },
      crawls: {
        async request(sourceId, beforeStart) {
          if (sourceId !== SOURCE.id) return 'UNKNOWN_SOURCE';
          await beforeStart('STARTED');
          crawlRequests.push(sourceId);
          return 'STARTED';
        },
      },
    },
    { host: '127.0.0.1', port: 0 },
  );
  for (const role of ROLES) {
    if (role === 'anonymous' || role === 'readOnlyToken') continue;
    const signedIn = await post(`mutation ($input: LoginInput!) { login(input: $input) { session } }`, { input: { username: ACCOUNTS[role].username, password: PASSWORD } });
    sessions[role] = signedIn.data!.login.session;
  }
  sessions.readOnlyToken = (await access.issueApiToken(ACCOUNTS.admin.username, { name: 'authz read only', scopes: ['READ'], expiresInDays: 1 }, ['READ'])).secret;

  fixture.domainDraft = await term('authz-a', 'Authz Renter');
  fixture.enterpriseDraft = await term('enterprise', 'Authz Party');
  fixture.relationFrom = await term('authz-a', 'Authz Vehicle');
  fixture.relationTo = await term('authz-a', 'Authz Van');
  fixture.assignable = await term('enterprise', 'Authz Email address', {}, { termStatus: 'APPROVED' });
  // The suggestion rules propose it for the column full_name, which nothing else assigns it to.
  fixture.suggestible = await term('enterprise', 'Authz Name', { synonyms: ['full_name'] }, { termStatus: 'APPROVED' });
  fixture.senseA = await term('authz-a', 'Authz Customer');
  fixture.senseB = await term('authz-b', 'Authz Customer');
  const polyseme = await post(
    `mutation ($input: CreatePolysemeInput!) { createPolyseme(input: $input) { urn } }`,
    { input: { label: 'Authz Customer', senseUrns: [fixture.senseA, fixture.senseB] } },
    sessions.admin,
  );
  fixture.polyseme = polyseme.data!.createPolyseme.urn;
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await deleteFixture();
  for (const source of [SOURCE, OTHER_SOURCE]) await deleteCrawledData(driver, source);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------- the tests

/** `mutation ($input: T!) { name(input: $input) { __typename } }`, from the schema's own field. */
function documentOf(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation${variables ? ` (${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

function mutationsOf(schema: GraphQLSchema): string[] {
  return Object.keys(schema.getMutationType()?.getFields() ?? {}).sort();
}

const committedSchema = buildSchema(readFileSync(new URL('../api/schema.graphql', import.meta.url), 'utf8'));

describe('the matrix', () => {
  it('has a row for every mutation of the schema (committed SDL and built), and nothing else', async () => {
    const inSchema = [...new Set([...mutationsOf(committedSchema), ...mutationsOf(await polderSchema())])].sort();
    const inMatrix = [...new Set(EXPECTED.map((row) => row.mutation))].sort();
    expect({ withoutRow: inSchema.filter((name) => !inMatrix.includes(name)), notInSchema: inMatrix.filter((name) => !inSchema.includes(name)) }).toEqual({ withoutRow: [], notInSchema: [] });
    expect(Object.keys(SCENARIOS).sort()).toEqual(EXPECTED.map((row) => `${row.mutation} | ${row.scenario}`).sort());
  });
});

describe.each(EXPECTED)('$mutation: $scenario', (row) => {
  const scenario = SCENARIOS[`${row.mutation} | ${row.scenario}`];
  it.each(ROLES.map((role) => [role, row.cells[role]] as const))('%s → %s', async (role, cell) => {
    expect(scenario, `no scenario for "${row.mutation} | ${row.scenario}"`).toBeDefined();
    const field = committedSchema.getMutationType()!.getFields()[row.mutation];
    expect(field, `${row.mutation} is not in api/schema.graphql`).toBeDefined();
    const { variables, secret } = await scenario!.prepare(role);
    const credentials = secret ?? (role === 'anonymous' ? undefined : sessions[role]);
    const before = await fingerprint();
    const audited = scenario!.audit ? await auditEntries(username(role), scenario!.audit) : 0;

    const response = await post(documentOf(field!), variables, credentials);

    const after = await fingerprint();
    if (cell === 'ok' || cell === 'noop') {
      expect(response.errors, 'an allowed call answers without errors').toBeUndefined();
      expect(response.data?.[row.mutation], 'an allowed call answers with its result').not.toBeNull();
      if (cell === 'ok') {
        expect(after, 'an allowed call changes the graph').not.toBe(before);
        if (scenario!.audit) expect(await auditEntries(username(role), scenario!.audit), `one ${scenario!.audit} audit entry by ${username(role)}`).toBe(audited + 1);
      } else expect(after).toBe(before);
    } else {
      const code = { '401': 'UNAUTHENTICATED', '403': 'FORBIDDEN', '404': 'NOT_FOUND' }[cell];
      expect(response.errors?.map((error) => error.extensions?.code), JSON.stringify(response.errors)).toEqual([code]);
      expect(response.data?.[row.mutation] ?? null).toBeNull();
      expect(after, 'a refused call leaves the graph as it was').toBe(before);
    }
  });
});
