/**
 * The glossary's governance gaps, closed, end to end through the HTTP API against real Neo4j:
 * an approved term whose meaning is edited goes back to review (and is then neither suggested
 * nor assigned from a suggestion until approved again); reviewers and who agreed to a mapping
 * are enabled accounts; a mapping's join rule names columns that exist, each in the domain of
 * the sense it stands for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '@polder/api';
import { CSV_COLUMNS } from '../api/src/modules/glossary/glossaryCsv.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { accountsClient } from './support/accountsClient.ts';

const driver = testDriver();
const DOMAINS = ['gov-shop', 'gov-ship'];
const PASSWORD = 'a long enough password';
const ACCOUNTS = [
  { username: 'gov-steward', roles: ['STEWARD'] },
  { username: 'gov-reviewer', roles: ['STEWARD'] },
  { username: 'gov-council', roles: ['COUNCIL'] },
  { username: 'gov-gone', roles: ['VIEWER'] },
];
const dataset = (domain: string, table: string) => `urn:polder:dataset:(sqlite,${domain}-db,main.${table})`;
const field = (domain: string, table: string, column: string) => `urn:polder:field:(${dataset(domain, table)},${column})`;
let api: ApiServer;
const { as, signIn } = accountsClient();

const TERM_FIELDS = `urn name definition termStatus version owners reviewers reviewRequestedBy viewerCanEditContent`;
const CREATE = `mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { ${TERM_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateGlossaryTermInput!) { updateGlossaryTerm(input: $input) { ${TERM_FIELDS} } }`;
const STATUS = `mutation ($input: ChangeGlossaryTermStatusInput!) { changeGlossaryTermStatus(input: $input) { ${TERM_FIELDS} } }`;
const TERM = `query ($urn: ID!) { glossaryTerm(urn: $urn) { ${TERM_FIELDS} history { version actor action diff { field before after } } } }`;
const IMPORT = `mutation ($input: ImportGlossaryInput!) { importGlossary(input: $input) { created updated statusesHeld { name reason } } }`;

async function call(username: string, query: string, variables: Record<string, unknown>) {
  const body = await as(username)(query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/** An enterprise term approved by gov-reviewer (submitted by gov-steward), with `reviewers`. */
async function approvedTerm(name: string, reviewers = ['gov-reviewer']) {
  const created = (await call('gov-steward', CREATE, { input: { glossary: 'enterprise', name, definition: `What ${name} means.`, reviewers } })).createGlossaryTerm;
  await call('gov-steward', STATUS, { input: { urn: created.urn, expectedVersion: 1, status: 'IN_REVIEW', comment: 'ready' } });
  const approved = (await call('gov-reviewer', STATUS, { input: { urn: created.urn, expectedVersion: 2, status: 'APPROVED', comment: 'agreed' } })).changeGlossaryTermStatus;
  expect(approved.termStatus).toBe('APPROVED');
  return approved as { urn: string; version: number };
}

