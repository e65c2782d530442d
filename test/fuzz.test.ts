/**
 * Abuse, bounded and on loopback: hundreds of malformed, oversized and hostile
 * requests to the GraphQL API and the OpenLineage endpoint, generated from a
 * fixed seed (the same requests on every run). The server never crashes, answers
 * every one with a 4xx or a GraphQL error that says what was wrong (never a 500,
 * never a stack trace), and the graph is exactly as it was.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessService, AccountService, DEFAULT_ACCESS_SETTINGS, startApiServer, type ApiServer } from '@polder/api';
import { seededRandom } from '../cli/src/bench/random.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';

const driver = testDriver();
const next = seededRandom(20261130);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
let api: ApiServer;
let token: string;

const HOSTILE_STRINGS = [
  "' OR 1=1 //",
  '"}) DETACH DELETE n //',
  'urn:polder:dataset:(a,b,c)) MATCH (n) DETACH DELETE n //',
  '\u0000\u0001\u0002',
  '𝕌𝕟𝕚𝕔𝕠𝕕𝕖 ‮',
  '<script>alert(1)</script>',
  '${process.env}',
  '../../../../etc/passwd',
  'x'.repeat(70_000),
  '%s%s%s%n',
  '',
  'urn:polder:dataset:' + '('.repeat(500),
];

/** A GraphQL request that is wrong in one of many ways. */
function hostileGraphQL(): { body: string; contentType?: string } {
  const value = pick(HOSTILE_STRINGS);
  const cases: Array<() => unknown> = [
    () => ({ query: `{ dataset(urn: ${JSON.stringify(value)}) { name } }` }),
    () => ({ query: `query ($u: ID!) { entity(urn: $u) { urn } }`, variables: { u: value } }),
    () => ({ query: `{ search(input: {query: ${JSON.stringify(value)}, count: ${pick([0, -1, 101, 1e9])}}) { total } }` }),
    () => ({ query: `{ lineage(input: {urn: ${JSON.stringify(value)}, depth: ${pick([0, 11, -5, 99999])}}) { isPartial } }` }),
    () => ({ query: `{ ${'a: __typename '.repeat(200)} }` }),
    () => ({ query: `{ ${'dataset(urn: "x") { fields { dataset { '.repeat(20)}name${' } }'.repeat(20)} }` }),
    () => ({ query: value }),
    () => ({ query: `mutation { updateDescription(input: {urn: ${JSON.stringify(value)}, expectedVersion: 0, description: "x"}) { urn } }` }),
    () => ({ query: `mutation { login(input: {username: ${JSON.stringify(value)}, password: ${JSON.stringify(value)}}) { session } }` }),
    () => ({ query: `{ entities(urns: [${Array.from({ length: 150 }, () => '"urn:polder:domain:x"').join(',')}]) { urn } }` }),
    () => ({ query: '{ __typename }', variables: value }),
    () => [{ query: '{ __typename }' }, { query: '{ __typename }' }],
    // Half a surrogate pair, which JSON may escape but no text may hold.
    () => ({ query: 'query ($q: String!) { search(input: {query: $q}) { total } }', variables: { q: `cust${'\uD800'}omer` } }),
    () => ({ query: 'query A { __typename } query B { __typename }', operationName: pick([undefined, 'C']) }),
    () => ({ query: 'subscription { dataset }' }),
    () => ({ query: `{ changes(input: {urn: ${JSON.stringify(value)}, limit: ${pick([0, 201, -1])}}) { urn } }` }),
  ];
  const raw = [
    () => ({ body: value }),
    () => ({ body: '{"query": "{ __typename }"'.slice(0, Math.floor(next() * 25)) }),
    () => ({ body: JSON.stringify({ query: '{ __typename }' }), contentType: 'text/plain' }),
    () => ({ body: JSON.stringify({ query: 'x'.repeat(1_100_000) }) }),
  ];
  if (next() < 0.2) return pick(raw)();
  return { body: JSON.stringify(pick(cases)()) };
}

const VALID_EVENT = {
  eventType: 'COMPLETE',
  eventTime: '2026-11-30T10:00:00.000Z',
  producer: 'https://polder.invalid/fuzz',
  schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
  run: { runId: '00000000-0000-4000-8000-0000000f0220' },
  job: { namespace: 'fuzz', name: 'nightly' },
  inputs: [{ namespace: 'fuzz', name: 'public.source' }],
  outputs: [{ namespace: 'fuzz', name: 'public.target' }],
};

