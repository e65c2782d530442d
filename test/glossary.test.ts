/**
 * The business glossary end to end, against real Neo4j through the HTTP API:
 * terms in the enterprise glossary and in domain glossaries, duplicate names and
 * cycles refused with what is wrong named, typed relations read from both ends,
 * the lifecycle with its reviewer rules, the permission matrix role by role,
 * optimistic concurrency and the history with its diffs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../api/src/modules/glossary/glossaryCsv.ts';
import { startApiServer, type ApiServer } from '@polder/api';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { accountsClient } from './support/accountsClient.ts';

const driver = testDriver();
const DOMAINS = ['gloss-rentals', 'gloss-finance', 'gloss-rt-a', 'gloss-rt-b', 'gloss-dh'];
const PASSWORD = 'a long enough password';
const ACCOUNTS = [
  { username: 'gloss-admin', roles: ['ADMIN'] },
  { username: 'gloss-steward', roles: ['STEWARD'] },
  { username: 'gloss-steward2', roles: ['STEWARD'] },
  { username: 'gloss-council', roles: ['COUNCIL'] },
  { username: 'gloss-rentals-owner', roles: ['DOMAIN_OWNER'], domains: ['gloss-rentals'] },
  { username: 'gloss-viewer', roles: ['VIEWER'] },
];
let api: ApiServer;
const { post, as, signIn, sessionOf } = accountsClient();

const TERM_FIELDS = `urn name definition termStatus glossary version synonyms acronyms examples owners reviewers classifications
  links { label url } customProperties { key value } parent { name } children { name } viewerCanEdit viewerCanReview`;
const CREATE = `mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { ${TERM_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateGlossaryTermInput!) { updateGlossaryTerm(input: $input) { ${TERM_FIELDS} } }`;
const STATUS = `mutation ($input: ChangeGlossaryTermStatusInput!) { changeGlossaryTermStatus(input: $input) { urn termStatus version reviewRequestedBy relations { name term { name } } } }`;
const RELATE = `mutation ($input: GlossaryTermRelationInput!) { addGlossaryTermRelation(input: $input) { urn version relations { kind name outgoing provenance relationStatus term { name } } } }`;
const UNRELATE = `mutation ($input: GlossaryTermRelationInput!) { removeGlossaryTermRelation(input: $input) { urn version relations { name term { name } } } }`;
const TERM = `query ($urn: ID!) { glossaryTerm(urn: $urn) { ${TERM_FIELDS} isA { name } hasKinds { name } relatedTo { name } relations { kind name outgoing term { name } }
  history { version actor action comment diff { field before after } } } }`;

async function create(username: string, input: Record<string, unknown>) {
  const body = await as(username)(CREATE, { input });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.createGlossaryTerm as { urn: string; version: number; [key: string]: unknown };
}

/** A term taken through review: created by gloss-steward with gloss-council as its reviewer, who approves it. */
async function approvedTerm(glossary: string, name: string, extra: Record<string, unknown> = {}) {
  const term = await create('gloss-steward', { glossary, name, definition: `What ${name} means.`, reviewers: ['gloss-council'], ...extra });
  for (const [username, status] of [['gloss-steward', 'IN_REVIEW'], ['gloss-council', 'APPROVED']] as const) {
    const body = await as(username)(STATUS, { input: { urn: term.urn, expectedVersion: term.version, status, comment: 'on its way' } });
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    term.version = body.data!.changeGlossaryTermStatus.version as number;
  }
  return term;
}

