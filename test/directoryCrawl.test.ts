/**
 * The `directory` source end to end, against real Neo4j and the GraphQL API: a
 * directory of Polder YAML files (test/fixtures/directory/yaml, copied so the
 * tests can change it) and an Okta-style SCIM export (okta-export.json) crawled
 * into Person and Team nodes, what the API then says of the people (teams, what
 * they own through an owner entry naming their e-mail), a re-crawl without one
 * of them, and a broken file that fails the run and changes nothing.
 *
 *   YAML  ivo.claes   Ivo Claes, Ivo.Claes@dir-test.example   dir-billing, dir-ops    owns ledger (owner entry: his e-mail)
 *         jet.mulder  Jet Mulder                              dir-billing             owns payouts (owner entry: "Jet Mulder <jet.mulder@...>")
 *         kees.post   Kees Post                               —
 *   SCIM  lena.vos@dir-scim.example (userName Lena.Vos@...), milan.roos: Directory Test Analytics; nina.weg inactive, not written
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServer } from '@polder/api';
import { crawlSource, CrawlFailedError } from '@polder/crawlers';
import type { SourceConfig } from '@polder/runtime';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { graphqlClient } from './support/graphqlClient.ts';
import { registerSecret } from './support/knownSecrets.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/directory/', import.meta.url));
const SCIM_PASSWORD = 'Scim-Fixture-Password-7f3a9c';
const SCIM_CERTIFICATE = 'MIIDQzCCAqygAwIBAgICEAAwDQYJKoZIhvcNAQEFBQAwTjELMAkGA1UEBhMC';

const driver = testDriver();
const directoryDir = mkdtempSync(join(tmpdir(), 'polder-directory-'));
const yamlSource: SourceConfig = { id: 'dir-yaml', kind: 'directory', domain: 'dir-yaml', path: directoryDir, include: [], exclude: [] };
const scimSource: SourceConfig = { id: 'dir-scim', kind: 'directory', domain: 'dir-scim', path: join(FIXTURES, 'okta-export.json'), include: [], exclude: [] };
const crawl = (source: SourceConfig) => crawlSource(driver, source, { logger: testLogger });

const HAND_MADE = 'test:directory';
const person = (id: string) => `urn:polder:person:${id}`;
const team = (id: string) => `urn:polder:team:${id}`;
const ds = (name: string) => `urn:polder:dataset:(postgres,dir-test,${name})`;

let api: ApiServer;
let query: ReturnType<typeof graphqlClient>;

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}
/** Everything a directory source wrote, as it stands: to show a failed run changed nothing. */
const writtenBy = (source: SourceConfig) =>
  rows(
    `MATCH (n:Entity {provider: $provider})
     RETURN n.urn AS urn, n.status AS status, n.contentHash AS hash, n.updatedAt AS updatedAt,
            COLLECT { MATCH (n)-[r {provider: $provider}]->(m) RETURN type(r) + ' ' + m.urn ORDER BY type(r), m.urn } AS edges
     ORDER BY urn`,
    { provider: `directory:${source.id}` },
  );

beforeAll(async () => {
  // The export's secrets are secrets: the log scan at the end of the run looks for them too.
  registerSecret('password in the SCIM export fixture', SCIM_PASSWORD);
  cpSync(join(FIXTURES, 'yaml'), directoryDir, { recursive: true });
  await writeTestMesh(driver, yamlSource);
  await writeTestMesh(driver, scimSource);
  await driver.executeQuery(
    `UNWIND $datasets AS d
     CREATE (:Entity:Dataset {urn: d.urn, name: d.name, qualifiedName: d.name, platform: 'postgres', subtype: 'TABLE', owners: d.owners, status: 'ACTIVE', provider: $provider})`,
    {
      provider: HAND_MADE,
      datasets: [
        { urn: ds('ledger'), name: 'ledger', owners: ['ivo.claes@dir-test.example'] },
        { urn: ds('payouts'), name: 'payouts', owners: ['Jet Mulder <jet.mulder@dir-test.example>'] },
        { urn: ds('models'), name: 'models', owners: ['LENA.VOS@dir-scim.example'] },
      ],
    },
  );
  api = await startApiServer(
    { driver, meili: testMeili(), indexPrefix: 'test_directory_', logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 }, access: { anonymousRead: true } },
    { host: '127.0.0.1', port: 0 },
  );
  query = graphqlClient(`${api.url}/graphql`);
});
afterAll(async () => {
  await api?.stop();
  await driver.executeQuery(`MATCH (n:Entity {provider: $provider}) DETACH DELETE n`, { provider: HAND_MADE });
  await deleteCrawledData(driver, yamlSource);
  await deleteCrawledData(driver, scimSource);
  await driver.close();
  rmSync(directoryDir, { recursive: true, force: true });
});

