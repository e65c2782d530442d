/**
 * Secrets stay secret: with every log line captured at the most verbose level,
 * a crawl that succeeds, a crawl refused for its password, and API requests
 * that succeed and fail never write a password or key into the logs, the API's
 * answers, the graph or the search index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource } from '@polder/crawlers';
import { AccountService, SearchIndexer, startApiServer, type ApiServer } from '@polder/api';
import { createLogger } from '@polder/runtime';
import { deleteCrawledData, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import { graphqlRequest } from './support/graphqlClient.ts';
import { createDatabase } from './support/loadPagila.ts';
import { testDriver, testMeili, testServices } from './support/services.ts';

const services = testServices();
const driver = testDriver();
const meili = testMeili();
const lines: string[] = [];
const logger = createLogger('secrets-test', 'trace', { write: (line: string) => void lines.push(line) });
const { source, env } = testPostgresSource(services.postgres, 'secrets', 'secrets', 'security');
const PASSWORD = 'the secrets test password';
// Credentials people and tools use are secrets too; those issued during the run are added as they appear.
const secrets = [services.postgres.password, services.neo4j.password!, services.meili.key!, PASSWORD];
let api: ApiServer;
const answers: string[] = [];

beforeAll(async () => {
  await createDatabase(services.postgres, 'secrets', `CREATE TABLE vault (id int PRIMARY KEY, note text); COMMENT ON TABLE vault IS 'Holds nothing secret';`);
  await writeTestMesh(driver, source);
  await crawlSource(driver, source, { logger, env });
  await expect(crawlSource(driver, source, { logger, env: { TEST_PG_PASSWORD: `${services.postgres.password}-wrong` } })).rejects.toThrow();
  const indexer = new SearchIndexer(driver, meili, { indexPrefix: 'test_secrets_', logger });
  await indexer.ensureIndex();
  await indexer.drain();
  api = await startApiServer({ driver, meili, indexPrefix: 'test_secrets_', logger, lineage: { maxDepth: 10, maxNodes: 1000 }, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
  for (const query of ['{ search(input: {query: "vault"}) { hits { urn name description } } }', '{ sources { id runs { error warnings } } }', '{ dataset(urn: "not a urn") { name } }', '{ nope }']) {
    answers.push(JSON.stringify((await graphqlRequest(`${api.url}/graphql`, query)).body));
  }
  await signInAndUseTokens();
});
/** Sign-in (wrong, then right), a token created, used, revoked and refused, and lineage pushed with it: every credential path logs. */
async function signInAndUseTokens(): Promise<void> {
  await driver.executeQuery(`MATCH (a:Account {username: 'secrets-user'}) OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`);
  await new AccountService(driver).create({ username: 'secrets-user', password: PASSWORD, roles: ['ADMIN'] });
  const call = async (query: string, secret?: string) => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
      body: JSON.stringify({ query }),
    });
    const text = await response.text();
    answers.push(text);
    return JSON.parse(text) as { data?: Record<string, any> };
  };
  await call(`mutation { login(input: {username: "secrets-user", password: "${PASSWORD} but wrong"}) { session } }`);
  const session = (await call(`mutation { login(input: {username: "secrets-user", password: "${PASSWORD}"}) { session } }`)).data!.login.session as string;
  const created = (await call(`mutation { createApiToken(input: {name: "secrets", scopes: [READ, WRITE]}) { secret token { id } } }`, session)).data!.createApiToken;
  secrets.push(session, created.secret);
  // The answers that carried them were meant for their owner; from here on none may.
  answers.length = 0;
  await call(`{ viewer { username } }`, created.secret);
  await fetch(`${api.url}/api/v1/lineage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${created.secret}` },
    body: JSON.stringify({ eventTime: '2026-11-30T10:00:00Z', producer: 'https://polder.invalid/secrets', schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent', run: { runId: 'not-a-uuid' }, job: { namespace: 'secrets', name: 'job' } }),
  }).then(async (response) => answers.push(await response.text()));
  await call(`mutation { revokeApiToken(input: {id: "${created.token.id}"}) { id } }`, session);
  await call(`{ viewer { username } }`, created.secret);
  await call(`mutation { logout }`, session);
  await call(`{ viewer { username } }`, session);
}