beforeAll(async () => {
  for (const id of DOMAINS) {
    await driver.executeQuery(`MERGE (d:Domain:Entity {urn: $urn}) SET d.id = $id, d.name = $id, d.status = 'ACTIVE'`, { urn: `urn:polder:domain:${id}`, id });
  }
  api = await startApiServer({ driver, meili: testMeili(), indexPrefix: 'test_glossary_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, glossary: { walkCap: 5 } }, { host: '127.0.0.1', port: 0 });
  await signIn(driver, api, ACCOUNTS, PASSWORD);
});

afterAll(async () => {
  await api?.stop();
  const terms = `MATCH (t:GlossaryTerm) WHERE t.glossary IN $domains OR t.urn STARTS WITH 'urn:polder:glossaryTerm:(enterprise,gloss-'`;
  await driver.executeQuery(`${terms} OPTIONAL MATCH (c:Change)-[:ABOUT]->(t) DETACH DELETE c`, { domains: DOMAINS });
  await driver.executeQuery(`${terms} OPTIONAL MATCH (o:IndexOutbox {urn: t.urn}) DETACH DELETE o, t`, { domains: DOMAINS });
  await driver.executeQuery(`MATCH (d:Domain) WHERE d.id IN $domains DETACH DELETE d`, { domains: DOMAINS });
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'gloss-' OPTIONAL MATCH (x)-[:SESSION_OF|ISSUED_TO]->(a) DETACH DELETE x, a`);
  await driver.close();
});

describe('terms', () => {
  it('creates a term with every field, and a URN that survives a rename', async () => {
    const group = await create('gloss-steward', { glossary: 'enterprise', name: 'Gloss Party' });
    const term = await create('gloss-steward', {
      glossary: 'enterprise',
      name: 'Gloss Customer',
      definition: 'Someone who *buys* from us.',
      parentUrn: group.urn,
      synonyms: ['Client', 'Buyer'],
      acronyms: ['CUST'],
      examples: ['Ada, who rented a van'],
      owners: ['gloss-steward'],
      reviewers: ['gloss-steward2', 'gloss-council'],
      classifications: ['PII'],
      links: [{ label: 'FIBO', url: 'https://spec.edmcouncil.org/fibo/Customer' }],
      customProperties: [{ key: 'retention', value: '7 years' }],
      comment: 'first cut',
    });
    expect(term).toEqual({
      urn: 'urn:polder:glossaryTerm:(enterprise,gloss-customer)',
      name: 'Gloss Customer',
      definition: 'Someone who *buys* from us.',
      termStatus: 'DRAFT',
      glossary: 'enterprise',
      version: 1,
      synonyms: ['Client', 'Buyer'],
      acronyms: ['CUST'],
      examples: ['Ada, who rented a van'],
      owners: ['gloss-steward'],
      reviewers: ['gloss-steward2', 'gloss-council'],
      classifications: ['PII'],
      links: [{ label: 'FIBO', url: 'https://spec.edmcouncil.org/fibo/Customer' }],
      customProperties: [{ key: 'retention', value: '7 years' }],
      parent: { name: 'Gloss Party' },
      children: [],
      viewerCanEdit: true,
      viewerCanReview: false,
    });
    const renamed = await as('gloss-steward')(UPDATE, { input: { urn: term.urn, expectedVersion: 1, name: 'Gloss Client', comment: 'the business says client' } });
    expect(renamed.data!.updateGlossaryTerm).toMatchObject({ urn: term.urn, name: 'Gloss Client', version: 2, synonyms: ['Client', 'Buyer'] });
    // The old slug stays with the renamed term: a new "Gloss Customer" gets the next free URN.
    const again = await create('gloss-steward', { glossary: 'enterprise', name: 'Gloss Customer' });
    expect(again.urn).toBe('urn:polder:glossaryTerm:(enterprise,gloss-customer-2)');
  });

  it('refuses a duplicate name in the same glossary, whatever its case, and allows it in another glossary', async () => {
    await create('gloss-rentals-owner', { glossary: 'gloss-rentals', name: 'Rental' });
    const duplicate = await as('gloss-rentals-owner')(CREATE, { input: { glossary: 'gloss-rentals', name: 'RENTAL' } });
    expect(duplicate.errors![0]).toMatchObject({
      message: 'the gloss-rentals glossary already has a term "Rental": term names are unique in a glossary (regardless of case)',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const other = await create('gloss-steward', { glossary: 'gloss-finance', name: 'rental' });
    expect(other.urn).toBe('urn:polder:glossaryTerm:(gloss-finance,rental)');
    const unknown = await as('gloss-steward')(CREATE, { input: { glossary: 'no-such-domain', name: 'X' } });
    expect(unknown.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('refuses a cyclic hierarchy and a cyclic is-a chain, naming the cycle', async () => {
    const a = await create('gloss-steward', { glossary: 'gloss-finance', name: 'A' });
    const b = await create('gloss-steward', { glossary: 'gloss-finance', name: 'B', parentUrn: a.urn });
    const c = await create('gloss-steward', { glossary: 'gloss-finance', name: 'C', parentUrn: b.urn });
    const cyclic = await as('gloss-steward')(UPDATE, { input: { urn: a.urn, expectedVersion: 1, parentUrn: c.urn } });
    expect(cyclic.errors![0]).toMatchObject({ message: 'cyclic parent hierarchy: A → C → B → A', extensions: { code: 'BAD_USER_INPUT', argument: 'input.parentUrn' } });
    expect((await as('gloss-steward')(TERM, { urn: a.urn })).data!.glossaryTerm).toMatchObject({ version: 1, parent: null });

    await as('gloss-steward')(RELATE, { input: { urn: a.urn, expectedVersion: 1, kind: 'IS_A', targetUrn: b.urn } });
    await as('gloss-steward')(RELATE, { input: { urn: b.urn, expectedVersion: 1, kind: 'IS_A', targetUrn: c.urn } });
    const isACycle = await as('gloss-steward')(RELATE, { input: { urn: c.urn, expectedVersion: 1, kind: 'IS_A', targetUrn: a.urn } });
    expect(isACycle.errors![0]).toMatchObject({ message: 'cyclic is-a relation: C → A → B → C', extensions: { code: 'BAD_USER_INPUT', argument: 'input.targetUrn' } });
  });

  it('refuses has-a and replacement cycles through three terms, by mutation and by import, changing nothing', async () => {
    const steward = as('gloss-steward');
    const first = await create('gloss-steward', { glossary: 'gloss-finance', name: 'Cycle D' });
    const second = await create('gloss-steward', { glossary: 'gloss-finance', name: 'Cycle E' });
    const third = await create('gloss-steward', { glossary: 'gloss-finance', name: 'Cycle F' });
    await steward(RELATE, { input: { urn: first.urn, expectedVersion: 1, kind: 'HAS_A', targetUrn: second.urn } });
    await steward(RELATE, { input: { urn: second.urn, expectedVersion: 1, kind: 'HAS_A', targetUrn: third.urn } });
    const hasACycle = await steward(RELATE, { input: { urn: third.urn, expectedVersion: 1, kind: 'HAS_A', targetUrn: first.urn } });
    expect(hasACycle.errors![0]).toMatchObject({ message: 'cyclic has-a relation: Cycle F → Cycle D → Cycle E → Cycle F', extensions: { code: 'BAD_USER_INPUT', argument: 'input.targetUrn' } });

    await steward(RELATE, { input: { urn: first.urn, expectedVersion: 2, kind: 'REPLACED_BY', targetUrn: second.urn } });
    await steward(RELATE, { input: { urn: second.urn, expectedVersion: 2, kind: 'REPLACED_BY', targetUrn: third.urn } });
    const replacementCycle = await steward(RELATE, { input: { urn: third.urn, expectedVersion: 1, kind: 'REPLACED_BY', targetUrn: first.urn } });
    expect(replacementCycle.errors![0]).toMatchObject({ message: 'cyclic replacement chain: Cycle F → Cycle D → Cycle E → Cycle F', extensions: { code: 'BAD_USER_INPUT', argument: 'input.targetUrn' } });
    // Neither refusal left a relation, a version or an audit entry behind.
    const after = (await steward(TERM, { urn: third.urn })).data!.glossaryTerm;
    expect(after.version).toBe(1);
    expect(after.relations.filter((relation: { outgoing: boolean }) => relation.outgoing)).toEqual([]);

    const count = async () => (await steward(`{ glossary(id: "gloss-dh") { termCount } }`)).data!.glossary.termCount as number;
    const before = await count();
    const partOf = (target: string) => `"${JSON.stringify([{ kind: 'HAS_A', target, provenance: 'MANUAL', relationStatus: 'ACTIVE' }]).replaceAll('"', '""')}"`;
    const rows = [['Part P', 'Part Q'], ['Part Q', 'Part R'], ['Part R', 'Part P']].map(([name, part]) => `${name},,,DRAFT,,,,,,,,,,${partOf(part!)}`);
    const imported = await steward(IMPORT, { input: { glossary: 'gloss-dh', format: 'CSV', content: `${CSV_COLUMNS.join(',')}\r\n${rows.join('\r\n')}\r\n` } });
    expect(imported.errors![0]!.message).toMatch(/^cyclic has-a relation: (Part P → Part Q → Part R → Part P|Part Q → Part R → Part P → Part Q|Part R → Part P → Part Q → Part R)$/);
    expect(imported.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.content' });
    expect(await count()).toBe(before);
  });

  it('refuses a chain longer than the walk cap instead of leaving it unchecked', async () => {
    let previous = await create('gloss-steward', { glossary: 'gloss-finance', name: 'Level 0' });
    for (let level = 1; level <= 5; level++) previous = await create('gloss-steward', { glossary: 'gloss-finance', name: `Level ${level}`, parentUrn: previous.urn });
    const deeper = await as('gloss-steward')(CREATE, { input: { glossary: 'gloss-finance', name: 'Level 6', parentUrn: previous.urn } });
    expect(deeper.errors![0]).toMatchObject({
      message: 'the parent hierarchy above "Level 6" is longer than 5 terms (the walk cap): Polder cannot check it for cycles, so the change is refused',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.parentUrn', walkCap: 5 },
    });
  });

  it("pages a group's terms by name and counts them, the count and pages of two groups in one query", async () => {
    const group = await create('gloss-steward', { glossary: 'gloss-finance', name: 'Ledgers' });
    for (const name of ['Sub ledger', 'General ledger', 'Cost ledger']) await create('gloss-steward', { glossary: 'gloss-finance', name, parentUrn: group.urn });
    const other = await create('gloss-steward', { glossary: 'gloss-finance', name: 'Journals' });
    const names = (terms: Array<{ name: string }>) => terms.map((term) => term.name);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionOf('gloss-steward')}` },
      body: JSON.stringify({
        query: `{
          ledgers: glossaryTerm(urn: "${group.urn}") { childCount all: children { name } first: children(limit: 2) { name } rest: children(limit: 2, offset: 2) { name } past: children(offset: 3) { name } }
          journals: glossaryTerm(urn: "${other.urn}") { childCount first: children(limit: 2) { name } }
        }`,
      }),
    });
    const { data } = (await response.json()) as { data: Record<string, Record<string, Array<{ name: string }> | number>> };
    expect(data.ledgers!.childCount).toBe(3);
    expect(names(data.ledgers!.all as Array<{ name: string }>)).toEqual(['Cost ledger', 'General ledger', 'Sub ledger']);
    expect(names(data.ledgers!.first as Array<{ name: string }>)).toEqual(['Cost ledger', 'General ledger']);
    expect(names(data.ledgers!.rest as Array<{ name: string }>)).toEqual(['Sub ledger']);
    expect(data.ledgers!.past).toEqual([]);
    expect(data.journals).toEqual({ childCount: 0, first: [] });
    // The terms, then the children of both groups: four pages and a count, one batch.
    expect(Number(response.headers.get('x-polder-graph-queries'))).toBe(2);
    for (const [args, message] of [
      ['limit: 0', 'limit must be between 1 and 500'],
      ['limit: 501', 'limit must be between 1 and 500'],
      ['offset: -1', 'offset must be 0 or more'],
    ]) {
      const refused = await as('gloss-steward')(`{ glossaryTerm(urn: "${group.urn}") { children(${args}) { name } } }`);
      expect(refused.errors![0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const term = await create('gloss-steward', { glossary: 'enterprise', name: 'Gloss Stale' });
    await as('gloss-steward')(UPDATE, { input: { urn: term.urn, expectedVersion: 1, definition: 'first' } });
    const stale = await as('gloss-steward2')(UPDATE, { input: { urn: term.urn, expectedVersion: 1, definition: 'second' } });
    expect(stale.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: 2 } });
    expect((await as('gloss-viewer')(TERM, { urn: term.urn })).data!.glossaryTerm.definition).toBe('first');
  });

  it('answers an edit that changes nothing with the term as it is: no new version, no history entry', async () => {
    const group = await create('gloss-steward', { glossary: 'enterprise', name: 'Gloss Same Group' });
    const term = await create('gloss-steward', { glossary: 'enterprise', name: 'Gloss Same', parentUrn: group.urn, synonyms: ['Alike'], links: [{ label: 'Spec', url: 'https://example.org/same' }] });
    const entries = async () => (await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(:GlossaryTerm {urn: $urn}) RETURN count(c) AS n`, { urn: term.urn })).records[0]!.get('n') as number;
    const before = await entries();
    // The whole form sent back as it was read, parent and links included.
    const same = await as('gloss-steward')(UPDATE, {
      input: { urn: term.urn, expectedVersion: 1, name: 'Gloss Same', synonyms: ['Alike'], links: [{ label: 'Spec', url: 'https://example.org/same' }], parentUrn: group.urn },
    });
    expect(same.errors).toBeUndefined();
    expect(same.data!.updateGlossaryTerm).toMatchObject({ version: 1, name: 'Gloss Same', synonyms: ['Alike'] });
    expect(await entries()).toBe(before);
    expect((await driver.executeQuery(`MATCH (t:GlossaryTerm {urn: $urn}) RETURN t._editLock AS lock`, { urn: term.urn })).records[0]!.get('lock')).toBeNull();
    // Moving it out of its group is a change, though its content is the same.
    const moved = await as('gloss-steward')(UPDATE, { input: { urn: term.urn, expectedVersion: 1, parentUrn: null } });
    expect(moved.data!.updateGlossaryTerm).toMatchObject({ version: 2, parent: null });
    expect(await entries()).toBe(before + 1);
  });
});