beforeAll(async () => {
  for (const id of DOMAINS) await driver.executeQuery(`MERGE (d:Domain:Entity {urn: $urn}) SET d.id = $id, d.name = $id, d.status = 'ACTIVE'`, { urn: `urn:polder:domain:${id}`, id });
  // One table per domain, as a crawl leaves them: gov-shop's main.customers and gov-ship's main.recipients,
  // and a main.customers in gov-ship too (qualified names recur across stores).
  for (const [domain, table, columns] of [['gov-shop', 'customers', ['id', 'email']], ['gov-ship', 'recipients', ['id', 'email']], ['gov-ship', 'customers', ['email']]] as const) {
    await driver.executeQuery(
      `MATCH (d:Domain {id: $domain})
       CREATE (ds:Dataset:Entity {urn: $urn, name: $table, qualifiedName: 'main.' + $table, status: 'ACTIVE', platform: 'sqlite', subtype: 'TABLE'})-[:IN_DOMAIN]->(d)
       WITH ds UNWIND range(0, size($columns) - 1) AS i
       CREATE (ds)-[:HAS_FIELD]->(:Field:Entity {urn: $urn + '|' + $columns[i], name: $columns[i], position: i, status: 'ACTIVE', datasetUrn: $urn})`,
      { domain, table, urn: dataset(domain, table), columns: [...columns] },
    );
    // Field URNs as the crawler writes them.
    await driver.executeQuery(`MATCH (f:Field) WHERE f.urn STARTS WITH $prefix SET f.urn = 'urn:polder:field:(' + f.datasetUrn + ',' + f.name + ')'`, { prefix: `${dataset(domain, table)}|` });
  }
  api = await startApiServer({ driver, meili: testMeili(), indexPrefix: 'test_glossary_gov_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 } }, { host: '127.0.0.1', port: 0 });
  await signIn(driver, api, ACCOUNTS, PASSWORD);
  await driver.executeQuery(`MATCH (a:Account {username: 'gov-gone'}) SET a.disabled = true`);
});

afterAll(async () => {
  await api?.stop();
  const nodes = `MATCH (n) WHERE (n:GlossaryTerm AND (n.glossary IN $domains OR n.urn STARTS WITH 'urn:polder:glossaryTerm:(enterprise,gov-')) OR (n:Polyseme AND n.label STARTS WITH 'Gov ')
    OR (n:Entity AND (n.urn STARTS WITH 'urn:polder:dataset:(sqlite,gov-' OR n.urn STARTS WITH 'urn:polder:field:(urn:polder:dataset:(sqlite,gov-')) OR (n:Suggestion AND n.urn CONTAINS 'gov-')`;
  await driver.executeQuery(`${nodes} OPTIONAL MATCH (c:Change)-[:ABOUT]->(n) DETACH DELETE c`, { domains: DOMAINS });
  await driver.executeQuery(`${nodes} OPTIONAL MATCH (o:IndexOutbox {urn: n.urn}) DETACH DELETE o, n`, { domains: DOMAINS });
  await driver.executeQuery(`MATCH (d:Domain) WHERE d.id IN $domains DETACH DELETE d`, { domains: DOMAINS });
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'gov-' OPTIONAL MATCH (x)-[:SESSION_OF|ISSUED_TO]->(a) DETACH DELETE x, a`);
  await driver.close();
});

describe('an approved term edited', () => {
  it('goes back to review when its meaning changes, submitted by the editor, with the status change in the same audit entry', async () => {
    const term = await approvedTerm('Gov Customer');
    const edited = await as('gov-steward')(UPDATE, { input: { urn: term.urn, expectedVersion: term.version, definition: 'Someone who has paid us once.', comment: 'finance says paid' } });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateGlossaryTerm).toMatchObject({ definition: 'Someone who has paid us once.', termStatus: 'IN_REVIEW', reviewRequestedBy: 'gov-steward', version: term.version + 1, viewerCanEditContent: false });
    const { history } = (await call('gov-steward', TERM, { urn: term.urn })).glossaryTerm;
    expect(history[0]).toEqual({
      version: term.version + 1,
      actor: 'gov-steward',
      action: 'updateGlossaryTerm',
      diff: [
        { field: 'definition', before: '"What Gov Customer means."', after: '"Someone who has paid us once."' },
        { field: 'termStatus', before: '"APPROVED"', after: '"IN_REVIEW"' },
      ],
    });
    // Its reviewer approves the new meaning; the editor, who submitted it, could not.
    const own = await as('gov-steward')(STATUS, { input: { urn: term.urn, expectedVersion: term.version + 1, status: 'APPROVED', comment: 'fine' } });
    expect(own.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const approved = await as('gov-reviewer')(STATUS, { input: { urn: term.urn, expectedVersion: term.version + 1, status: 'APPROVED', comment: 'agreed again' } });
    expect(approved.data!.changeGlossaryTermStatus.termStatus).toBe('APPROVED');
  });

  it('stays approved when only its owners or reviewers change, which say nothing about what it means', async () => {
    const term = await approvedTerm('Gov Invoice');
    const edited = await as('gov-steward')(UPDATE, { input: { urn: term.urn, expectedVersion: term.version, owners: ['gov-steward'], reviewers: ['gov-reviewer', 'gov-council'] } });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateGlossaryTerm).toMatchObject({ termStatus: 'APPROVED', owners: ['gov-steward'], reviewers: ['gov-reviewer', 'gov-council'] });
  });

  it('is refused, changing nothing, when no reviewer but the editor could approve the new meaning; naming one in the same edit sends it to them', async () => {
    const term = await approvedTerm('Gov Parcel');
    // The reviewer edits the term they approved, and no one else is named: nobody could approve it again.
    const alone = await as('gov-reviewer')(UPDATE, { input: { urn: term.urn, expectedVersion: term.version, definition: 'A box.' } });
    expect(alone.errors![0]).toMatchObject({
      message: '"Gov Parcel" is APPROVED, and changing its definition sends it back to review: name a reviewer other than yourself (reviewers) to approve it again',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.reviewers' },
    });
    expect((await call('gov-steward', TERM, { urn: term.urn })).glossaryTerm).toMatchObject({ definition: 'What Gov Parcel means.', termStatus: 'APPROVED', version: term.version });
    const named = await as('gov-reviewer')(UPDATE, { input: { urn: term.urn, expectedVersion: term.version, definition: 'A box.', reviewers: ['gov-reviewer', 'gov-council'] } });
    expect(named.data!.updateGlossaryTerm).toMatchObject({ termStatus: 'IN_REVIEW', reviewRequestedBy: 'gov-reviewer', reviewers: ['gov-reviewer', 'gov-council'] });
  });

  it('is neither suggested nor assigned from an earlier suggestion while back in review', async () => {
    const term = await approvedTerm('Gov Email');
    const column = field('gov-shop', 'customers', 'email');
    const suggestion = `urn:polder:suggestion:(${column},${term.urn})`;
    await driver.executeQuery(
      `MATCH (f:Field {urn: $field}), (t:GlossaryTerm {urn: $term})
       CREATE (s:Suggestion {urn: $urn, reason: 'name matches', suggestionStatus: 'PENDING', status: 'ACTIVE', createdAt: $at, updatedAt: $at})
       CREATE (s)-[:SUGGESTS]->(t) CREATE (s)-[:SUGGESTED_FOR]->(f)`,
      { urn: suggestion, field: column, term: term.urn, at: new Date().toISOString() },
    );
    await call('gov-steward', UPDATE, { input: { urn: term.urn, expectedVersion: term.version, synonyms: ['mail'] } });
    const DECIDE = `mutation ($input: DecideTermSuggestionInput!) { decideTermSuggestion(input: $input) { suggestionStatus } }`;
    const accepted = await as('gov-steward')(DECIDE, { input: { urn: suggestion, accept: true } });
    expect(accepted.errors![0]).toMatchObject({
      message: '"Gov Email" is IN_REVIEW since it was suggested: accept the suggestion once the term is approved again, or reject it',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.accept' },
    });
    const carried = await driver.executeQuery(`MATCH (:Field {urn: $field})-[m:MEANS]->(:GlossaryTerm {urn: $term}) RETURN count(m) AS n`, { field: column, term: term.urn });
    expect(Number(carried.records[0]!.get('n'))).toBe(0);
    expect((await call('gov-steward', DECIDE, { input: { urn: suggestion, accept: false } })).decideTermSuggestion.suggestionStatus).toBe('REJECTED');
  });

  it('by an import goes back to review as well, and the import says so', async () => {
    const term = await approvedTerm('Gov Refund', ['gov-reviewer', 'gov-council']);
    const file = `${CSV_COLUMNS.join(',')}\r\nGov Refund,Money we give back.,,APPROVED,,,,,gov-reviewer|gov-council,,,,,\r\n`;
    const imported = await as('gov-steward')(IMPORT, { input: { glossary: 'enterprise', format: 'CSV', content: file } });
    expect(imported.errors).toBeUndefined();
    expect(imported.data!.importGlossary).toEqual({
      created: [],
      updated: ['Gov Refund'],
      statusesHeld: [{ name: 'Gov Refund', reason: 'back IN_REVIEW (it was APPROVED): the import changes its definition, which its reviewers approve again' }],
    });
    expect((await call('gov-steward', TERM, { urn: term.urn })).glossaryTerm).toMatchObject({ termStatus: 'IN_REVIEW', reviewRequestedBy: 'gov-steward', version: term.version + 1 });
  });
});

describe('reviewers', () => {
  it('are enabled accounts: a mistyped or disabled one is refused, naming it and where it was given', async () => {
    const mistyped = await as('gov-steward')(CREATE, { input: { glossary: 'enterprise', name: 'Gov Typo', reviewers: ['gov-council', 'nosuchuser'] } });
    expect(mistyped.errors![0]).toMatchObject({ message: 'reviewers[1]: no account "nosuchuser"', extensions: { code: 'BAD_USER_INPUT', argument: 'input.reviewers[1]' } });
    const cased = await as('gov-steward')(CREATE, { input: { glossary: 'enterprise', name: 'Gov Typo', reviewers: ['Gov-Council'] } });
    expect(cased.errors![0]!.message).toBe('reviewers[0]: no account "Gov-Council" (usernames are lower-case: "gov-council")');
    const found = await driver.executeQuery(`MATCH (t:GlossaryTerm {name: 'Gov Typo'}) RETURN count(t) AS n`);
    expect(Number(found.records[0]!.get('n'))).toBe(0);

    const term = (await call('gov-steward', CREATE, { input: { glossary: 'enterprise', name: 'Gov Draft', reviewers: ['gov-council'] } })).createGlossaryTerm;
    const disabled = await as('gov-steward')(UPDATE, { input: { urn: term.urn, expectedVersion: 1, reviewers: ['gov-council', 'gov-gone'] } });
    expect(disabled.errors![0]).toMatchObject({ message: 'reviewers[1]: the account "gov-gone" is disabled', extensions: { code: 'BAD_USER_INPUT', argument: 'input.reviewers[1]' } });
    expect((await call('gov-steward', TERM, { urn: term.urn })).glossaryTerm).toMatchObject({ reviewers: ['gov-council'], version: 1 });
  });

  it('are asked for in a glossary that exists: a mistyped glossary is said to be missing, before whether the caller may edit it', async () => {
    // The council edits the enterprise glossary, not a domain's: the missing glossary is what to fix.
    const mistyped = await as('gov-council')(CREATE, { input: { glossary: 'gov-shopp', name: 'Gov Nowhere' } });
    expect(mistyped.errors![0]).toMatchObject({ message: 'no glossary "gov-shopp": it is "enterprise" or the id of a domain', extensions: { code: 'NOT_FOUND' } });
    expect((await as('gov-council')(CREATE, { input: { glossary: 'gov-shop', name: 'Gov Nowhere' } })).errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('named in an import that are no account fail the whole import, naming the line and the term', async () => {
    const file = `${CSV_COLUMNS.join(',')}\r\nGov Fine,,,DRAFT,,,,,gov-council,,,,,\r\nGov Unreviewable,,,DRAFT,,,,,nosuchuser,,,,,\r\n`;
    const imported = await as('gov-steward')(IMPORT, { input: { glossary: 'enterprise', format: 'CSV', content: file } });
    expect(imported.errors![0]).toMatchObject({ message: 'line 3 ("Gov Unreviewable"): reviewers: no account "nosuchuser"', extensions: { code: 'BAD_USER_INPUT', argument: 'input.content', line: 3 } });
    const found = await driver.executeQuery(`MATCH (t:GlossaryTerm) WHERE t.name IN ['Gov Fine', 'Gov Unreviewable'] RETURN count(t) AS n`);
    expect(Number(found.records[0]!.get('n'))).toBe(0);
  });
});

describe('a polyseme mapping', () => {
  let polyseme: { urn: string; version: number };
  const senses: Record<string, string> = {};
  const MAP = `mutation ($input: SetSenseMappingInput!) { setSenseMapping(input: $input) { version mappings { rule agreedBy } } }`;
  const mapping = (rule: string, agreedBy = ['gov-council']) => ({ urn: polyseme.urn, expectedVersion: polyseme.version, fromUrn: senses['gov-shop'], toUrn: senses['gov-ship'], kind: 'OVERLAPS', rule, agreedBy });

  beforeAll(async () => {
    for (const domain of DOMAINS) senses[domain] = (await call('gov-steward', CREATE, { input: { glossary: domain, name: 'Gov Client' } })).createGlossaryTerm.urn;
    polyseme = (await call('gov-council', `mutation ($input: CreatePolysemeInput!) { createPolyseme(input: $input) { urn version } }`, { input: { label: 'Gov Client', senseUrns: Object.values(senses) } })).createPolyseme;
  });

  it('names columns that exist, each in the domain of the sense it stands for, or is refused naming the condition', async () => {
    const refusals = {
      'main.customers.email = main.recipients.nonexistent_col': 'rule: condition 1: main.recipients has no column "nonexistent_col"',
      'main.customers.id = main.recipients.id AND main.customerz.email = main.recipients.email': 'rule: condition 2: no dataset main.customerz',
      'main.recipients.email = main.customers.email':
        'rule: condition 1: main.recipients is in domain gov-ship, but its left side stands for the from sense (gov-shop: Gov Client) and must be a column of domain gov-shop',
    };
    for (const [rule, message] of Object.entries(refusals)) {
      const refused = await as('gov-council')(MAP, { input: mapping(rule) });
      expect(refused.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', argument: 'input.rule' } });
    }
    // main.customers is in both domains: on the right it is gov-ship's, which has an email column too.
    const set = await as('gov-council')(MAP, { input: mapping('main.customers.email = main.recipients.email AND main.customers.email = main.customers.email') });
    expect(set.errors).toBeUndefined();
    expect(set.data!.setSenseMapping).toMatchObject({ version: polyseme.version + 1, mappings: [{ rule: 'main.customers.email = main.recipients.email AND main.customers.email = main.customers.email', agreedBy: ['gov-council'] }] });
    polyseme.version++;
  });

  it('is agreed by enabled accounts only', async () => {
    const refused = await as('gov-council')(MAP, { input: mapping('main.customers.email = main.recipients.email', ['gov-council', 'nosuchuser']) });
    expect(refused.errors![0]).toMatchObject({ message: 'agreedBy[1]: no account "nosuchuser"', extensions: { code: 'BAD_USER_INPUT', argument: 'input.agreedBy[1]' } });
    const { polyseme: now } = await call('gov-council', `query ($urn: ID!) { polyseme(urn: $urn) { version mappings { agreedBy } } }`, { urn: polyseme.urn });
    expect(now).toEqual({ version: polyseme.version, mappings: [{ agreedBy: ['gov-council'] }] });
  });
});