afterAll(async () => {
  await driver.executeQuery(`MATCH (a:Account {username: 'secrets-user'}) OPTIONAL MATCH (x)-[:ISSUED_TO|SESSION_OF]->(a) DETACH DELETE x, a`);
  await api?.stop();
  await deleteCrawledData(driver, source);
  await driver.close();
});

describe('secrets', () => {
  it('captured the run: log lines and API answers exist to search', () => {
    expect(answers).toHaveLength(6);
    expect(secrets).toHaveLength(6);
    expect(lines.some((line) => line.includes('crawled secrets'))).toBe(true);
    expect(lines.some((line) => line.includes('password authentication failed'))).toBe(true);
    // A token's issue and revocation are logged, by whom and which, never with its secret (checked below).
    const logged = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(logged).toContainEqual(expect.objectContaining({ msg: 'API token created', account: 'secrets-user', apiTokenName: 'secrets', scopes: ['READ', 'WRITE'] }));
    expect(logged).toContainEqual(expect.objectContaining({ msg: 'API token revoked', by: 'secrets-user', apiTokenName: 'secrets' }));
  });

  it('appear in no log line and no API answer', () => {
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThanOrEqual(16);
      expect(lines.filter((line) => line.includes(secret))).toEqual([]);
      expect(answers.filter((answer) => answer.includes(secret))).toEqual([]);
    }
  });

  it('appear in no node or relationship of the graph, and no search document', async () => {
    for (const secret of secrets) {
      const nodes = await driver.executeQuery(`MATCH (n) WHERE any(key IN keys(n) WHERE n[key] IS :: STRING AND n[key] CONTAINS $secret) RETURN count(n) AS hits`, { secret });
      const edges = await driver.executeQuery(`MATCH ()-[r]->() WHERE any(key IN keys(r) WHERE r[key] IS :: STRING AND r[key] CONTAINS $secret) RETURN count(r) AS hits`, { secret });
      expect([nodes.records[0]!.get('hits'), edges.records[0]!.get('hits')]).toEqual([0, 0]);
      const documents = await meili.index('test_secrets_assets').search(secret);
      expect(documents.hits).toEqual([]);
    }
  });
});

describe('a failed crawl', () => {
  it("tells every reader it failed, and only admins and the owners of the source's domain why", async () => {
    const runsAs = async (secret?: string) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(secret ? { authorization: `Bearer ${secret}` } : {}) },
        body: JSON.stringify({ query: `{ source(urn: "urn:polder:source:${source.id}") { runs { status error } } }` }),
      });
      const { data } = (await response.json()) as { data: { source: { runs: Array<{ status: string; error: string | null }> } } };
      return data.source.runs.filter((run) => run.status === 'FAILED');
    };
    expect(await runsAs()).toEqual([{ status: 'FAILED', error: 'The crawl failed; why is shown to admins and the owners of domain "security".' }]);
    await new AccountService(driver).create({ username: 'secrets-admin', password: PASSWORD, roles: ['ADMIN'] });
    try {
      const signedIn = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(input: {username: "secrets-admin", password: "${PASSWORD}"}) { session } }` }),
      });
      const session = ((await signedIn.json()) as { data: { login: { session: string } } }).data.login.session;
      const [failed] = await runsAs(session);
      expect(failed!.error).toContain('password authentication failed');
    } finally {
      await driver.executeQuery(`MATCH (a:Account {username: 'secrets-admin'}) OPTIONAL MATCH (x)-[:SESSION_OF]->(a) DETACH DELETE x, a`);
    }
  });
});