describe('relations', () => {
  it('stores a relation once and reads it from both ends, with provenance and status', async () => {
    const vehicle = await create('gloss-rentals-owner', { glossary: 'gloss-rentals', name: 'Vehicle' });
    const van = await create('gloss-rentals-owner', { glossary: 'gloss-rentals', name: 'Van' });
    const related = await as('gloss-rentals-owner')(RELATE, { input: { urn: van.urn, expectedVersion: 1, kind: 'IS_A', targetUrn: vehicle.urn, provenance: 'INFERRED', relationStatus: 'PROPOSED' } });
    expect(related.data!.addGlossaryTermRelation).toEqual({
      urn: van.urn,
      version: 2,
      relations: [{ kind: 'IS_A', name: 'isA', outgoing: true, provenance: 'INFERRED', relationStatus: 'PROPOSED', term: { name: 'Vehicle' } }],
    });
    await as('gloss-rentals-owner')(RELATE, { input: { urn: vehicle.urn, expectedVersion: 1, kind: 'RELATED_TO', targetUrn: van.urn } });
    // A symmetric relation stated from the other end is the same relation.
    await as('gloss-rentals-owner')(RELATE, { input: { urn: van.urn, expectedVersion: 2, kind: 'RELATED_TO', targetUrn: vehicle.urn, relationStatus: 'DEPRECATED' } });
    const read = (await as('gloss-viewer')(TERM, { urn: vehicle.urn })).data!.glossaryTerm;
    expect(read.hasKinds).toEqual([{ name: 'Van' }]);
    expect(read.isA).toEqual([]);
    expect(read.relatedTo).toEqual([{ name: 'Van' }]);
    expect(read.relations).toEqual([
      { kind: 'IS_A', name: 'hasKinds', outgoing: false, term: { name: 'Van' } },
      { kind: 'RELATED_TO', name: 'relatedTo', outgoing: true, term: { name: 'Van' } },
    ]);
    const removed = await as('gloss-rentals-owner')(UNRELATE, { input: { urn: van.urn, expectedVersion: 3, kind: 'RELATED_TO', targetUrn: vehicle.urn, comment: 'not related after all' } });
    expect(removed.data!.removeGlossaryTermRelation).toEqual({ urn: van.urn, version: 4, relations: [{ name: 'isA', term: { name: 'Vehicle' } }] });

    // The RELATED_TO edge is stored from Vehicle: re-stating and removing it from Van edited Vehicle too, and both histories say how.
    const isA = 'IS_A Vehicle (INFERRED, PROPOSED)';
    const relations = (...values: string[]) => JSON.stringify(values);
    const history = async (urn: string) =>
      ((await as('gloss-viewer')(TERM, { urn })).data!.glossaryTerm.history as Array<{ version: number; action: string; comment: string | null; diff: unknown[] }>).map(({ version, action, comment, diff }) => ({ version, action, comment, diff }));
    expect((await history(van.urn)).slice(0, 2)).toEqual([
      { version: 4, action: 'removeGlossaryTermRelation', comment: 'not related after all', diff: [{ field: 'relations', before: relations(isA, 'RELATED_TO Vehicle (MANUAL, DEPRECATED)'), after: relations(isA) }] },
      { version: 3, action: 'addGlossaryTermRelation', comment: null, diff: [{ field: 'relations', before: relations(isA, 'RELATED_TO Vehicle (MANUAL, ACTIVE)'), after: relations(isA, 'RELATED_TO Vehicle (MANUAL, DEPRECATED)') }] },
    ]);
    expect(await history(vehicle.urn)).toEqual([
      { version: 4, action: 'removeGlossaryTermRelation', comment: 'not related after all', diff: [{ field: 'relations', before: relations('RELATED_TO Van (MANUAL, DEPRECATED)'), after: relations() }] },
      { version: 3, action: 'addGlossaryTermRelation', comment: null, diff: [{ field: 'relations', before: relations('RELATED_TO Van (MANUAL, ACTIVE)'), after: relations('RELATED_TO Van (MANUAL, DEPRECATED)') }] },
      { version: 2, action: 'addGlossaryTermRelation', comment: null, diff: [{ field: 'relations', before: relations(), after: relations('RELATED_TO Van (MANUAL, ACTIVE)') }] },
      { version: 1, action: 'createGlossaryTerm', comment: null, diff: expect.any(Array) },
    ]);
  });

  it('edits a symmetric relation stored from a term of another glossary only for who may edit both glossaries, and audits both terms', async () => {
    const enterprise = await create('gloss-steward', { glossary: 'enterprise', name: 'Gloss Fleet' });
    const rentals = await create('gloss-rentals-owner', { glossary: 'gloss-rentals', name: 'Rental fleet' });
    // Related from the enterprise term, so stored Gloss Fleet → Rental fleet.
    await as('gloss-steward')(RELATE, { input: { urn: enterprise.urn, expectedVersion: 1, kind: 'RELATED_TO', targetUrn: rentals.urn } });
    const read = async (urn: string) => (await as('gloss-viewer')(TERM, { urn })).data!.glossaryTerm as { version: number; relatedTo: unknown[]; history: Array<{ version: number; action: string; actor: string; diff: unknown[] }> };

    // The rentals owner may edit Rental fleet, but removing the edge edits Gloss Fleet, which they may not.
    for (const [mutation, extra] of [[UNRELATE, {}], [RELATE, { relationStatus: 'DEPRECATED' }]] as const) {
      const refused = await as('gloss-rentals-owner')(mutation, { input: { urn: rentals.urn, expectedVersion: 1, kind: 'RELATED_TO', targetUrn: enterprise.urn, ...extra } });
      expect(refused.errors![0]).toMatchObject({ message: 'gloss-rentals-owner may not edit the enterprise glossary: only stewards, the council and admins may', extensions: { code: 'FORBIDDEN' } });
    }
    expect(await read(rentals.urn)).toMatchObject({ version: 1, relatedTo: [{ name: 'Gloss Fleet' }] });
    expect(await read(enterprise.urn)).toMatchObject({ version: 2, relatedTo: [{ name: 'Rental fleet' }] });

    // A steward may edit both: removed from the rentals end, both terms are versioned and audited, in one transaction.
    const removed = await as('gloss-steward')(UNRELATE, { input: { urn: rentals.urn, expectedVersion: 1, kind: 'RELATED_TO', targetUrn: enterprise.urn } });
    expect(removed.data!.removeGlossaryTermRelation).toEqual({ urn: rentals.urn, version: 2, relations: [] });
    const [afterRentals, afterEnterprise] = [await read(rentals.urn), await read(enterprise.urn)];
    expect(afterRentals).toMatchObject({ version: 2, relatedTo: [] });
    expect(afterRentals.history[0]).toEqual({
      version: 2,
      actor: 'gloss-steward',
      action: 'removeGlossaryTermRelation',
      comment: null,
      diff: [{ field: 'relations', before: JSON.stringify(['RELATED_TO Gloss Fleet (MANUAL, ACTIVE)']), after: '[]' }],
    });
    expect(afterEnterprise).toMatchObject({ version: 3, relatedTo: [] });
    expect(afterEnterprise.history[0]).toEqual({
      version: 3,
      actor: 'gloss-steward',
      action: 'removeGlossaryTermRelation',
      comment: null,
      diff: [{ field: 'relations', before: JSON.stringify(['RELATED_TO Rental fleet (MANUAL, ACTIVE)']), after: '[]' }],
    });

    // Related from the rentals end, the edge is Rental fleet's own: the owner edits it alone.
    const own = await as('gloss-rentals-owner')(RELATE, { input: { urn: rentals.urn, expectedVersion: 2, kind: 'ANTONYM', targetUrn: enterprise.urn } });
    expect(own.data!.addGlossaryTermRelation).toMatchObject({ version: 3, relations: [{ kind: 'ANTONYM', outgoing: true, term: { name: 'Gloss Fleet' } }] });
    expect((await read(enterprise.urn)).version).toBe(3);
  });
});

