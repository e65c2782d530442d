/**
 * Edits that contradict themselves, end to end against real Neo4j through the HTTP API: one tag (synonym,
 * owner, ...) in two spellings, an owner URN that names nobody in the directory, glossary relations that
 * cannot both hold, through the edit mutations and the glossary import. Each is refused with
 * BAD_USER_INPUT naming the field and the values, and leaves the entity, its version and its audit trail
 * as they were; what may hold together is still taken.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '@polder/api';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { accountsClient } from './support/accountsClient.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';

const driver = testDriver();
const DOMAIN = 'contra-shop';
const DOMAIN_URN = `urn:polder:domain:${DOMAIN}`;
const ORDERS = `urn:polder:dataset:(postgres,contra-db,shop.public.orders)`;
const ORDER_ID = `urn:polder:field:(${ORDERS},order_id)`;
const ANA = 'urn:polder:person:contra-ana';
const BO = 'urn:polder:person:contra-bo';
const ERP = 'urn:polder:team:contra-erp';
const PASSWORD = 'a long enough password';
const ACCOUNTS = [
  { username: 'contra-admin', roles: ['ADMIN'] },
  { username: 'contra-steward', roles: ['STEWARD'] },
  { username: 'contra-council', roles: ['COUNCIL'] },
];
let api: ApiServer;
const { as, signIn } = accountsClient();
const admin = as('contra-admin');
const steward = as('contra-steward');

const SET_TAGS = `mutation ($input: SetTagsInput!) { setTags(input: $input) { ... on Dataset { version tags } ... on Field { version tags } } }`;
const SET_OWNERS = `mutation ($input: SetOwnersInput!) { setOwners(input: $input) { ... on Dataset { version owners { name type } } ... on Domain { version owners { name type } } } }`;
const TERM_FIELDS = 'urn name version termStatus synonyms acronyms examples owners columnPatterns relations { kind outgoing relationStatus term { name } }';
const CREATE = `mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { ${TERM_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateGlossaryTermInput!) { updateGlossaryTerm(input: $input) { ${TERM_FIELDS} } }`;
const RELATE = `mutation ($input: GlossaryTermRelationInput!) { addGlossaryTermRelation(input: $input) { ${TERM_FIELDS} } }`;
const STATUS = `mutation ($input: ChangeGlossaryTermStatusInput!) { changeGlossaryTermStatus(input: $input) { urn termStatus version } }`;
const IMPORT = `mutation ($input: ImportGlossaryInput!) { importGlossary(input: $input) { created updated skipped { name reason } } }`;

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

/** What a refusal must leave as it was: the node's properties (its version among them) and its audit entries. */
async function stateOf(urn: string) {
  const [node] = await rows<{ props: Record<string, unknown> }>(`MATCH (n:Entity {urn: $urn}) RETURN properties(n) AS props`, { urn });
  const [audit] = await rows<{ n: number }>(`MATCH (c:Change)-[:ABOUT]->(:Entity {urn: $urn}) RETURN count(c) AS n`, { urn });
  return { props: node?.props, changes: audit!.n };
}

