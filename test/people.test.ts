/**
 * People and teams through the GraphQL API, against real Neo4j: a directory
 * (Person, Team, MEMBER_OF) crawled by a `directory` source from
 * test/fixtures/directory/people-test.yaml, beside hand-made assets whose owner
 * entries name them in the ways sources and people write owners, plus a real
 * PostgreSQL crawl whose table owner (a role) is a person of the directory.
 *
 *   ana  {displayName: Ana Lima, email: Ana@Shop.example}  member of ERP Team, Data Platform
 *   bo   {displayName: Bo Chen}                             member of ERP Team
 *   sam1, sam2 {displayName: Sam Smith}                     (the same name: an entry "Sam Smith" names nobody)
 *
 *   domain People Test        editable_owners ['Ana Lima']                       → ana
 *   data product Orders Feed  owners ['erp', 'ana@shop.example']                → team erp, ana
 *   dataset customers         owners ['Ana Lima <ana@shop.example>']            → ana (by e-mail)
 *   dataset invoices          owners ['bo'], editable_owners ['ANA@shop.example'] → ana (a person's edit wins)
 *   dataset orders            owner 'ana' (as PostgreSQL reports a table owner)  → ana
 *   dataset legacy            owner 'ana', REMOVED                               → nobody (not active)
 *   dataset shared            owners ['Sam Smith']                               → nobody (ambiguous)
 *   dataset edged             no entry, (edged)-[:OWNED_BY]->(bo)                → bo
 *   dataset by-team           owners ['ERP Team']                                → team erp
 *   glossary term Margin      owners ['ana'] (usernames)                         → ana
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource } from '@polder/crawlers';
import { startApiServer, type ApiServer } from '@polder/api';
import type { SourceConfig } from '@polder/runtime';
import { createDatabase, runSql } from './support/loadPagila.ts';
import { deleteCrawledData, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import { graphqlClient, graphqlRequest } from './support/graphqlClient.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';

const services = testServices();
const driver = testDriver();
const PROVIDER = 'test:people';
const person = (id: string) => `urn:polder:person:${id}`;
const team = (id: string) => `urn:polder:team:${id}`;
const ds = (name: string) => `urn:polder:dataset:(postgres,people-test,${name})`;
const DOMAIN = 'urn:polder:domain:people-test';
const PRODUCT = 'urn:polder:dataProduct:(people-test,orders-feed)';
const TERM = 'urn:polder:glossaryTerm:(people-test,margin)';
// A person of the directory fixture too.
const ROLE = 'polder_people_test_owner';
const { source, env } = testPostgresSource(services.postgres, 'people-pg', 'people_pg', 'people-pg');
const directory: SourceConfig = {
  id: 'people-directory',
  kind: 'directory',
  domain: 'people-directory',
  path: fileURLToPath(new URL('./fixtures/directory/people-test.yaml', import.meta.url)),
  include: [],
  exclude: [],
};
const crawled = (table: string) => `urn:polder:dataset:(postgres,people-pg,people_pg.public.${table})`;

const apiDependencies = { driver, meili: testMeili(), indexPrefix: 'test_people_', logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 } };
let api: ApiServer;
let closedApi: ApiServer;
let query: ReturnType<typeof graphqlClient>;

async function writeAssets(): Promise<void> {
  await driver.executeQuery(
    `CREATE (:Entity:Domain {urn: $domain, id: 'people-test', name: 'People Test', editable_owners: ['Ana Lima'], status: 'ACTIVE', provider: $provider})
     CREATE (:Entity:DataProduct {urn: $product, id: 'orders-feed', name: 'Orders Feed', owners: ['erp', 'ana@shop.example'], status: 'ACTIVE', provider: $provider})
     CREATE (:Entity:GlossaryTerm {urn: $term, name: 'Margin', glossary: 'people-test', owners: ['ana'], status: 'ACTIVE', termStatus: 'APPROVED', provider: $provider})
     WITH 1 AS one
     UNWIND $datasets AS d
     CREATE (n:Entity:Dataset {urn: d.urn, name: d.name, qualifiedName: d.name, platform: 'postgres', subtype: 'TABLE', status: d.status, provider: $provider})
     SET n += d.owners`,
    {
      domain: DOMAIN,
      product: PRODUCT,
      term: TERM,
      provider: PROVIDER,
      datasets: [
        { name: 'customers', status: 'ACTIVE', owners: { owners: ['Ana Lima <ana@shop.example>'] } },
        { name: 'invoices', status: 'ACTIVE', owners: { owners: ['bo'], editable_owners: ['ANA@shop.example'] } },
        { name: 'orders', status: 'ACTIVE', owners: { owner: 'ana' } },
        { name: 'legacy', status: 'REMOVED', owners: { owner: 'ana' } },
        { name: 'shared', status: 'ACTIVE', owners: { owners: ['Sam Smith'] } },
        { name: 'edged', status: 'ACTIVE', owners: {} },
        { name: 'by-team', status: 'ACTIVE', owners: { owners: ['ERP Team'] } },
      ].map((dataset) => ({ ...dataset, urn: ds(dataset.name) })),
    },
  );
  await driver.executeQuery(`MATCH (d:Dataset {urn: $edged}), (p:Person {urn: $bo}) CREATE (d)-[:OWNED_BY {provider: $provider}]->(p)`, {
    edged: ds('edged'),
    bo: person('bo'),
    provider: PROVIDER,
  });
}

const removeHandMade = () => driver.executeQuery(`MATCH (n:Entity {provider: $provider}) DETACH DELETE n`, { provider: PROVIDER });

beforeAll(async () => {
  await removeHandMade();
  await writeTestMesh(driver, directory);
  await crawlSource(driver, directory, { logger: testLogger });
  await writeAssets();
  await runSql(services.postgres, 'postgres', `DROP ROLE IF EXISTS ${ROLE}; CREATE ROLE ${ROLE}`);
  await createDatabase(services.postgres, 'people_pg', `CREATE TABLE public.shipment (id int PRIMARY KEY, sent_at timestamptz); ALTER TABLE public.shipment OWNER TO ${ROLE};`);
  await writeTestMesh(driver, source);
  await crawlSource(driver, source, { logger: testLogger, env });
  api = await startApiServer({ ...apiDependencies, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
  closedApi = await startApiServer(apiDependencies, { host: '127.0.0.1', port: 0 });
  query = graphqlClient(`${api.url}/graphql`);
});
afterAll(async () => {
  await api?.stop();
  await closedApi?.stop();
  await removeHandMade();
  await deleteCrawledData(driver, directory);
  await deleteCrawledData(driver, source);
  await runSql(services.postgres, 'postgres', 'DROP DATABASE IF EXISTS people_pg WITH (FORCE)');
  await runSql(services.postgres, 'postgres', `DROP ROLE IF EXISTS ${ROLE}`);
  await driver.close();
});

describe('person and team', () => {
  it('reads a person with their teams and everything they answer for, kind by kind', async () => {
    const { data, errors } = await query(`{
      person(urn: "${person('ana')}") {
        urn type id name email teamCount
        teams { urn name email }
        owns { total assets { urn type } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.person).toEqual({
      urn: person('ana'),
      type: 'PERSON',
      id: 'ana',
      name: 'Ana Lima',
      email: 'Ana@Shop.example',
      teamCount: 2,
      teams: [
        { urn: team('data'), name: 'Data Platform', email: null },
        { urn: team('erp'), name: 'ERP Team', email: 'erp@shop.example' },
      ],
      owns: {
        total: 6,
        assets: [
          { urn: DOMAIN, type: 'DOMAIN' },
          { urn: PRODUCT, type: 'DATA_PRODUCT' },
          { urn: ds('customers'), type: 'DATASET' },
          { urn: ds('invoices'), type: 'DATASET' },
          { urn: ds('orders'), type: 'DATASET' },
          { urn: TERM, type: 'GLOSSARY_TERM' },
        ],
      },
    });
  });

  it('pages what a person owns, and filters it by kind', async () => {
    const { data, errors } = await query(`{
      person(urn: "${person('ana')}") {
        page: owns(limit: 2, offset: 1) { total assets { urn } }
        datasets: owns(types: [DATASET]) { total assets { urn ... on Dataset { name } } }
        beyond: owns(offset: 6) { total assets { urn } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.person).toEqual({
      page: { total: 6, assets: [{ urn: PRODUCT }, { urn: ds('customers') }] },
      datasets: { total: 3, assets: [{ urn: ds('customers'), name: 'customers' }, { urn: ds('invoices'), name: 'invoices' }, { urn: ds('orders'), name: 'orders' }] },
      beyond: { total: 6, assets: [] },
    });
  });

  it('counts an OWNED_BY edge, and only the owners readers see (a person\'s edit over the source\'s)', async () => {
    const { data } = await query(`{ person(urn: "${person('bo')}") { name email owns { total assets { urn } } } }`);
    expect(data!.person).toEqual({ name: 'Bo Chen', email: null, owns: { total: 1, assets: [{ urn: ds('edged') }] } });
  });

  it('links nobody to a name two people share', async () => {
    const { data } = await query(`{ a: person(urn: "${person('sam1')}") { owns { total } } b: person(urn: "${person('sam2')}") { owns { total } } }`);
    expect(data).toEqual({ a: { owns: { total: 0 } }, b: { owns: { total: 0 } } });
  });

  it('reads a team with its members, paged, and what it answers for', async () => {
    const { data, errors } = await query(`{
      team(urn: "${team('erp')}") {
        urn type id name email memberCount
        members { id name }
        second: members(limit: 1, offset: 1) { id }
        owns { total assets { urn } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.team).toEqual({
      urn: team('erp'),
      type: 'TEAM',
      id: 'erp',
      name: 'ERP Team',
      email: 'erp@shop.example',
      memberCount: 2,
      members: [
        { id: 'ana', name: 'Ana Lima' },
        { id: 'bo', name: 'Bo Chen' },
      ],
      second: [{ id: 'bo' }],
      owns: { total: 2, assets: [{ urn: PRODUCT }, { urn: ds('by-team') }] },
    });
  });

  it('resolves people and teams through entity and entities, and null for unknown ones', async () => {
    const { data, errors } = await query(`{
      entity(urn: "${person('bo')}") { urn type __typename }
      entities(urns: ["${team('data')}", "${person('nobody')}", "${person('ana')}"]) { urn type ... on Team { name } ... on Person { name } }
      person(urn: "${person('nobody')}") { urn }
      team(urn: "${team('nobody')}") { urn }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      entity: { urn: person('bo'), type: 'PERSON', __typename: 'Person' },
      entities: [{ urn: team('data'), type: 'TEAM', name: 'Data Platform' }, null, { urn: person('ana'), type: 'PERSON', name: 'Ana Lima' }],
      person: null,
      team: null,
    });
  });

  it('refuses a URN of another kind and bad page arguments, naming the argument', async () => {
    const errorOf = async (document: string) => (await query(document)).errors?.[0];
    expect(await errorOf(`{ person(urn: "${team('erp')}") { urn } }`)).toMatchObject({
      message: `urn: "${team('erp')}" is not a person URN`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'urn' },
    });
    expect(await errorOf(`{ team(urn: "erp") { urn } }`)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'urn' } });
    expect(await errorOf(`{ person(urn: "${person('ana')}") { owns(limit: 0) { total } } }`)).toMatchObject({
      message: 'limit must be between 1 and 200',
      extensions: { code: 'BAD_USER_INPUT', argument: 'limit' },
    });
    expect(await errorOf(`{ team(urn: "${team('erp')}") { members(offset: -1) { id } } }`)).toMatchObject({ message: 'offset must be 0 or more', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await errorOf(`{ person(urn: "${person('ana')}") { owns(types: [FIELD, DATASET]) { total } } }`)).toMatchObject({
      message: 'types: FIELD cannot be owned; name one or more of DOMAIN, DATA_PRODUCT, DATASET, GLOSSARY_TERM',
      extensions: { code: 'BAD_USER_INPUT', argument: 'types' },
    });
    expect(await errorOf(`{ person(urn: "${person('ana')}") { owns(types: []) { total } } }`)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'types' } });
  });

  it('reads nothing for a caller who may not read the catalog', async () => {
    const { body } = await graphqlRequest(`${closedApi.url}/graphql`, `{ person(urn: "${person('ana')}") { name } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data?.person ?? null).toBeNull();
  });
});

describe('owner entries', () => {
  it('link to the one person or team they name, by e-mail, id, display name or team name', async () => {
    const { data, errors } = await query(`{
      entities(urns: ["${ds('customers')}", "${ds('invoices')}", "${ds('shared')}", "${ds('by-team')}", "${PRODUCT}", "${DOMAIN}"]) {
        urn
        ... on Dataset { owners { name edited person { id } team { id } } }
        ... on DataProduct { owners { name person { id } team { id } } }
        ... on Domain { owners { name person { id } team { id } } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.entities).toEqual([
      { urn: ds('customers'), owners: [{ name: 'Ana Lima <ana@shop.example>', edited: false, person: { id: 'ana' }, team: null }] },
      { urn: ds('invoices'), owners: [{ name: 'ANA@shop.example', edited: true, person: { id: 'ana' }, team: null }] },
      { urn: ds('shared'), owners: [{ name: 'Sam Smith', edited: false, person: null, team: null }] },
      { urn: ds('by-team'), owners: [{ name: 'ERP Team', edited: false, person: null, team: { id: 'erp' } }] },
      {
        urn: PRODUCT,
        owners: [
          { name: 'erp', person: null, team: { id: 'erp' } },
          { name: 'ana@shop.example', person: { id: 'ana' }, team: null },
        ],
      },
      { urn: DOMAIN, owners: [{ name: 'Ana Lima', person: { id: 'ana' }, team: null }] },
    ]);
  });

  it('link a crawled table owner (a PostgreSQL role) to its person, and the person to the table', async () => {
    const { data, errors } = await query(`{
      dataset(urn: "${crawled('shipment')}") { owners { name person { id name owns(types: [DATASET]) { total assets { urn } } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.dataset.owners).toEqual([{ name: ROLE, person: { id: ROLE, name: 'Pat Table-Owner', owns: { total: 1, assets: [{ urn: crawled('shipment') }] } } }]);
  });
});

describe('batching', () => {
  const count = async (document: string) => {
    const response = await graphqlRequest(`${api.url}/graphql`, document);
    expect(response.body.errors).toBeUndefined();
    return Number(response.headers.get('x-polder-graph-queries'));
  };

  it('sends one query per kind of neighbour per level, however many people', async () => {
    const PEOPLE = (urns: string[]) => `{ entities(urns: ${JSON.stringify(urns)}) {
      ... on Person { teamCount teams { memberCount members { name } } owns(types: [DATASET]) { total assets { urn } } all: owns { total } }
    } }`;
    // entities; teams and teamCount (one loader); both pages of owns (one loader); the teams' members and memberCount.
    expect(await count(PEOPLE([person('ana')]))).toBe(4);
    expect(await count(PEOPLE([person('ana'), person('bo'), person('sam1'), person('sam2')]))).toBe(4);
  });

  it('links every owner entry of a level in one query', async () => {
    const OWNERS = (urns: string[]) => `{ entities(urns: ${JSON.stringify(urns)}) { ... on Dataset { owners { person { name } team { name } } } } }`;
    expect(await count(OWNERS([ds('customers')]))).toBe(2);
    expect(await count(OWNERS([ds('customers'), ds('invoices'), ds('orders'), ds('shared'), ds('by-team')]))).toBe(2);
  });
});