describe('lifecycle', () => {
  it('goes DRAFT → IN_REVIEW → APPROVED → DEPRECATED with reviewers deciding, and keeps a history of diffs', async () => {
    const term = await create('gloss-steward', { glossary: 'enterprise', name: 'Gloss Revenue', definition: 'Money in.', reviewers: ['gloss-steward', 'gloss-council'] });
    const replacement = await approvedTerm('enterprise', 'Gloss Net revenue');
    const move = (username: string, input: Record<string, unknown>) => as(username)(STATUS, { input: { urn: term.urn, ...input } });

    const noComment = await move('gloss-steward', { expectedVersion: 1, status: 'IN_REVIEW', comment: '  ' });
    expect(noComment.errors![0]).toMatchObject({ message: 'comment: every status change needs a comment', extensions: { code: 'BAD_USER_INPUT' } });
    const skip = await move('gloss-steward', { expectedVersion: 1, status: 'APPROVED', comment: 'ship it' });
    expect(skip.errors![0]).toMatchObject({ message: 'a DRAFT term cannot become APPROVED (from DRAFT it can become IN_REVIEW)', extensions: { code: 'BAD_USER_INPUT' } });

    const submitted = await move('gloss-steward', { expectedVersion: 1, status: 'IN_REVIEW', comment: 'ready for review' });
    expect(submitted.data!.changeGlossaryTermStatus).toMatchObject({ termStatus: 'IN_REVIEW', version: 2, reviewRequestedBy: 'gloss-steward' });
    const frozen = await as('gloss-steward')(UPDATE, { input: { urn: term.urn, expectedVersion: 2, definition: 'sneaky' } });
    expect(frozen.errors![0]!.message).toBe('"Gloss Revenue" is IN_REVIEW: withdraw it (status DRAFT) to edit it');

    // The submitter is a reviewer too, but may not approve their own request; an admin who is no reviewer may not either.
    const own = await move('gloss-steward', { expectedVersion: 2, status: 'APPROVED', comment: 'looks good to me' });
    expect(own.errors![0]).toMatchObject({ message: 'gloss-steward submitted this term for review and may not decide on it: another reviewer must', extensions: { code: 'FORBIDDEN' } });
    const admin = await move('gloss-admin', { expectedVersion: 2, status: 'APPROVED', comment: 'admin says yes' });
    expect(admin.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect((await as('gloss-council')(TERM, { urn: term.urn })).data!.glossaryTerm.viewerCanReview).toBe(true);
    const approved = await move('gloss-council', { expectedVersion: 2, status: 'APPROVED', comment: 'agreed by the council' });
    expect(approved.data!.changeGlossaryTermStatus).toMatchObject({ termStatus: 'APPROVED', version: 3 });

    const noReplacement = await move('gloss-steward', { expectedVersion: 3, status: 'DEPRECATED', comment: 'superseded' });
    expect(noReplacement.errors![0]!.message).toBe('replacementUrn: a deprecated term needs the term that replaces it');
    const deprecated = await move('gloss-steward', { expectedVersion: 3, status: 'DEPRECATED', comment: 'superseded by net revenue', replacementUrn: replacement.urn });
    expect(deprecated.data!.changeGlossaryTermStatus).toEqual({
      urn: term.urn,
      termStatus: 'DEPRECATED',
      version: 4,
      reviewRequestedBy: 'gloss-steward',
      relations: [{ name: 'replacedBy', term: { name: 'Gloss Net revenue' } }],
    });

    const history = (await as('gloss-viewer')(TERM, { urn: term.urn })).data!.glossaryTerm.history;
    expect(history.map((entry: { version: number; actor: string; action: string; comment: string }) => [entry.version, entry.actor, entry.action, entry.comment])).toEqual([
      [4, 'gloss-steward', 'deprecateGlossaryTerm', 'superseded by net revenue'],
      [3, 'gloss-council', 'approveGlossaryTerm', 'agreed by the council'],
      [2, 'gloss-steward', 'submitGlossaryTerm', 'ready for review'],
      [1, 'gloss-steward', 'createGlossaryTerm', null],
    ]);
    expect(history[0].diff).toEqual([
      { field: 'replacedBy', before: null, after: '"Gloss Net revenue"' },
      { field: 'termStatus', before: '"APPROVED"', after: '"DEPRECATED"' },
    ]);
    expect(history[3].diff).toContainEqual({ field: 'definition', before: null, after: '"Money in."' });
  });

  it('reads the history of many terms with as many queries as of one', async () => {
    const terms = [];
    for (const name of ['Gloss History A', 'Gloss History B', 'Gloss History C']) {
      const term = await create('gloss-steward', { glossary: 'enterprise', name, definition: `${name}.` });
      await as('gloss-steward')(UPDATE, { input: { urn: term.urn, expectedVersion: 1, definition: `${name}, edited.` } });
      terms.push(term);
    }
    const read = async (urns: string[]) => {
      const query = `{ ${urns.map((urn, index) => `t${index}: glossaryTerm(urn: "${urn}") { history { version action } }`).join(' ')} }`;
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionOf('gloss-viewer')}` },
        body: JSON.stringify({ query }),
      });
      return { queries: Number(response.headers.get('x-polder-graph-queries')), data: ((await response.json()) as GraphQLResponse).data! };
    };
    const one = await read([terms[0]!.urn]);
    const three = await read(terms.map((term) => term.urn));
    expect(three.data.t2.history).toEqual([{ version: 2, action: 'updateGlossaryTerm' }, { version: 1, action: 'createGlossaryTerm' }]);
    // The terms, their histories, and the URNs the histories name that the viewer may not see: one query each, whatever the count.
    expect(one.queries).toBeGreaterThan(0);
    expect(three.queries).toBe(one.queries);
  });

  it('refuses the later of two reviewers deciding on one version with CONFLICT, and keeps the first decision', async () => {
    const term = await create('gloss-steward', { glossary: 'enterprise', name: 'Gloss Decided Twice', reviewers: ['gloss-steward2', 'gloss-council'] });
    const move = (username: string, input: Record<string, unknown>) => as(username)(STATUS, { input: { urn: term.urn, ...input } });
    expect((await move('gloss-steward', { expectedVersion: 1, status: 'IN_REVIEW', comment: 'ready' })).errors).toBeUndefined();
    expect((await move('gloss-council', { expectedVersion: 2, status: 'APPROVED', comment: 'yes' })).data!.changeGlossaryTermStatus).toMatchObject({ termStatus: 'APPROVED', version: 3 });
    // Read IN_REVIEW at version 2: an APPROVED term cannot become REJECTED, but what is wrong is the stale read, not the request.
    const late = await move('gloss-steward2', { expectedVersion: 2, status: 'REJECTED', comment: 'no' });
    expect(late.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', currentVersion: 3 } });
    const read = (await as('gloss-viewer')(TERM, { urn: term.urn })).data!.glossaryTerm;
    expect([read.termStatus, read.version, read.history.length]).toEqual(['APPROVED', 3, 3]);
    // On the version it is at, the same move is the bad request it is.
    expect((await move('gloss-steward2', { expectedVersion: 3, status: 'REJECTED', comment: 'no' })).errors![0]).toMatchObject({
      message: 'an APPROVED term cannot become REJECTED (from APPROVED it can become DEPRECATED)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.status' },
    });
  });

  it('refuses to submit a term with no reviewer but the submitter', async () => {
    const term = await create('gloss-steward', { glossary: 'enterprise', name: 'Gloss Lonely', reviewers: ['gloss-steward'] });
    const submitted = await as('gloss-steward')(STATUS, { input: { urn: term.urn, expectedVersion: 1, status: 'IN_REVIEW', comment: 'please' } });
    expect(submitted.errors![0]!.message).toBe('name at least one reviewer of "Gloss Lonely" other than yourself before submitting it');
  });
});

describe('permissions, role by role', () => {
  it('lets each role edit exactly the glossaries the rules give it', async () => {
    const tries: Array<[string, string]> = [];
    for (const { username } of ACCOUNTS) for (const glossary of ['enterprise', 'gloss-rentals', 'gloss-finance']) tries.push([username, glossary]);
    const outcome: Record<string, string> = {};
    for (const [username, glossary] of tries) {
      const body = await as(username)(CREATE, { input: { glossary, name: `Gloss perm ${username} ${glossary}` } });
      outcome[`${username} → ${glossary}`] = body.errors ? String(body.errors[0]!.extensions!.code) : 'created';
    }
    expect(outcome).toEqual({
      'gloss-admin → enterprise': 'created',
      'gloss-admin → gloss-rentals': 'created',
      'gloss-admin → gloss-finance': 'created',
      'gloss-steward → enterprise': 'created',
      'gloss-steward → gloss-rentals': 'created',
      'gloss-steward → gloss-finance': 'created',
      'gloss-steward2 → enterprise': 'created',
      'gloss-steward2 → gloss-rentals': 'created',
      'gloss-steward2 → gloss-finance': 'created',
      'gloss-council → enterprise': 'created',
      'gloss-council → gloss-rentals': 'FORBIDDEN',
      'gloss-council → gloss-finance': 'FORBIDDEN',
      'gloss-rentals-owner → enterprise': 'FORBIDDEN',
      'gloss-rentals-owner → gloss-rentals': 'created',
      'gloss-rentals-owner → gloss-finance': 'FORBIDDEN',
      'gloss-viewer → enterprise': 'FORBIDDEN',
      'gloss-viewer → gloss-rentals': 'FORBIDDEN',
      'gloss-viewer → gloss-finance': 'FORBIDDEN',
    });
    const refused = await as('gloss-council')(CREATE, { input: { glossary: 'gloss-rentals', name: 'Gloss nope' } });
    expect(refused.errors![0]!.message).toBe('gloss-council may not edit the glossary of domain "gloss-rentals": only its domain owners, stewards and admins may');
  });
});

const EXPORT = `query ($input: ExportGlossaryInput!) { exportGlossary(input: $input) }`;
const IMPORT = `mutation ($input: ImportGlossaryInput!) { importGlossary(input: $input) { dryRun created updated skipped { name reason } } }`;

/** A generated glossary: hierarchy three levels deep, relations of every kind, text that needs quoting. */
function generatedCsv(count: number): string {
  const name = (index: number) => `RT term ${String(index).padStart(3, '0')}`;
  const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
  const rows = Array.from({ length: count }, (_, i) => {
    const relations = [
      ...(i % 7 !== 0 ? [{ kind: 'IS_A', target: name(i - (i % 7)), provenance: 'IMPORTED', relationStatus: 'ACTIVE' }] : []),
      ...(i % 5 === 1 ? [{ kind: 'SEE_ALSO', target: name((i * 13) % count), provenance: 'MANUAL', relationStatus: 'PROPOSED' }] : []),
      ...(i % 11 === 2 ? [{ kind: 'RELATED_TO', target: name((i + 3) % count), provenance: 'INFERRED', relationStatus: 'DEPRECATED' }] : []),
    ].filter((relation) => relation.target !== name(i));
    return [
      name(i),
      quote(`Definition of ${i}, with "quotes", commas\nand a second line; ünïcödé ✓`),
      i >= 10 ? name(Math.floor(i / 10)) : '',
      ['DRAFT', 'APPROVED', 'IN_REVIEW', 'REJECTED', 'DEPRECATED'][i % 5],
      `syn ${i}|alias\\|${i}`,
      i % 3 === 0 ? `A${i}` : '',
      i % 4 === 0 ? quote(`e.g. ${i}, or ${i + 1}`) : '',
      'gloss-steward',
      'gloss-steward2|gloss-council',
      i % 6 === 0 ? 'PII' : '',
      i % 8 === 0 ? `rt_${i}_*|*_rt${i}` : '',
      quote(JSON.stringify([{ label: `Source ${i}`, url: `https://example.com/terms/${i}?a=1&b=2` }])),
      i % 2 === 0 ? quote(JSON.stringify([{ key: 'owner team', value: `team ${i % 9}` }, { key: 'json', value: '{"x": [1, 2]}' }])) : '',
      relations.length ? quote(JSON.stringify(relations)) : '',
    ].join(',');
  });
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

describe('import and export', () => {
  it('round-trips a generated glossary of 500 terms through CSV and YAML without loss', async () => {
    // An admin's import is a migration: it keeps the statuses the file states (others' imports hold them for review, below).
    const steward = as('gloss-admin');
    const first = await steward(IMPORT, { input: { glossary: 'gloss-rt-a', format: 'CSV', content: generatedCsv(500) } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.importGlossary).toMatchObject({ dryRun: false, updated: [], skipped: [] });
    expect(first.data!.importGlossary.created).toHaveLength(500);

    const csvA = (await steward(EXPORT, { input: { glossary: 'gloss-rt-a', format: 'CSV' } })).data!.exportGlossary as string;
    const yamlA = (await steward(EXPORT, { input: { glossary: 'gloss-rt-a', format: 'YAML' } })).data!.exportGlossary as string;
    const intoB = await steward(IMPORT, { input: { glossary: 'gloss-rt-b', format: 'CSV', content: csvA } });
    expect(intoB.data!.importGlossary.created).toHaveLength(500);
    expect((await steward(EXPORT, { input: { glossary: 'gloss-rt-b', format: 'CSV' } })).data!.exportGlossary).toBe(csvA);
    expect((await steward(EXPORT, { input: { glossary: 'gloss-rt-b', format: 'YAML' } })).data!.exportGlossary).toBe(yamlA);

    // Importing the YAML back changes nothing: every term is reported unchanged.
    const again = await steward(IMPORT, { input: { glossary: 'gloss-rt-b', format: 'YAML', content: yamlA } });
    expect(again.data!.importGlossary).toMatchObject({ created: [], updated: [] });
    expect(again.data!.importGlossary.skipped).toHaveLength(500);
    expect(again.data!.importGlossary.skipped[0]).toEqual({ name: 'RT term 000', reason: 'unchanged' });
  });

  it('is no way around review: a steward\'s import creates terms as DRAFT and keeps existing statuses, saying so', async () => {
    const steward = as('gloss-steward');
    const csv = (await steward(EXPORT, { input: { glossary: 'gloss-rt-b', format: 'CSV' } })).data!.exportGlossary as string;
    const header = csv.split('\r\n')[0]!;
    const approvedRow = csv.split('\r\n').find((line) => line.startsWith('RT term 001,'))!;
    const file = `${header}\r\nSelf-approved term,Approved by nobody.,,APPROVED,,,,,,,,,,\r\n${approvedRow.replace(',APPROVED,', ',DRAFT,')}\r\n`;
    const { data, errors } = await steward(`mutation ($input: ImportGlossaryInput!) { importGlossary(input: $input) { created updated statusesHeld { name reason } } }`, {
      input: { glossary: 'gloss-rt-b', format: 'CSV', content: file, dryRun: true },
    });
    expect(errors).toBeUndefined();
    expect(data!.importGlossary).toEqual({
      created: ['Self-approved term'],
      updated: [],
      statusesHeld: [
        { name: 'Self-approved term', reason: 'created as DRAFT (the file says APPROVED): submit it for review; only its reviewers approve' },
        { name: 'RT term 001', reason: 'kept APPROVED (the file says DRAFT): a status changes through review (changeGlossaryTermStatus), not by import' },
      ],
    });
  });

  it("leaves a term in review and a deprecated one as they are, as updateGlossaryTerm does, saying why", async () => {
    const steward = as('gloss-steward');
    const csv = (await steward(EXPORT, { input: { glossary: 'gloss-rt-b', format: 'CSV' } })).data!.exportGlossary as string;
    // RT term 002 is IN_REVIEW, RT term 004 DEPRECATED (generatedCsv); term 006 APPROVED, whose content may change.
    const changed = csv.replace('Definition of 2,', 'Rewritten while in review,').replace('Definition of 4,', 'Rewritten though deprecated,').replace('Definition of 6,', 'Rewritten draft,');
    const { data, errors } = await steward(IMPORT, { input: { glossary: 'gloss-rt-b', format: 'CSV', content: changed, dryRun: true } });
    expect(errors).toBeUndefined();
    expect(data!.importGlossary.updated).toEqual(['RT term 006']);
    const reasons = Object.fromEntries((data!.importGlossary.skipped as Array<{ name: string; reason: string }>).filter(({ reason }) => reason !== 'unchanged').map(({ name, reason }) => [name, reason.replace(/^line \d+: /, 'line N: ')]));
    expect(reasons).toEqual({
      'RT term 002': 'line N: it is IN_REVIEW: withdraw it (status DRAFT) to change it',
      'RT term 004': 'line N: it is DEPRECATED: a deprecated term is not changed',
    });
  });

  it('reports a dry run without changing anything, and updates what changed (RT term 008 is REJECTED, which may be edited)', async () => {
    const steward = as('gloss-steward');
    const csv = (await steward(EXPORT, { input: { glossary: 'gloss-rt-b', format: 'CSV' } })).data!.exportGlossary as string;
    const changed = csv.replace('Definition of 8,', 'Definition of eight,') + 'A brand new term,,,DRAFT,,,,,,,,,,\r\nrt TERM 001,,,DRAFT,,,,,,,,,,\r\n';
    const dry = await steward(IMPORT, { input: { glossary: 'gloss-rt-b', format: 'CSV', content: changed, dryRun: true } });
    expect(dry.data!.importGlossary.dryRun).toBe(true);
    expect(dry.data!.importGlossary.created).toEqual(['A brand new term']);
    expect(dry.data!.importGlossary.updated).toEqual(['RT term 008']);
    expect(dry.data!.importGlossary.skipped).toContainEqual({ name: 'rt TERM 001', reason: 'line 1003: the same name as line 4 (names are unique in a glossary, regardless of case)' });
    // (Each generated definition spans two lines, so term 001 starts on line 4.)
    expect((await steward(EXPORT, { input: { glossary: 'gloss-rt-b', format: 'CSV' } })).data!.exportGlossary).toBe(csv);

    const real = await steward(IMPORT, { input: { glossary: 'gloss-rt-b', format: 'CSV', content: changed, comment: 'eight' } });
    expect(real.data!.importGlossary).toMatchObject({ dryRun: false, created: ['A brand new term'], updated: ['RT term 008'] });
    const term = await steward(TERM, { urn: 'urn:polder:glossaryTerm:(gloss-rt-b,rt-term-008)' });
    expect(term.data!.glossaryTerm.version).toBe(2);
    expect(term.data!.glossaryTerm.history[0]).toMatchObject({ action: 'importGlossary', comment: 'eight', diff: [{ field: 'definition' }] });
    // The comment is kept in the history of every term the import wrote, created ones too.
    const created = await steward(TERM, { urn: 'urn:polder:glossaryTerm:(gloss-rt-b,a-brand-new-term)' });
    expect(created.data!.glossaryTerm.history).toMatchObject([{ version: 1, action: 'importGlossary', actor: 'gloss-steward', comment: 'eight' }]);
  });

  it('refuses an import comment over 2,000 characters, as every edit\'s, and imports nothing', async () => {
    const header = CSV_COLUMNS.join(',');
    const long = await as('gloss-steward')(IMPORT, { input: { glossary: 'gloss-finance', format: 'CSV', content: `${header}\r\nGloss talkative,,,DRAFT,,,,,,,,,,\r\n`, comment: 'why '.repeat(501) } });
    expect(long.errors![0]).toMatchObject({ message: 'comment: at most 2,000 characters (got 2,003)', extensions: { code: 'BAD_USER_INPUT', argument: 'input.comment' } });
    expect((await as('gloss-viewer')(TERM, { urn: 'urn:polder:glossaryTerm:(gloss-finance,gloss-talkative)' })).data!.glossaryTerm).toBeNull();
  });

  it('refuses a malformed glossary id with BAD_USER_INPUT naming input.glossary, for import and export alike', async () => {
    const header = CSV_COLUMNS.join(',');
    for (const glossary of ['a,b', ' enterprise', 'enterprise ', 'x'.repeat(2049), '(gloss-dh)']) {
      const imported = await as('gloss-steward')(IMPORT, { input: { glossary, format: 'CSV', content: `${header}\r\nGloss nowhere,,,DRAFT,,,,,,,,,,\r\n` } });
      expect(imported.errors![0]).toMatchObject({ message: `glossary: "${glossary.slice(0, 100)}" is not "enterprise" or a domain id`, extensions: { code: 'BAD_USER_INPUT', argument: 'input.glossary' } });
      const exported = await as('gloss-steward')(EXPORT, { input: { glossary, format: 'CSV' } });
      expect(exported.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.glossary' } });
    }
  });

  it('refuses a bad file whole, naming the line and column, and imports nothing', async () => {
    const steward = as('gloss-steward');
    const header = CSV_COLUMNS.join(',');
    const short = await steward(IMPORT, { input: { glossary: 'gloss-dh', format: 'CSV', content: `${header}\r\nGood,,,DRAFT,,,,,,,,,,\r\nBad,def,,DRAFT,,\r\n` } });
    expect(short.errors![0]).toMatchObject({
      message: 'line 3, column 7: missing value for column "examples": the row has 6 fields, the header 14',
      extensions: { code: 'BAD_USER_INPUT', line: 3, column: 7 },
    });
    const missing = await steward(IMPORT, { input: { glossary: 'gloss-dh', format: 'CSV', content: 'name,definition\r\nGood,\r\n' } });
    expect(missing.errors![0]!.message).toBe('line 1, column 3: missing columns parent, termStatus, synonyms, acronyms, examples, owners, reviewers, classifications, columnPatterns, links, customProperties, relations');
    const latin1 = Buffer.concat([Buffer.from(`${header}\r\nGood,,,DRAFT,,,,,,,,,,\r\nCaf`), Buffer.from([0xe9]), Buffer.from(',,,DRAFT,,,,,,,,,,\r\n')]);
    const encoding = await steward(IMPORT, { input: { glossary: 'gloss-dh', format: 'CSV', contentBase64: latin1.toString('base64') } });
    expect(encoding.errors![0]).toMatchObject({ message: 'line 3, column 4: the file is not valid UTF-8 (save it as UTF-8 and import again)', extensions: { line: 3, column: 4 } });
    const cyclic = await steward(IMPORT, { input: { glossary: 'gloss-dh', format: 'CSV', content: `${header}\r\nGood,,,DRAFT,,,,,,,,,,\r\nX,,Y,DRAFT,,,,,,,,,,\r\nY,,X,DRAFT,,,,,,,,,,\r\n` } });
    expect(cyclic.errors![0]!.message).toMatch(/^cyclic parent hierarchy: (X → Y → X|Y → X → Y)$/);
    expect(cyclic.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.content' });
    expect((await steward(`{ glossary(id: "gloss-dh") { termCount } }`)).data!.glossary.termCount).toBe(0);
  });

  it('imports DataHub\'s business_glossary.yml, reporting what it cannot carry over', async () => {
    const datahub = `version: "1"
source: DataHub
owners: {users: [gloss-steward]}
nodes:
  - name: Classification
    description: A set of terms related to Data Classification
    terms:
      - name: Confidential
        description: Confidential Data
        custom_properties: {is_confidential: "true"}
  - name: PersonalInformation
    description: All terms related to personal information
    terms:
      - name: Email
        description: An individual's email address
        inherits: [Classification.Confidential]
        contains: [PersonalInformation.Address]
        owners: {groups: [Trust and Safety]}
      - name: Address
        description: A physical address
        domain: "urn:li:domain:Logistics"
`;
    const imported = await as('gloss-steward')(IMPORT, { input: { glossary: 'gloss-dh', format: 'DATAHUB_YAML', content: datahub } });
    expect(imported.data!.importGlossary).toEqual({
      dryRun: false,
      created: ['Classification', 'Confidential', 'PersonalInformation', 'Email', 'Address'],
      updated: [],
      skipped: [
        { name: 'PersonalInformation.Email', reason: 'owner group "Trust and Safety" is not an account: left out' },
        { name: 'PersonalInformation.Address', reason: 'domain "urn:li:domain:Logistics" left out: the glossary you import into decides the domain' },
      ],
    });
    const email = (await as('gloss-viewer')(TERM, { urn: 'urn:polder:glossaryTerm:(gloss-dh,email)' })).data!.glossaryTerm;
    expect(email).toMatchObject({ parent: { name: 'PersonalInformation' }, isA: [{ name: 'Confidential' }], owners: [] });
    expect(email.relations).toContainEqual({ kind: 'HAS_A', name: 'hasA', outgoing: true, term: { name: 'Address' } });
  });
});

describe('classifications from terms', () => {
  const DATASET = 'urn:polder:dataset:(postgres,gloss-db,gloss.public.customer)';
  const FIELD = `urn:polder:field:(${DATASET},email)`;
  // A dataset that carries the term itself, not through a column.
  const CONTACTS = 'urn:polder:dataset:(postgres,gloss-db,gloss.public.contacts)';
  const EMAIL_TERM = 'urn:polder:glossaryTerm:(gloss-rentals,email-address)';
  const queuedForPolicies = async () =>
    (await driver.executeQuery(`MATCH (o:PolicyOutbox) WHERE o.urn IN $urns RETURN o.urn AS urn ORDER BY urn`, { urns: [DATASET, CONTACTS] })).records.map((record) => record.get('urn') as string);
  const clearPolicyQueue = () => driver.executeQuery(`MATCH (o:PolicyOutbox|TrustOutbox) WHERE o.urn IN $urns DELETE o`, { urns: [DATASET, CONTACTS] });
  afterAll(async () => {
    await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(n:Entity) WHERE n.urn IN $urns DETACH DELETE c`, { urns: [DATASET, FIELD, CONTACTS] });
    await driver.executeQuery(`MATCH (n:Entity) WHERE n.urn IN $urns DETACH DELETE n`, { urns: [DATASET, FIELD, CONTACTS] });
    await clearPolicyQueue();
  });

  it('shows the classifications of a term on every column it is assigned to, masked like the column\'s own', async () => {
    await driver.executeQuery(
      `MATCH (d:Domain {id: 'gloss-rentals'})
       CREATE (ds:Dataset:Entity {urn: $dataset, name: 'customer', qualifiedName: 'gloss.public.customer', status: 'ACTIVE', platform: 'postgres', subtype: 'TABLE'})-[:IN_DOMAIN]->(d),
              (ds)-[:HAS_FIELD]->(f:Field:Entity {urn: $field, name: 'email', position: 1, nullable: false, isPrimaryKey: false, status: 'ACTIVE', datasetUrn: $dataset})`,
      { dataset: DATASET, field: FIELD },
    );
    const term = await create('gloss-rentals-owner', { glossary: 'gloss-rentals', name: 'Email address', classifications: ['PII', 'CONTACT'] });
    const assigned = await as('gloss-rentals-owner')(`mutation ($input: SetTermsInput!) { setTerms(input: $input) { urn } }`, { input: { urn: FIELD, expectedVersion: 0, termUrns: [term.urn] } });
    expect(assigned.errors).toBeUndefined();
    const query = `{ field(urn: "${FIELD}") { classifications inheritedClassifications terms { name } } }`;
    expect((await as('gloss-viewer')(query)).data!.field).toEqual({ classifications: [], inheritedClassifications: ['CONTACT', 'PII'], terms: [{ name: 'Email address' }] });
    await driver.executeQuery(`MATCH (d:Dataset {urn: $dataset}) SET d.editable_restricted = true`, { dataset: DATASET });
    expect((await as('gloss-viewer')(query)).data!.field).toMatchObject({ inheritedClassifications: null });
    expect((await as('gloss-rentals-owner')(query)).data!.field).toMatchObject({ inheritedClassifications: ['CONTACT', 'PII'] });
  });

  it('queues the datasets carrying a term for policy assessment when its classifications or status change, in the same transaction', async () => {
    await driver.executeQuery(
      `MATCH (t:GlossaryTerm {urn: $term})
       CREATE (:Dataset:Entity {urn: $contacts, name: 'contacts', qualifiedName: 'gloss.public.contacts', status: 'ACTIVE', platform: 'postgres', subtype: 'TABLE'})-[:MEANS {provider: 'person'}]->(t)`,
      { term: EMAIL_TERM, contacts: CONTACTS },
    );
    await clearPolicyQueue();
    const update = async (input: Record<string, unknown>) => {
      const body = await as('gloss-rentals-owner')(UPDATE, { input: { urn: EMAIL_TERM, ...input } });
      expect(body.errors).toBeUndefined();
    };
    // What the policies do not read about a term (its definition, its reviewers) queues nothing.
    await update({ expectedVersion: 1, definition: 'Where we write to a customer.', reviewers: ['gloss-steward'] });
    expect(await queuedForPolicies()).toEqual([]);
    await update({ expectedVersion: 2, classifications: ['PII'] });
    expect(await queuedForPolicies()).toEqual([CONTACTS, DATASET].sort());

    await clearPolicyQueue();
    const submitted = await as('gloss-rentals-owner')(STATUS, { input: { urn: EMAIL_TERM, expectedVersion: 3, status: 'IN_REVIEW', comment: 'ready' } });
    expect(submitted.errors).toBeUndefined();
    expect(await queuedForPolicies()).toEqual([CONTACTS, DATASET].sort());
    // A refused change queues nothing.
    await clearPolicyQueue();
    const stale = await as('gloss-rentals-owner')(STATUS, { input: { urn: EMAIL_TERM, expectedVersion: 3, status: 'DRAFT', comment: 'withdrawn' } });
    expect(stale.errors![0]!.extensions!.code).toBe('CONFLICT');
    expect(await queuedForPolicies()).toEqual([]);
  });

  it('suggests approved terms for columns by name and synonym; a steward accepts (audited) or rejects (remembered)', async () => {
    const other = `urn:polder:field:(${DATASET},contact_email)`;
    await driver.executeQuery(
      `MATCH (ds:Dataset {urn: $dataset}) SET ds.editable_restricted = false
       CREATE (ds)-[:HAS_FIELD]->(:Field:Entity {urn: $field, name: 'contact_email', position: 2, nullable: true, isPrimaryKey: false, status: 'ACTIVE', datasetUrn: $dataset})`,
      { dataset: DATASET, field: other },
    );
    const header = CSV_COLUMNS.join(',');
    // Imported as an admin (a migration of a reviewed term): a steward's import would hold it as DRAFT.
    const approved = await as('gloss-admin')(IMPORT, { input: { glossary: 'enterprise', format: 'CSV', content: `${header}\r\nGloss Mail,,,APPROVED,email,,,,,,,,,\r\n` } });
    expect(approved.data!.importGlossary.created).toEqual(['Gloss Mail']);
    const RUN = `mutation ($input: RunTermSuggestionRulesInput!) { runTermSuggestionRules(input: $input) { created } }`;
    expect((await as('gloss-rentals-owner')(RUN, { input: { datasetUrns: [DATASET] } })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await as('gloss-steward')(RUN, { input: { datasetUrns: [DATASET] } })).data!.runTermSuggestionRules).toEqual({ created: 2 });
    const CHANGES = `query ($urn: ID!) { changes(input: {urn: $urn}) { action actor before after comment version } }`;
    const changesOf = async (urn: string) => (await as('gloss-viewer')(CHANGES, { urn })).data!.changes as Array<Record<string, unknown>>;
    const MAIL = 'urn:polder:glossaryTerm:(enterprise,gloss-mail)';
    // Each suggestion made is audited on its column, by whoever ran the rules; the column's version stays.
    expect((await changesOf(FIELD))[0]).toEqual({
      action: 'runTermSuggestionRules',
      actor: 'gloss-steward',
      before: JSON.stringify({ suggestedTerm: MAIL, suggestionStatus: null }),
      after: JSON.stringify({ suggestedTerm: MAIL, suggestionStatus: 'PENDING', reason: 'column name "email" matches the term\'s synonym "email"' }),
      comment: null,
      version: 1,
    });

    const LIST = `{ termSuggestions(input: {limit: 500}) { urn reason suggestionStatus field { urn } term { name } } }`;
    const pending = ((await as('gloss-viewer')(LIST)).data!.termSuggestions as Array<{ urn: string; field: { urn: string }; reason: string }>).filter((s) => [FIELD, other].includes(s.field.urn));
    expect(pending.map((s) => [s.field.urn, s.reason]).sort()).toEqual([
      [other, 'column name "contact_email" matches the term\'s synonym "email"'],
      [FIELD, 'column name "email" matches the term\'s synonym "email"'],
    ]);
    const DECIDE = `mutation ($input: DecideTermSuggestionInput!) { decideTermSuggestion(input: $input) { suggestionStatus decidedBy field { version terms { name } } } }`;
    const onOther = pending.find((s) => s.field.urn === other)!;
    const onEmail = pending.find((s) => s.field.urn === FIELD)!;
    await clearPolicyQueue();
    expect((await as('gloss-steward')(DECIDE, { input: { urn: onOther.urn, accept: true, comment: 'right' } })).data!.decideTermSuggestion).toEqual({
      suggestionStatus: 'ACCEPTED',
      decidedBy: 'gloss-steward',
      field: { version: 1, terms: [{ name: 'Gloss Mail' }] },
    });
    // Decided already (by another steward, say): a later decision is stale, refused as an edit of an old version is, and changes nothing.
    const late = await as('gloss-steward')(DECIDE, { input: { urn: onOther.urn, accept: false, comment: 'too late' } });
    expect(late.errors![0]).toMatchObject({ message: 'this suggestion was already accepted', extensions: { code: 'CONFLICT', currentStatus: 'ACCEPTED' } });
    expect((await changesOf(other)).map(({ action, actor, after, comment }) => ({ action, actor, after, comment }))).toEqual([
      { action: 'acceptTermSuggestion', actor: 'gloss-steward', after: JSON.stringify({ terms: [MAIL] }), comment: 'right' },
      { action: 'runTermSuggestionRules', actor: 'gloss-steward', after: JSON.stringify({ suggestedTerm: MAIL, suggestionStatus: 'PENDING', reason: 'column name "contact_email" matches the term\'s synonym "email"' }), comment: null },
    ]);
    // The column now carries the term: its dataset is queued for policy assessment, as setTerms queues it.
    expect(await queuedForPolicies()).toEqual([DATASET]);
    expect((await as('gloss-steward')(DECIDE, { input: { urn: onEmail.urn, accept: false, comment: 'an address, not a mailbox' } })).data!.decideTermSuggestion.suggestionStatus).toBe('REJECTED');
    expect((await changesOf(FIELD))[0]).toEqual({
      action: 'rejectTermSuggestion',
      actor: 'gloss-steward',
      before: JSON.stringify({ suggestedTerm: MAIL, suggestionStatus: 'PENDING' }),
      after: JSON.stringify({ suggestedTerm: MAIL, suggestionStatus: 'REJECTED' }),
      comment: 'an address, not a mailbox',
      version: 1,
    });
    // Rejected is remembered; accepted columns carry the term: nothing new to suggest.
    expect((await as('gloss-steward')(RUN, { input: { datasetUrns: [DATASET] } })).data!.runTermSuggestionRules).toEqual({ created: 0 });
    await driver.executeQuery(`MATCH (s:Suggestion)-[:SUGGESTED_FOR]->(f:Field) WHERE f.urn IN $fields DETACH DELETE s`, { fields: [FIELD, other] });
    await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(f:Field {urn: $field}) DETACH DELETE c`, { field: other });
    await driver.executeQuery(`MATCH (f:Field {urn: $field}) DETACH DELETE f`, { field: other });
  });

  it('suggests the term of a column for the columns copied from it unchanged (column lineage), whatever their names', async () => {
    const COPY = 'urn:polder:dataset:(postgres,gloss-db,gloss.reporting.renter_contacts)';
    const copied = `urn:polder:field:(${COPY},reach_at)`;
    const computed = `urn:polder:field:(${COPY},reach_domain)`;
    const header = CSV_COLUMNS.join(',');
    const imported = await as('gloss-admin')(IMPORT, { input: { glossary: 'enterprise', format: 'CSV', content: `${header}\r\nGloss Reach,,,APPROVED,,,,,,,,,,\r\n` } });
    expect(imported.data!.importGlossary.created).toEqual(['Gloss Reach']);
    const REACH = 'urn:polder:glossaryTerm:(enterprise,gloss-reach)';
    await driver.executeQuery(
      `MATCH (email:Field {urn: $email}), (t:GlossaryTerm {urn: $term})
       CREATE (email)-[:MEANS {provider: 'person'}]->(t)
       CREATE (d:Dataset:Entity {urn: $dataset, name: 'renter_contacts', status: 'ACTIVE'})
       CREATE (d)-[:HAS_FIELD]->(copied:Field:Entity {urn: $copied, name: 'reach_at', position: 1, status: 'ACTIVE', datasetUrn: $dataset})
       CREATE (d)-[:HAS_FIELD]->(computed:Field:Entity {urn: $computed, name: 'reach_domain', position: 2, status: 'ACTIVE', datasetUrn: $dataset})
       CREATE (copied)-[:DERIVES_FROM {transformation: 'IDENTITY', confidence: 1}]->(email)
       CREATE (computed)-[:DERIVES_FROM {transformation: 'EXPRESSION', confidence: 1}]->(email)`,
      { email: FIELD, term: REACH, dataset: COPY, copied, computed },
    );
    try {
      const RUN = `mutation ($input: RunTermSuggestionRulesInput!) { runTermSuggestionRules(input: $input) { created } }`;
      expect((await as('gloss-steward')(RUN, { input: { datasetUrns: [COPY] } })).data!.runTermSuggestionRules).toEqual({ created: 1 });
      const LIST = `{ termSuggestions(input: {limit: 500}) { reason field { urn } term { urn } } }`;
      const made = ((await as('gloss-viewer')(LIST)).data!.termSuggestions as Array<{ reason: string; field: { urn: string }; term: { urn: string } }>).filter((s) => s.field.urn.includes('renter_contacts'));
      // The value computed from it (an expression) may mean something else: nothing proposed.
      expect(made).toEqual([{ reason: 'column "reach_at" is copied unchanged (column lineage) from a column that carries the term', field: { urn: copied }, term: { urn: REACH } }]);
    } finally {
      await driver.executeQuery(`MATCH (s:Suggestion)-[:SUGGESTED_FOR]->(:Field)<-[:HAS_FIELD]-(:Dataset {urn: $dataset}) DETACH DELETE s`, { dataset: COPY });
      await driver.executeQuery(`MATCH (c:Change)-[:ABOUT]->(:Field)<-[:HAS_FIELD]-(:Dataset {urn: $dataset}) DETACH DELETE c`, { dataset: COPY });
      await driver.executeQuery(`MATCH (d:Dataset {urn: $dataset}) OPTIONAL MATCH (d)-[:HAS_FIELD]->(f) DETACH DELETE d, f`, { dataset: COPY });
      await driver.executeQuery(`MATCH (:Field {urn: $email})-[m:MEANS]->(:GlossaryTerm {urn: $term}) DELETE m`, { email: FIELD, term: REACH });
    }
  });
});

describe('edits that change nothing', () => {
  const historyLength = async (urn: string) => ((await as('gloss-viewer')(TERM, { urn })).data!.glossaryTerm.history as unknown[]).length;

  it('leaves a term as it is when a relation it has is added again: no new version, no audit entry', async () => {
    const ledger = await create('gloss-steward', { glossary: 'gloss-finance', name: 'Walk Ledger' });
    const journal = await create('gloss-steward', { glossary: 'gloss-finance', name: 'Walk Journal' });
    const relate = (urn: string, expectedVersion: number, input: Record<string, unknown>) => as('gloss-steward')(RELATE, { input: { urn, expectedVersion, ...input } });
    expect((await relate(ledger.urn, 1, { kind: 'SEE_ALSO', targetUrn: journal.urn })).data!.addGlossaryTermRelation.version).toBe(2);
    expect((await relate(ledger.urn, 2, { kind: 'RELATED_TO', targetUrn: journal.urn })).data!.addGlossaryTermRelation.version).toBe(3);

    const again = await relate(ledger.urn, 3, { kind: 'SEE_ALSO', targetUrn: journal.urn });
    expect(again.errors).toBeUndefined();
    expect(again.data!.addGlossaryTermRelation.version).toBe(3);
    // A symmetric relation re-stated from the other end, the same: neither term changes.
    expect((await relate(journal.urn, 1, { kind: 'RELATED_TO', targetUrn: ledger.urn })).data!.addGlossaryTermRelation.version).toBe(1);
    expect([await historyLength(ledger.urn), await historyLength(journal.urn)]).toEqual([3, 1]);
    expect((await driver.executeQuery(`MATCH (t:GlossaryTerm) WHERE t.urn IN $urns AND t._editLock IS NOT NULL RETURN t`, { urns: [ledger.urn, journal.urn] })).records).toEqual([]);

    // Removing a relation the term does not have is refused, and leaves no trace either.
    const absent = await as('gloss-steward')(UNRELATE, { input: { urn: ledger.urn, expectedVersion: 3, kind: 'IS_A', targetUrn: journal.urn } });
    expect(absent.errors![0]).toMatchObject({ message: `"Walk Ledger" has no IS_A relation to ${journal.urn}`, extensions: { code: 'NOT_FOUND' } });
    // Another status is a change.
    expect((await relate(ledger.urn, 3, { kind: 'SEE_ALSO', targetUrn: journal.urn, relationStatus: 'DEPRECATED' })).data!.addGlossaryTermRelation.version).toBe(4);
    expect(await historyLength(ledger.urn)).toBe(4);
  });

  it("takes an approved term's synonyms, acronyms or owners in another order as no change: it stays APPROVED, unversioned, unaudited", async () => {
    const term = await approvedTerm('gloss-finance', 'Walk Order', { synonyms: ['Purchase', 'Booking'], acronyms: ['WO', 'ORD'], owners: ['gloss-steward', 'gloss-council'] });
    const before = await historyLength(term.urn);
    const reordered = await as('gloss-steward')(UPDATE, {
      input: { urn: term.urn, expectedVersion: term.version, synonyms: ['Booking', 'Purchase'], acronyms: ['ORD', 'WO'], owners: ['gloss-council', 'gloss-steward'] },
    });
    expect(reordered.errors).toBeUndefined();
    expect(reordered.data!.updateGlossaryTerm).toMatchObject({ termStatus: 'APPROVED', version: term.version, synonyms: ['Purchase', 'Booking'] });
    expect(await historyLength(term.urn)).toBe(before);
    // An import listing them in another order is no change either.
    const file = `version: 1\nterms:\n  - name: Walk Order\n    synonyms: [Booking, Purchase]\n    owners: [gloss-council, gloss-steward]\n`;
    const imported = await as('gloss-steward')(IMPORT, { input: { glossary: 'gloss-finance', format: 'YAML', content: file } });
    expect(imported.data!.importGlossary).toMatchObject({ created: [], updated: [], skipped: [{ name: 'Walk Order', reason: 'unchanged' }] });
    expect(await historyLength(term.urn)).toBe(before);
  });
});

describe('deprecation', () => {
  it('refuses a replacement that is not APPROVED, naming it and its status, and leaves the term as it was', async () => {
    const term = await approvedTerm('gloss-finance', 'Walk Turnover');
    const draft = await create('gloss-steward', { glossary: 'gloss-finance', name: 'Walk Sales' });
    const refused = await as('gloss-steward')(STATUS, { input: { urn: term.urn, expectedVersion: term.version, status: 'DEPRECATED', comment: 'superseded', replacementUrn: draft.urn } });
    expect(refused.errors![0]).toMatchObject({
      message: 'replacementUrn: "Walk Sales" is DRAFT, and only an APPROVED term can replace one: approve it first',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.replacementUrn' },
    });
    expect((await as('gloss-viewer')(TERM, { urn: term.urn })).data!.glossaryTerm).toMatchObject({ termStatus: 'APPROVED', version: term.version, relations: [] });
  });
});

describe('what a YAML import states', () => {
  const read = async (urn: string) => (await as('gloss-viewer')(TERM, { urn })).data!.glossaryTerm;

  it('refuses an unknown key or an unsupported version, naming it and where, and imports nothing; a file without a version is version 1', async () => {
    const steward = as('gloss-steward');
    const typo = await steward(IMPORT, { input: { glossary: 'gloss-finance', format: 'YAML', content: 'version: 1\nterms:\n  - name: Walk Y1\n  - name: Walk Y2\n    defintion: typo here\n    synonym: [x]\n' } });
    expect(typo.errors![0]).toMatchObject({ message: 'line 5: terms[1] ("Walk Y2"): unknown key "defintion" (did you mean "definition"?)', extensions: { code: 'BAD_USER_INPUT', line: 5 } });
    const future = await steward(IMPORT, { input: { glossary: 'gloss-finance', format: 'YAML', content: 'version: 99\nterms:\n  - name: Walk Y1\n' } });
    expect(future.errors![0]).toMatchObject({ message: 'line 1: version 99 is not supported (supported: 1)', extensions: { code: 'BAD_USER_INPUT', line: 1 } });
    expect(await read('urn:polder:glossaryTerm:(gloss-finance,walk-y1)')).toBeNull();
    const bare = await steward(IMPORT, { input: { glossary: 'gloss-finance', format: 'YAML', content: 'terms:\n  - name: Walk Y1\n', dryRun: true } });
    expect(bare.data!.importGlossary).toMatchObject({ dryRun: true, created: ['Walk Y1'] });
  });

  it('changes only what a term states: a key left out leaves the term as it is, one given empty clears it', async () => {
    const steward = as('gloss-steward');
    const FULL = `version: 1
terms:
  - name: Walk Source
  - name: Walk Pipe
    definition: old def
    parent: Walk Source
    synonyms: [Tube, Duct]
    examples: [a pipe]
    owners: [gloss-steward]
    reviewers: [gloss-council]
    columnPatterns: ["*_pipe"]
    links: [{label: Spec, url: "https://example.com/pipe"}]
    customProperties: [{key: team, value: plumbing}]
    relations: [{kind: SEE_ALSO, target: Walk Source, provenance: MANUAL, relationStatus: ACTIVE}]
`;
    expect((await steward(IMPORT, { input: { glossary: 'gloss-finance', format: 'YAML', content: FULL } })).data!.importGlossary.created).toEqual(['Walk Source', 'Walk Pipe']);
    const urn = 'urn:polder:glossaryTerm:(gloss-finance,walk-pipe)';
    const kept = {
      parent: { name: 'Walk Source' },
      synonyms: ['Tube', 'Duct'],
      examples: ['a pipe'],
      owners: ['gloss-steward'],
      reviewers: ['gloss-council'],
      links: [{ label: 'Spec', url: 'https://example.com/pipe' }],
      customProperties: [{ key: 'team', value: 'plumbing' }],
      relations: [{ kind: 'SEE_ALSO', name: 'seeAlso', outgoing: true, term: { name: 'Walk Source' } }],
    };

    const partial = await steward(IMPORT, { input: { glossary: 'gloss-finance', format: 'YAML', content: 'version: 1\nterms:\n  - {name: Walk Pipe, definition: new def only}\n' } });
    expect(partial.data!.importGlossary).toMatchObject({ created: [], updated: ['Walk Pipe'] });
    const term = await read(urn);
    expect(term).toMatchObject({ ...kept, definition: 'new def only', termStatus: 'DRAFT', version: 2 });
    expect(term.history[0].diff).toEqual([{ field: 'definition', before: '"old def"', after: '"new def only"' }]);
    const exported = (await steward(EXPORT, { input: { glossary: 'gloss-finance', format: 'YAML' } })).data!.exportGlossary as string;
    expect(exported).toContain('    columnPatterns:\n      - "*_pipe"\n');

    const cleared = await steward(IMPORT, { input: { glossary: 'gloss-finance', format: 'YAML', content: 'terms:\n  - {name: Walk Pipe, synonyms: [], parent: null, relations: []}\n' } });
    expect(cleared.data!.importGlossary.updated).toEqual(['Walk Pipe']);
    expect(await read(urn)).toMatchObject({ ...kept, definition: 'new def only', synonyms: [], parent: null, relations: [], version: 3 });
  });

  it("keeps a term's status, replacement, owners and reviewers when an admin's import leaves them out", async () => {
    const revenue = await approvedTerm('gloss-finance', 'Walk Revenue', { owners: ['gloss-steward'] });
    const net = await approvedTerm('gloss-finance', 'Walk Net revenue');
    const deprecated = await as('gloss-steward')(STATUS, { input: { urn: revenue.urn, expectedVersion: revenue.version, status: 'DEPRECATED', comment: 'net it is', replacementUrn: net.urn } });
    expect(deprecated.errors).toBeUndefined();

    const imported = await as('gloss-admin')(IMPORT, { input: { glossary: 'gloss-finance', format: 'YAML', content: 'version: 1\nterms:\n  - {name: Walk Revenue, definition: x}\n' } });
    expect(imported.data!.importGlossary).toMatchObject({ updated: ['Walk Revenue'] });
    expect(await read(revenue.urn)).toMatchObject({
      definition: 'x',
      termStatus: 'DEPRECATED',
      owners: ['gloss-steward'],
      reviewers: ['gloss-council'],
      relations: [{ kind: 'REPLACED_BY', name: 'replacedBy', outgoing: true, term: { name: 'Walk Net revenue' } }],
    });
  });
});