/** Sends `edit`, expects BAD_USER_INPUT with `message`, and that none of `urns` changed. */
async function refused(edit: () => Promise<GraphQLResponse>, message: unknown, urns: readonly string[]) {
  const before = await Promise.all(urns.map(stateOf));
  const body = await edit();
  expect(body.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  expect(body.data ?? null).toBeNull();
  expect(await Promise.all(urns.map(stateOf))).toEqual(before);
}

/** The version of an asset people edit (a dataset, column or domain). */
const versionOf = async (urn: string) => Number((await stateOf(urn)).props!.editable_version ?? 0);

async function create(input: Record<string, unknown>) {
  const body = await steward(CREATE, { input: { glossary: DOMAIN, ...input } });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!.createGlossaryTerm as { urn: string; version: number };
}

beforeAll(async () => {
  await driver.executeQuery(
    `MERGE (d:Domain:Entity {urn: $domain}) SET d.id = $id, d.name = 'Contra shop', d.status = 'ACTIVE'
     MERGE (t:Dataset:Entity {urn: $orders}) SET t.name = 'orders', t.qualifiedName = 'shop.public.orders', t.platform = 'postgres', t.subtype = 'TABLE', t.status = 'ACTIVE'
     MERGE (f:Field:Entity {urn: $orderId}) SET f.name = 'order_id', f.position = 1, f.status = 'ACTIVE'
     MERGE (t)-[:IN_DOMAIN]->(d)
     MERGE (t)-[:HAS_FIELD]->(f)
     MERGE (ana:Person:Entity {urn: $ana}) SET ana.id = 'contra-ana', ana.displayName = 'Ana Contra', ana.status = 'ACTIVE'
     MERGE (bo:Person:Entity {urn: $bo}) SET bo.id = 'contra-bo', bo.displayName = 'Bo Contra', bo.status = 'ACTIVE'
     MERGE (erp:Team:Entity {urn: $erp}) SET erp.id = 'contra-erp', erp.name = 'Contra ERP', erp.status = 'ACTIVE'`,
    { domain: DOMAIN_URN, id: DOMAIN, orders: ORDERS, orderId: ORDER_ID, ana: ANA, bo: BO, erp: ERP },
  );
  api = await startApiServer({ driver, meili: testMeili(), indexPrefix: 'test_contra_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 }, glossary: { walkCap: 5 } }, { host: '127.0.0.1', port: 0 });
  await signIn(driver, api, ACCOUNTS, PASSWORD);
});

afterAll(async () => {
  await api?.stop();
  const entities = `MATCH (n:Entity) WHERE n.urn IN $urns OR (n:GlossaryTerm AND n.glossary = $id)`;
  await driver.executeQuery(`${entities} OPTIONAL MATCH (c:Change)-[:ABOUT]->(n) DETACH DELETE c`, { urns: [DOMAIN_URN, ORDERS, ORDER_ID, ANA, BO, ERP], id: DOMAIN });
  await driver.executeQuery(`${entities} OPTIONAL MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox {urn: n.urn}) DETACH DELETE o, n`, { urns: [DOMAIN_URN, ORDERS, ORDER_ID, ANA, BO, ERP], id: DOMAIN });
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'contra-' OPTIONAL MATCH (x)-[:SESSION_OF|ISSUED_TO]->(a) DETACH DELETE x, a`);
  await driver.close();
});

describe('tags', () => {
  it('refuses one tag in two spellings on a dataset or a column, naming both, and takes the same spelling twice', async () => {
    for (const urn of [ORDERS, ORDER_ID]) {
      const version = await versionOf(urn);
      await refused(() => admin(SET_TAGS, { input: { urn, expectedVersion: version, tags: ['PII', 'gold', 'pii'] } }), 'tags[2]: "pii" repeats "PII" (tags are compared ignoring case)', [urn]);
      const taken = await admin(SET_TAGS, { input: { urn, expectedVersion: version, tags: ['PII', 'gold', 'PII'] } });
      expect(taken.data!.setTags).toEqual({ version: version + 1, tags: ['PII', 'gold'] });
    }
  });
});

describe('owners', () => {
  const owner = (name: string, type = 'TECHNICAL_OWNER') => ({ name, type });

  it('refuses one owner of one type in two spellings, and takes a name as owner of two types', async () => {
    const version = await versionOf(ORDERS);
    await refused(
      () => admin(SET_OWNERS, { input: { urn: ORDERS, expectedVersion: version, owners: [owner('Ana Contra', 'BUSINESS_OWNER'), owner('ops'), owner('ana contra', 'BUSINESS_OWNER')] } }),
      'owners[2]: "ana contra" repeats "Ana Contra" (owners are compared ignoring case)',
      [ORDERS],
    );
    const taken = await admin(SET_OWNERS, { input: { urn: ORDERS, expectedVersion: version, owners: [owner('Ana Contra', 'BUSINESS_OWNER'), owner('ana contra')] } });
    expect(taken.data!.setOwners).toEqual({ version: version + 1, owners: [owner('Ana Contra', 'BUSINESS_OWNER'), owner('ana contra')] });
  });

  it('refuses an owner URN that names no person or team of the directory, by position, with the closest one', async () => {
    const version = await versionOf(ORDERS);
    const set = (urn: string, owners: unknown[]) => () => admin(SET_OWNERS, { input: { urn, expectedVersion: urn === ORDERS ? version : 0, owners } });
    await refused(set(ORDERS, [owner('ops'), owner(ANA), owner('urn:polder:person:contra-anaa')]), 'owners[2].name: no person or team urn:polder:person:contra-anaa (did you mean urn:polder:person:contra-ana?)', [ORDERS]);
    await refused(set(ORDERS, [owner('urn:polder:team:contra-epr', 'BUSINESS_OWNER')]), 'owners[0].name: no person or team urn:polder:team:contra-epr (did you mean urn:polder:team:contra-erp?)', [ORDERS]);
    await refused(
      set(ORDERS, [owner(ORDERS)]),
      `owners[0].name: "${ORDERS}" is not a person or team URN (urn:polder:person:<id>, urn:polder:team:<id>); an owner may also be named by name or e-mail`,
      [ORDERS],
    );
    // A domain's owners the same.
    await refused(set(DOMAIN_URN, [owner('urn:polder:person:contra-boo', 'BUSINESS_OWNER')]), 'owners[0].name: no person or team urn:polder:person:contra-boo (did you mean urn:polder:person:contra-bo?)', [DOMAIN_URN]);

    // Names are not looked up (a catalog may have no directory, sources name owners no directory lists); URNs of the directory are taken.
    const taken = await admin(SET_OWNERS, { input: { urn: ORDERS, expectedVersion: version, owners: [owner('ops@contra.example'), owner(ANA, 'BUSINESS_OWNER'), owner(ERP)] } });
    expect(taken.data!.setOwners).toEqual({ version: version + 1, owners: [owner('ops@contra.example'), owner(ANA, 'BUSINESS_OWNER'), owner(ERP)] });
    // An entry written as a URN links to whom it names, as their id would.
    const linked = await admin(`query ($urn: ID!) { dataset(urn: $urn) { owners { name person { urn } team { urn } } } }`, { urn: ORDERS });
    expect(linked.data!.dataset.owners).toEqual([
      { name: 'ops@contra.example', person: null, team: null },
      { name: ANA, person: { urn: ANA }, team: null },
      { name: ERP, person: null, team: { urn: ERP } },
    ]);
  });

  it('does not check again an owner the asset already had: one who left the directory does not block the list', async () => {
    const set = await admin(SET_OWNERS, { input: { urn: ORDERS, expectedVersion: await versionOf(ORDERS), owners: [owner(ANA, 'BUSINESS_OWNER')] } });
    expect(set.errors).toBeUndefined();
    const version = await versionOf(ORDERS);
    await driver.executeQuery(`MATCH (p:Person {urn: $ana}) SET p.status = 'REMOVED'`, { ana: ANA });
    try {
      // Ana, kept from before, stays; Bo, new, is checked and found; Ana added anew elsewhere is refused.
      const kept = await admin(SET_OWNERS, { input: { urn: ORDERS, expectedVersion: version, owners: [owner(ANA, 'BUSINESS_OWNER'), owner(BO)] } });
      expect(kept.data!.setOwners).toEqual({ version: version + 1, owners: [owner(ANA, 'BUSINESS_OWNER'), owner(BO)] });
      // (Which URN it suggests depends on the people other tests left in the shared graph.)
      await refused(() => admin(SET_OWNERS, { input: { urn: DOMAIN_URN, expectedVersion: 0, owners: [owner(ANA)] } }), expect.stringMatching(new RegExp(`^owners\\[0\\]\\.name: no person or team ${ANA}( \\(did you mean .*\\?\\))?$`)), [DOMAIN_URN]);
    } finally {
      await driver.executeQuery(`MATCH (p:Person {urn: $ana}) SET p.status = 'ACTIVE'`, { ana: ANA });
    }
  });
});

describe('glossary term lists', () => {
  it('refuses synonyms, acronyms, owners or column patterns in two spellings, and another name that is the term\'s own; examples are kept as written', async () => {
    const [before] = await rows<{ n: number }>(`MATCH (t:GlossaryTerm {glossary: $id}) RETURN count(t) AS n`, { id: DOMAIN });
    const createRefused = async (input: Record<string, unknown>, message: string) => {
      const body = await steward(CREATE, { input: { glossary: DOMAIN, name: 'Contra customer', ...input } });
      expect(body.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
    };
    await createRefused({ synonyms: ['Renter', 'renter'] }, 'synonyms[1]: "renter" repeats "Renter" (synonyms are compared ignoring case)');
    await createRefused({ synonyms: ['contra CUSTOMER'] }, 'synonyms[0]: "contra CUSTOMER" is the term\'s own name ("Contra customer"), not another name for it');
    expect(await rows(`MATCH (t:GlossaryTerm {glossary: $id}) RETURN count(t) AS n`, { id: DOMAIN })).toEqual([before]);

    const term = await create({ name: 'Contra customer', synonyms: ['Renter'], acronyms: ['CC'], examples: ['NL', 'nl'], owners: ['contra-steward'] });
    const update = (input: Record<string, unknown>) => () => steward(UPDATE, { input: { urn: term.urn, expectedVersion: term.version, ...input } });
    await refused(update({ acronyms: ['CC', 'cc'] }), 'acronyms[1]: "cc" repeats "CC" (acronyms are compared ignoring case)', [term.urn]);
    await refused(update({ owners: ['contra-steward', 'Contra-Steward'] }), 'owners[1]: "Contra-Steward" repeats "contra-steward" (owners are compared ignoring case)', [term.urn]);
    await refused(update({ columnPatterns: ['*_customer', '*_CUSTOMER'] }), 'columnPatterns[1]: "*_CUSTOMER" repeats "*_customer" (columnPatterns are compared ignoring case)', [term.urn]);
    await refused(update({ name: 'Renter' }), 'synonyms[0]: "Renter" is the term\'s own name ("Renter"), not another name for it', [term.urn]);
    const taken = await steward(UPDATE, { input: { urn: term.urn, expectedVersion: term.version, synonyms: ['Renter', 'Client'], examples: ['NL', 'nl', 'Nl'] } });
    expect(taken.data!.updateGlossaryTerm).toMatchObject({ version: term.version + 1, synonyms: ['Renter', 'Client'], examples: ['NL', 'nl', 'Nl'] });
  });

  it('refuses an owner URN that names no person or team of the directory, in an edit or an import, and takes one that does', async () => {
    const [before] = await rows<{ n: number }>(`MATCH (t:GlossaryTerm {glossary: $id}) RETURN count(t) AS n`, { id: DOMAIN });
    const created = await steward(CREATE, { input: { glossary: DOMAIN, name: 'Contra supplier', owners: ['contra-steward', 'urn:polder:person:contra-anaa'] } });
    expect(created.errors?.[0]).toMatchObject({ message: 'owners[1]: no person or team urn:polder:person:contra-anaa (did you mean urn:polder:person:contra-ana?)', extensions: { code: 'BAD_USER_INPUT' } });
    const imported = await steward(IMPORT, { input: { glossary: DOMAIN, format: 'YAML', content: `version: 1\nterms:\n  - name: Contra supplier\n    owners: [${ERP}, urn:polder:team:contra-epr]\n` } });
    expect(imported.errors?.[0]).toMatchObject({ message: 'line 3.owners[1]: no person or team urn:polder:team:contra-epr (did you mean urn:polder:team:contra-erp?)', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await rows(`MATCH (t:GlossaryTerm {glossary: $id}) RETURN count(t) AS n`, { id: DOMAIN })).toEqual([before]);

    const term = await create({ name: 'Contra supplier', owners: [ERP] });
    await refused(() => steward(UPDATE, { input: { urn: term.urn, expectedVersion: term.version, owners: [ERP, 'urn:polder:person:contra-boo'] } }), 'owners[1]: no person or team urn:polder:person:contra-boo (did you mean urn:polder:person:contra-bo?)', [term.urn]);
    const taken = await steward(UPDATE, { input: { urn: term.urn, expectedVersion: term.version, owners: [ERP, BO] } });
    expect(taken.data!.updateGlossaryTerm).toMatchObject({ version: term.version + 1, owners: [ERP, BO] });
  });

  it('refuses them in an import, naming the line, and imports nothing', async () => {
    const file = `version: 1
terms:
  - name: Contra order
    synonyms: [Booking]
  - name: Contra invoice
    synonyms: [Bill, BILL]
`;
    const [before] = await rows<{ n: number }>(`MATCH (t:GlossaryTerm {glossary: $id}) RETURN count(t) AS n`, { id: DOMAIN });
    const body = await steward(IMPORT, { input: { glossary: DOMAIN, format: 'YAML', content: file } });
    expect(body.errors?.[0]).toMatchObject({ message: 'line 5.synonyms[1]: "BILL" repeats "Bill" (synonyms are compared ignoring case)', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await rows(`MATCH (t:GlossaryTerm {glossary: $id}) RETURN count(t) AS n`, { id: DOMAIN })).toEqual([before]);
  });
});

describe('glossary relations', () => {
  const relate = (urn: string, expectedVersion: number, kind: string, targetUrn: string, relationStatus = 'ACTIVE') => () =>
    steward(RELATE, { input: { urn, expectedVersion, kind, targetUrn, relationStatus } });

  it('refuses a relation that contradicts one the two terms have, naming it, from either end', async () => {
    const debit = await create({ name: 'Contra debit' });
    const credit = await create({ name: 'Contra credit' });
    const isA = await relate(debit.urn, 1, 'IS_A', credit.urn)();
    expect(isA.data!.addGlossaryTermRelation).toMatchObject({ version: 2, relations: [{ kind: 'IS_A', outgoing: true, term: { name: 'Contra credit' } }] });

    const both = [debit.urn, credit.urn];
    await refused(relate(credit.urn, 1, 'ANTONYM', debit.urn), 'targetUrn: "Contra credit" ANTONYM "Contra debit" contradicts "Contra debit" IS_A "Contra credit": a term is not the opposite of what it is a kind of', both);
    await refused(relate(debit.urn, 2, 'ANTONYM', credit.urn), 'targetUrn: "Contra debit" ANTONYM "Contra credit" contradicts "Contra debit" IS_A "Contra credit": a term is not the opposite of what it is a kind of', both);
    await refused(relate(credit.urn, 1, 'IS_A', debit.urn), 'targetUrn: "Contra credit" IS_A "Contra debit" contradicts "Contra debit" IS_A "Contra credit": two terms are not each a kind of the other', both);

    // What may hold together is taken: related, see also; and once the is-a is deprecated, the antonym.
    expect((await relate(credit.urn, 1, 'RELATED_TO', debit.urn)()).errors).toBeUndefined();
    expect((await relate(debit.urn, 2, 'IS_A', credit.urn, 'DEPRECATED')()).errors).toBeUndefined();
    const antonym = await relate(debit.urn, 3, 'ANTONYM', credit.urn)();
    expect(antonym.errors).toBeUndefined();
    expect(antonym.data!.addGlossaryTermRelation.relations).toEqual([
      { kind: 'ANTONYM', outgoing: true, relationStatus: 'ACTIVE', term: { name: 'Contra credit' } },
      { kind: 'IS_A', outgoing: true, relationStatus: 'DEPRECATED', term: { name: 'Contra credit' } },
      { kind: 'RELATED_TO', outgoing: false, relationStatus: 'ACTIVE', term: { name: 'Contra credit' } },
    ]);
  });

  it('refuses two terms each a part of the other', async () => {
    const wheel = await create({ name: 'Contra wheel' });
    const car = await create({ name: 'Contra car' });
    expect((await relate(car.urn, 1, 'HAS_A', wheel.urn)()).errors).toBeUndefined();
    await refused(relate(wheel.urn, 1, 'HAS_A', car.urn), 'targetUrn: "Contra wheel" HAS_A "Contra car" contradicts "Contra car" HAS_A "Contra wheel": two terms are not each a part of the other', [wheel.urn, car.urn]);
  });

  it('refuses deprecating a term in favour of its opposite', async () => {
    const approved = async (name: string) => {
      const term = await create({ name, definition: `${name}.`, reviewers: ['contra-council'] });
      await steward(STATUS, { input: { urn: term.urn, expectedVersion: 1, status: 'IN_REVIEW', comment: 'ready' } });
      const body = await as('contra-council')(STATUS, { input: { urn: term.urn, expectedVersion: 2, status: 'APPROVED', comment: 'agreed' } });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return term.urn;
    };
    const [gross, net] = [await approved('Contra gross'), await approved('Contra net')];
    expect((await relate(gross, 3, 'ANTONYM', net)()).errors).toBeUndefined();
    await refused(
      () => steward(STATUS, { input: { urn: gross, expectedVersion: 4, status: 'DEPRECATED', comment: 'superseded', replacementUrn: net } }),
      'replacementUrn: "Contra gross" REPLACED_BY "Contra net" contradicts "Contra gross" ANTONYM "Contra net": a term is not replaced by its opposite',
      [gross, net],
    );
  });

  it('refuses an import that holds both sides of a contradiction, or contradicts the glossary, or relates a term to itself, naming the line; and imports nothing', async () => {
    const count = async () => (await rows<{ n: number }>(`MATCH (t:GlossaryTerm {glossary: $id}) RETURN count(t) AS n`, { id: DOMAIN }))[0]!.n;
    const relation = (kind: string, target: string) => `{kind: ${kind}, target: ${target}, provenance: IMPORTED, relationStatus: ACTIVE}`;
    const importing = (content: string) => () => steward(IMPORT, { input: { glossary: DOMAIN, format: 'YAML', content: `version: 1\nterms:\n${content}` } });

    // What may hold together: a profit and a loss are each a kind of result, and each other's opposite.
    const holding = `  - name: Contra profit
    relations: [${relation('IS_A', 'Contra result')}]
  - name: Contra result
  - name: Contra loss
    relations: [${relation('ANTONYM', 'Contra profit')}, ${relation('IS_A', 'Contra result')}]
`;
    const before = await count();
    expect((await importing(holding)()).errors).toBeUndefined();
    expect(await count()).toBe(before + 3);

    const contradicting = `  - name: Contra cost
    relations: [${relation('IS_A', 'Contra expense')}]
  - name: Contra expense
    relations: [${relation('ANTONYM', 'Contra cost')}]
`;
    await refused(importing(contradicting), 'line 5 ("Contra expense"): "Contra expense" ANTONYM "Contra cost" contradicts "Contra cost" IS_A "Contra expense" (line 3): a term is not the opposite of what it is a kind of', []);
    // An antonym the glossary has: the file may not make one term a kind of the other.
    const [asset, liability] = [await create({ name: 'Contra asset' }), await create({ name: 'Contra liability' })];
    expect((await relate(asset.urn, 1, 'ANTONYM', liability.urn)()).errors).toBeUndefined();
    await refused(
      importing(`  - name: Contra liability\n    relations: [${relation('IS_A', 'Contra asset')}]\n`),
      'line 3 ("Contra liability"): "Contra liability" IS_A "Contra asset" contradicts "Contra asset" ANTONYM "Contra liability" (already stated): a term is not the opposite of what it is a kind of',
      [asset.urn, liability.urn],
    );
    await refused(importing(`  - name: Contra self\n    relations: [${relation('SEE_ALSO', 'contra SELF')}]\n`), 'line 3 ("Contra self"): SEE_ALSO "contra SELF": a term cannot be related to itself', []);
    expect(await count()).toBe(before + 5);
  });
});