describe('crawling a directory of Polder YAML files', () => {
  it('writes its people and teams, their memberships, and a team\'s domain', async () => {
    const result = await crawl(yamlSource);
    expect(result.stats).toEqual({ people: 3, teams: 2, memberships: 3 });
    expect(result.warnings).toEqual([]);
    expect(result.counts).toMatchObject({ created: 5, removed: 0, edgesWritten: 4 });
    expect(await writtenBy(yamlSource)).toMatchObject([
      { urn: person('ivo.claes'), status: 'ACTIVE', edges: [`MEMBER_OF ${team('dir-billing')}`, `MEMBER_OF ${team('dir-ops')}`] },
      { urn: person('jet.mulder'), status: 'ACTIVE', edges: [`MEMBER_OF ${team('dir-billing')}`] },
      { urn: person('kees.post'), status: 'ACTIVE', edges: [] },
      { urn: team('dir-billing'), status: 'ACTIVE', edges: ['IN_DOMAIN urn:polder:domain:dir-yaml'] },
      { urn: team('dir-ops'), status: 'ACTIVE', edges: [] },
    ]);
  });

  it('serves a person with their teams and what they own through an owner entry naming their e-mail', async () => {
    const { data, errors } = await query(`{
      person(urn: "${person('ivo.claes')}") {
        id name email title status teamCount
        teams { id name email description status memberCount }
        owns { total assets { urn } }
      }
      ledger: dataset(urn: "${ds('ledger')}") { owners { name person { id } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      person: {
        id: 'ivo.claes',
        name: 'Ivo Claes',
        email: 'Ivo.Claes@dir-test.example',
        title: 'Billing lead',
        status: 'ACTIVE',
        teamCount: 2,
        teams: [
          { id: 'dir-billing', name: 'Directory Test Billing', email: 'billing@dir-test.example', description: 'Sends the invoices.', status: 'ACTIVE', memberCount: 2 },
          { id: 'dir-ops', name: 'Directory Test Ops', email: null, description: null, status: 'ACTIVE', memberCount: 1 },
        ],
        owns: { total: 1, assets: [{ urn: ds('ledger') }] },
      },
      ledger: { owners: [{ name: 'ivo.claes@dir-test.example', person: { id: 'ivo.claes' } }] },
    });
  });

  it('marks a person no longer in the files removed: no longer a member, nor an owner; and keeps a person\'s edit', async () => {
    await driver.executeQuery(`MATCH (p:Person {urn: $urn}) SET p.editable_description = 'Knows the ledger.'`, { urn: person('ivo.claes') });
    const before = await query(`{ person(urn: "${person('jet.mulder')}") { owns { total } } }`);
    expect(before.data!.person).toEqual({ owns: { total: 1 } });

    writeFileSync(
      join(directoryDir, 'people.yaml'),
      `people:
  - { id: ivo.claes, displayName: Ivo Claes-Peeters, email: Ivo.Claes@dir-test.example, title: Billing lead, teams: [dir-billing, dir-ops] }
  - { id: kees.post, displayName: Kees Post }
`,
    );
    const result = await crawl(yamlSource);
    expect(result.counts).toMatchObject({ created: 0, updated: 1, removed: 1 });

    const { data, errors } = await query(`{
      removed: person(urn: "${person('jet.mulder')}") { status teamCount owns { total } }
      billing: team(urn: "${team('dir-billing')}") { memberCount members { id } }
      payouts: dataset(urn: "${ds('payouts')}") { owners { name person { id } } }
      renamed: person(urn: "${person('ivo.claes')}") { name }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      removed: { status: 'REMOVED', teamCount: 0, owns: { total: 0 } },
      billing: { memberCount: 1, members: [{ id: 'ivo.claes' }] },
      payouts: { owners: [{ name: 'Jet Mulder <jet.mulder@dir-test.example>', person: null }] },
      renamed: { name: 'Ivo Claes-Peeters' },
    });
    const [edited] = await rows(`MATCH (p:Person {urn: $urn}) RETURN p.displayName AS displayName, p.editable_description AS description`, { urn: person('ivo.claes') });
    expect(edited).toEqual({ displayName: 'Ivo Claes-Peeters', description: 'Knows the ledger.' });
  });

  it('fails the run on a broken file, naming every problem, and leaves the graph as it was', async () => {
    const before = await writtenBy(yamlSource);
    writeFileSync(
      join(directoryDir, 'people.yaml'),
      `people:
  - { id: ivo.claes, displayName: Ivo Claes, email: "ivo@", teams: [dir-billing, finance] }
  - { id: Kees, displayName: Kees Post }
  - { id: ivo.claes, displayName: Ivo again }
`,
    );
    const failure = await crawl(yamlSource).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(CrawlFailedError);
    expect((failure as Error).message).toBe(`source dir-yaml (directory ${directoryDir}): 4 problems in 1 file:
  people.yaml: people[0].email: "ivo@" is not an e-mail address
  people.yaml: people[1].id: "Kees" is not a valid id: lower-case letters, digits, ".", "_", "-" and "@", starting with a letter or a digit
  people.yaml: people[2].id: "ivo.claes" is already used by people[0]
  people.yaml: people[0].teams[1]: no team "finance" in the directory`);
    expect(await writtenBy(yamlSource)).toEqual(before);
    const [run] = await rows(`MATCH (r:CrawlRun {sourceUrn: 'urn:polder:source:dir-yaml'}) RETURN r.status AS status ORDER BY r.startedAt DESC LIMIT 1`);
    expect(run).toEqual({ status: 'FAILED' });
  });
});

