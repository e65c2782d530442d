/**
 * Names of glossary terms and polysemes, against real Neo4j through the HTTP API:
 * names in scripts a slug cannot spell in ASCII (Cyrillic is transliterated, CJK
 * gets a hash of the name) each get a URN of their own, however many there are;
 * uniqueness is checked on the name or label, not through URN clashes; and two
 * creates of one name at the same moment give one term and a clear refusal, never
 * an internal error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../api/src/modules/glossary/glossaryCsv.ts';
import { startApiServer, type ApiServer } from '@polder/api';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import type { GraphQLResponse } from './support/graphqlClient.ts';
import { accountsClient } from './support/accountsClient.ts';

const driver = testDriver();
const DOMAIN = 'gnames';
const RACE_DOMAIN = 'gnames-race';
// An import locks the terms its glossary has, which serialises two imports into one that has any: these stay empty until raced into.
const EMPTY_DOMAINS = ['gnames-empty-1', 'gnames-empty-2', 'gnames-empty-3'];
const ALL_DOMAINS = [DOMAIN, RACE_DOMAIN, ...EMPTY_DOMAINS];
const PASSWORD = 'a long enough password';
const ACCOUNTS = [
  { username: 'gnames-steward', roles: ['STEWARD'] },
  { username: 'gnames-council', roles: ['COUNCIL'] },
];
let api: ApiServer;
const { post, as, signIn } = accountsClient();

const CREATE = `mutation ($input: CreateGlossaryTermInput!) { createGlossaryTerm(input: $input) { urn name } }`;
const CREATE_POLYSEME = `mutation ($input: CreatePolysemeInput!) { createPolyseme(input: $input) { urn label } }`;
const IMPORT = `mutation ($input: ImportGlossaryInput!) { importGlossary(input: $input) { created updated skipped { name reason } } }`;
const createTerm = (name: string, glossary = DOMAIN) => as('gnames-steward')(CREATE, { input: { glossary, name } });
const createPolyseme = (label: string) => as('gnames-council')(CREATE_POLYSEME, { input: { label, senseUrns: [] } });
const HASH_SLUG = /^[0-9a-f]{8}$/;
const slugOfUrn = (urn: string) => /,([^,()]+)\)$/.exec(urn)?.[1] ?? urn.replace(/^urn:polder:polyseme:/, '');

beforeAll(async () => {
  for (const id of ALL_DOMAINS) {
    await driver.executeQuery(`MERGE (d:Domain:Entity {urn: $urn}) SET d.id = $id, d.name = $id, d.status = 'ACTIVE'`, { urn: `urn:polder:domain:${id}`, id });
  }
  api = await startApiServer({ driver, meili: testMeili(), indexPrefix: 'test_glossary_names_', logger: testLogger, lineage: { maxDepth: 5, maxNodes: 100 } }, { host: '127.0.0.1', port: 0 });
  await signIn(driver, api, ACCOUNTS, PASSWORD);
});

afterAll(async () => {
  await api?.stop();
  const created = `MATCH (n) WHERE (n:GlossaryTerm AND n.glossary IN $domains) OR (n:Polyseme AND n.createdBy = 'gnames-council')`;
  await driver.executeQuery(`${created} OPTIONAL MATCH (c:Change)-[:ABOUT]->(n) DETACH DELETE c`, { domains: ALL_DOMAINS });
  await driver.executeQuery(`${created} OPTIONAL MATCH (o:IndexOutbox {urn: n.urn}) DETACH DELETE o, n`, { domains: ALL_DOMAINS });
  await driver.executeQuery(`MATCH (d:Domain) WHERE d.id IN $domains DETACH DELETE d`, { domains: ALL_DOMAINS });
  await driver.executeQuery(`MATCH (a:Account) WHERE a.username STARTS WITH 'gnames-' OPTIONAL MATCH (x)-[:SESSION_OF|ISSUED_TO]->(a) DETACH DELETE x, a`);
  await driver.close();
});

describe('names a slug cannot spell in ASCII', () => {
  it('transliterates Cyrillic into the URN', async () => {
    expect((await createTerm('Клиент')).data!.createGlossaryTerm).toEqual({ urn: `urn:polder:glossaryTerm:(${DOMAIN},klient)`, name: 'Клиент' });
    expect((await createTerm('Счёт-фактура')).data!.createGlossaryTerm.urn).toBe(`urn:polder:glossaryTerm:(${DOMAIN},schet-faktura)`);
    const duplicate = await createTerm('КЛИЕНТ');
    expect(duplicate.errors![0]).toMatchObject({ message: `the ${DOMAIN} glossary already has a term "Клиент": term names are unique in a glossary (regardless of case)`, extensions: { code: 'BAD_USER_INPUT', argument: 'input.name' } });
  });

  it('gives each of 60 CJK names a URN of its own (a hash of the name), not "term", "term-2", … "term-51" and then a refusal', async () => {
    const names = Array.from({ length: 60 }, (_, index) => `顧客${String.fromCodePoint(0x4e00 + index)}`);
    const urns: string[] = [];
    for (const name of names) {
      const body = await createTerm(name);
      expect(body.errors).toBeUndefined();
      urns.push(body.data!.createGlossaryTerm.urn as string);
    }
    expect(new Set(urns).size).toBe(60);
    for (const urn of urns) expect(slugOfUrn(urn)).toMatch(HASH_SLUG);
    // The same name is the same slug: refused as a duplicate name, not handed the next URN.
    expect((await createTerm(names[0]!)).errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.name' } });
    // The importer makes the same URNs as createGlossaryTerm.
    const header = CSV_COLUMNS.join(',');
    const imported = await as('gnames-steward')(IMPORT, { input: { glossary: RACE_DOMAIN, format: 'CSV', content: `${header}\r\n${names[0]},,,DRAFT,,,,,,,,,,\r\n` } });
    expect(imported.errors).toBeUndefined();
    const found = await driver.executeQuery(`MATCH (t:GlossaryTerm {glossary: $glossary}) RETURN t.urn AS urn`, { glossary: RACE_DOMAIN });
    expect(found.records.map((record) => slugOfUrn(record.get('urn') as string))).toEqual([slugOfUrn(urns[0]!)]);
    await driver.executeQuery(`MATCH (t:GlossaryTerm {glossary: $glossary}) OPTIONAL MATCH (c:Change)-[:ABOUT]->(t) DETACH DELETE c, t`, { glossary: RACE_DOMAIN });
  });

  it('checks polyseme labels on the label: two CJK labels are two polysemes, the same one again is refused', async () => {
    const customer = await createPolyseme('顧客');
    expect(customer.errors).toBeUndefined();
    expect(slugOfUrn(customer.data!.createPolyseme.urn)).toMatch(HASH_SLUG);
    const partner = await createPolyseme('取引先');
    expect(partner.errors).toBeUndefined();
    expect(partner.data!.createPolyseme).toMatchObject({ label: '取引先' });
    expect(partner.data!.createPolyseme.urn).not.toBe(customer.data!.createPolyseme.urn);
    expect((await createPolyseme('Клиент')).data!.createPolyseme.urn).toBe('urn:polder:polyseme:klient');
    expect((await createPolyseme('顧客')).errors![0]).toMatchObject({ message: 'a polyseme "顧客" already exists', extensions: { code: 'BAD_USER_INPUT', argument: 'input.label' } });
    expect((await createPolyseme('клиент')).errors![0]).toMatchObject({ message: 'a polyseme "Клиент" already exists', extensions: { code: 'BAD_USER_INPUT', argument: 'input.label' } });
    // Two labels that share a slug are two polysemes: the second URN gets the next suffix.
    expect((await createPolyseme('Gnames party')).data!.createPolyseme.urn).toBe('urn:polder:polyseme:gnames-party');
    expect((await createPolyseme('Gnames-party')).data!.createPolyseme).toEqual({ urn: 'urn:polder:polyseme:gnames-party-2', label: 'Gnames-party' });
  });
});

describe('concurrent creates', () => {
  const codes = (bodies: GraphQLResponse[]) => bodies.map((body) => (body.errors ? `${body.errors[0]!.extensions!.code} ${String(body.errors[0]!.extensions!.argument)}` : 'created')).sort();

  it('of one term name give one term and BAD_USER_INPUT naming input.name, never an internal error', async () => {
    for (let round = 1; round <= 5; round++) {
      const bodies = await Promise.all([createTerm(`Gnames race ${round}`, RACE_DOMAIN), createTerm(`GNAMES RACE ${round}`, RACE_DOMAIN)]);
      expect(codes(bodies)).toEqual(['BAD_USER_INPUT input.name', 'created']);
      expect(bodies.find((body) => body.errors)!.errors![0]!.message).toMatch(/^the gnames-race glossary already has a term "(Gnames race|GNAMES RACE) \d": term names are unique/);
    }
    const count = await driver.executeQuery(`MATCH (t:GlossaryTerm {glossary: $glossary}) WHERE t.nameKey STARTS WITH 'gnames race ' RETURN count(t) AS n`, { glossary: RACE_DOMAIN });
    expect(Number(count.records[0]!.get('n'))).toBe(5);
  });

  it('of two renames to one name give one renamed term and BAD_USER_INPUT naming input.name, never an internal error', async () => {
    const UPDATE = `mutation ($input: UpdateGlossaryTermInput!) { updateGlossaryTerm(input: $input) { name } }`;
    for (let round = 1; round <= 5; round++) {
      const [a, b] = await Promise.all([createTerm(`Gnames rename ${round} a`, RACE_DOMAIN), createTerm(`Gnames rename ${round} b`, RACE_DOMAIN)]);
      const rename = (body: GraphQLResponse) => as('gnames-steward')(UPDATE, { input: { urn: body.data!.createGlossaryTerm.urn, expectedVersion: 1, name: `Gnames renamed ${round}` } });
      expect(codes(await Promise.all([rename(a), rename(b)]))).toEqual(['BAD_USER_INPUT input.name', 'created']);
    }
  });

  it('of two names with one slug give two terms, the second URN suffixed', async () => {
    for (let round = 1; round <= 3; round++) {
      const bodies = await Promise.all([createTerm(`Gnames twin ${round}!`, RACE_DOMAIN), createTerm(`Gnames twin ${round}?`, RACE_DOMAIN)]);
      expect(codes(bodies)).toEqual(['created', 'created']);
      expect(bodies.map((body) => body.data!.createGlossaryTerm.urn).sort()).toEqual([`urn:polder:glossaryTerm:(${RACE_DOMAIN},gnames-twin-${round})`, `urn:polder:glossaryTerm:(${RACE_DOMAIN},gnames-twin-${round}-2)`]);
    }
  });

  it('of one polyseme label give one polyseme and BAD_USER_INPUT naming input.label', async () => {
    for (let round = 1; round <= 5; round++) {
      const bodies = await Promise.all([createPolyseme(`Gnames word ${round}`), createPolyseme(`gnames WORD ${round}`)]);
      expect(codes(bodies)).toEqual(['BAD_USER_INPUT input.label', 'created']);
    }
  });

  it('of two renames of polysemes to one label give one renamed polyseme and BAD_USER_INPUT naming input.label', async () => {
    const UPDATE_POLYSEME = `mutation ($input: UpdatePolysemeInput!) { updatePolyseme(input: $input) { label } }`;
    for (let round = 1; round <= 5; round++) {
      const [a, b] = await Promise.all([createPolyseme(`Gnames sense ${round} a`), createPolyseme(`Gnames sense ${round} b`)]);
      const rename = (body: GraphQLResponse, label: string) => as('gnames-council')(UPDATE_POLYSEME, { input: { urn: body.data!.createPolyseme.urn, expectedVersion: 1, label } });
      expect(codes(await Promise.all([rename(a, `Gnames meaning ${round}`), rename(b, `GNAMES MEANING ${round}`)]))).toEqual(['BAD_USER_INPUT input.label', 'created']);
    }
    const count = await driver.executeQuery(`MATCH (p:Polyseme) WHERE toLower(p.label) STARTS WITH 'gnames meaning ' RETURN count(p) AS n`);
    expect(Number(count.records[0]!.get('n'))).toBe(5);
  });

  it('of two imports of one file into an empty glossary: both succeed, the second finding the first\'s terms', async () => {
    const header = CSV_COLUMNS.join(',');
    const names = Array.from({ length: 20 }, (_, index) => `Gnames imported ${index}`);
    const content = `${header}\r\n${names.map((name) => `${name},,,DRAFT,,,,,,,,,,`).join('\r\n')}\r\n`;
    for (const glossary of EMPTY_DOMAINS) {
      const bodies = await Promise.all([1, 2].map(() => as('gnames-steward')(IMPORT, { input: { glossary, format: 'CSV', content } })));
      for (const body of bodies) expect(body.errors).toBeUndefined();
      // Created once: by one import, or part by each; the other reports those it found unchanged.
      expect(bodies.flatMap((body) => body.data!.importGlossary.created as string[]).sort()).toEqual([...names].sort());
      const count = await driver.executeQuery(`MATCH (t:GlossaryTerm {glossary: $glossary}) RETURN count(t) AS n`, { glossary });
      expect(Number(count.records[0]!.get('n'))).toBe(20);
    }
  });
});