/** An OpenLineage event broken in one required place (so it must be refused whole), or not JSON at all. */
function hostileEvent(): { body: string; contentType?: string } {
  const event = structuredClone(VALID_EVENT) as Record<string, any>;
  const value = pick<unknown>([...HOSTILE_STRINGS, null, 42, [], {}, true, -1e308]);
  const breakers: Array<() => void> = [
    () => delete event.run,
    () => (event.run = { runId: pick(['not-a-uuid', '', 12, null]) }),
    () => delete event.job.name,
    () => (event.job = value),
    () => (event.eventTime = pick(['yesterday', '2026-13-45T99:99:99Z', 17, ''])),
    () => (event.eventType = pick(['EXPLODE', 3])), // absent or null is allowed: the spec makes it optional
    () => (event.inputs = pick(['nope', 7, { name: 'x' }])),
    () => (event.outputs = [{ namespace: value, name: 'public.target' }].concat(typeof value === 'string' ? [{ name: 'missing namespace' } as never] : [])),
    () => (event.outputs[0].facets = { schema: { fields: pick(['x', 3, [{ type: 'int' }]]) } }),
    () => delete event.producer,
  ];
  if (next() < 0.15) {
    return pick([
      () => ({ body: pick(HOSTILE_STRINGS) }),
      () => ({ body: JSON.stringify(event), contentType: 'text/xml' }),
      () => ({ body: JSON.stringify([event, 'not an event']) }),
      () => ({ body: `[${'['.repeat(10_000)}` }),
    ])();
  }
  pick(breakers)();
  return { body: JSON.stringify(event) };
}

async function graphFingerprint(): Promise<string> {
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:IndexOutbox AND NOT n:TrustOutbox AND NOT n:PolicyOutbox AND NOT n:Session
     RETURN n.urn AS urn, labels(n) AS labels, properties(n) AS props ORDER BY coalesce(n.urn, n.id, n.username, n.tokenHash)`,
  );
  const { records: edges } = await driver.executeQuery(`MATCH ()-[r]->() RETURN count(r) AS count`);
  return createHash('sha256').update(JSON.stringify(records.map((record) => record.toObject()))).update(String(edges[0]!.get('count'))).digest('hex');
}

beforeAll(async () => {
  api = await startApiServer(
    { driver, meili: testMeili(), indexPrefix: 'test_fuzz_', logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 }, access: { anonymousRead: true } },
    { host: '127.0.0.1', port: 0 },
  );
  await driver.executeQuery(`MATCH (a:Account {username: 'fuzz-admin'}) OPTIONAL MATCH (t)-[:ISSUED_TO]->(a) DETACH DELETE t, a`);
  await new AccountService(driver).create({ username: 'fuzz-admin', password: 'a long enough password', roles: ['ADMIN'] });
  ({ secret: token } = await new AccessService(driver, DEFAULT_ACCESS_SETTINGS).issueApiToken('fuzz-admin', { name: 'fuzz', scopes: ['WRITE'], expiresInDays: 1 }, ['WRITE']));
});

afterAll(async () => {
  await api?.stop();
  await driver.executeQuery(`MATCH (a:Account {username: 'fuzz-admin'}) OPTIONAL MATCH (t)-[:ISSUED_TO]->(a) DETACH DELETE t, a`);
  await driver.close();
});

describe('the GraphQL API under hostile input', () => {
  it('answers 300 malformed requests with clear errors and changes nothing', async () => {
    const before = await graphFingerprint();
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const request = hostileGraphQL();
      const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': request.contentType ?? 'application/json' }, body: request.body });
      const text = await response.text();
      const what = `request ${i} (${request.body.slice(0, 120)}) → ${response.status} ${text.slice(0, 300)}`;
      expect(response.status, what).toBeLessThan(500);
      expect(text, what).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|Neo4jError|INTERNAL_SERVER_ERROR/);
      const body = JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
      for (const error of body.errors ?? []) {
        expect(error.message.length, what).toBeGreaterThan(0);
        expect(error.extensions?.code, what).toBeTruthy();
        seen.add(error.extensions!.code!);
      }
    }
    // The generator reaches the refusals it is meant to reach.
    expect([...seen].sort()).toEqual(expect.arrayContaining(['BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE', 'UNAUTHENTICATED']));
    expect(await graphFingerprint()).toBe(before);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  }, 120_000);
});

describe('the OpenLineage endpoint under hostile input', () => {
  it('refuses 300 broken events whole, with a message, and changes nothing', async () => {
    const before = await graphFingerprint();
    for (let i = 0; i < 300; i++) {
      const request = hostileEvent();
      const path = request.body.startsWith('[') ? '/api/v1/lineage/batch' : '/api/v1/lineage';
      const response = await fetch(`${api.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': request.contentType ?? 'application/json', authorization: `Bearer ${token}` },
        body: request.body,
      });
      const text = await response.text();
      const what = `event ${i} (${request.body.slice(0, 160)} … ${request.body.slice(-200)}) → ${response.status} ${text.slice(0, 300)}`;
      expect([400, 413, 415], what).toContain(response.status);
      const body = JSON.parse(text) as { code: number; message: string };
      expect(body.code, what).toBe(response.status);
      expect(body.message.length, what).toBeGreaterThan(0);
      expect(text, what).not.toMatch(/\bat .*\.(ts|js):\d+|node_modules|Neo4jError/);
    }
    expect(await graphFingerprint()).toBe(before);
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
  }, 120_000);
});