describe('a path that holds no directory', () => {
  const emptyDir = join(directoryDir, 'empty');
  const empty: SourceConfig = { ...yamlSource, id: 'dir-empty', path: emptyDir };
  afterAll(() => deleteCrawledData(driver, empty));

  it('warns of an empty directory (its run removes every person the source had), and fails on a missing one', async () => {
    mkdirSync(emptyDir);
    await writeTestMesh(driver, empty);
    const result = await crawl(empty);
    expect(result.warnings).toEqual([`directory:dir-empty: ${emptyDir} holds no *.yaml, *.yml or *.json file`]);
    const missing = join(directoryDir, 'missing');
    await expect(crawl({ ...empty, path: missing })).rejects.toThrow(`source dir-empty (directory ${missing}): ${missing} does not exist`);
  });
});

describe('crawling a SCIM 2.0 export', () => {
  it('writes active Users as people and Groups as teams with their members', async () => {
    const result = await crawl(scimSource);
    expect(result.stats).toEqual({ people: 2, teams: 1, memberships: 2 });
    expect(await writtenBy(scimSource)).toMatchObject([
      { urn: person('lena.vos@dir-scim.example'), edges: [`MEMBER_OF ${team('directory-test-analytics')}`] },
      { urn: person('milan.roos'), edges: [`MEMBER_OF ${team('directory-test-analytics')}`] },
      { urn: team('directory-test-analytics'), edges: [] },
    ]);

    const { data, errors } = await query(`{
      lena: person(urn: "${person('lena.vos@dir-scim.example')}") { name email title teams { name } owns { total assets { urn } } }
      analytics: team(urn: "${team('directory-test-analytics')}") { name members { id name email } }
      inactive: person(urn: "${person('nina.weg')}") { id }
    }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({
      lena: { name: 'Lena Vos', email: 'lena.vos@dir-scim.example', title: 'Analytics engineer', teams: [{ name: 'Directory Test Analytics' }], owns: { total: 1, assets: [{ urn: ds('models') }] } },
      analytics: {
        name: 'Directory Test Analytics',
        members: [
          { id: 'lena.vos@dir-scim.example', name: 'Lena Vos', email: 'lena.vos@dir-scim.example' },
          { id: 'milan.roos', name: 'Milan Roos', email: 'milan.roos@dir-scim.example' },
        ],
      },
      inactive: null,
    });
  });

  it('never stores an attribute it does not map: the password and certificate in the export are nowhere in the graph', async () => {
    const stored = await rows<{ props: unknown }>(`MATCH (n) RETURN properties(n) AS props UNION ALL MATCH ()-[r]->() RETURN properties(r) AS props`);
    const graph = JSON.stringify(stored);
    expect(graph).toContain('lena.vos@dir-scim.example');
    expect(graph).not.toContain(SCIM_PASSWORD);
    expect(graph).not.toContain(SCIM_CERTIFICATE);
    expect(graph).not.toContain('+31 6 1234 5678');
  });
});
