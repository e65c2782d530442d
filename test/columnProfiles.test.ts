/**
 * Column profiling end to end: real PostgreSQL (embedded), a real SQLite file and
 * a real MariaDB (started by the test; it fails, saying why, when mariadb-server
 * is not installed), profiles written to real Neo4j and served by the real API.
 *
 * Every number is checked on a hand-made table of four rows, worked out by hand
 * in the comment above it; a large table is sampled, reading a bounded share of
 * its pages; a column classified PII (its own classification, or a glossary term
 * it carries) or of a restricted dataset has no value read or stored, and loses
 * those an earlier run stored; a profile that outlives its timeout is a clear
 * error that changes nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApiServer, type ApiServer } from '@polder/api';
import { GraphReader, SEES_EVERYTHING } from '../api/src/graph/GraphReader.ts';
import { ProfileService } from '../api/src/modules/profiling/profile.service.ts';
import { crawlSource, readProfiledDatasets, runAndRecordProfiles, runProfiles, type DatasetProfileResult } from '@polder/crawlers';
import { loadConfig, type ProfilingTarget, type SourceConfig } from '@polder/runtime';
import { profile } from '../cli/src/commands/profile.ts';
import { deleteCrawledData, testMySqlSource, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import { graphqlRequest } from './support/graphqlClient.ts';
import { createDatabase } from './support/loadPagila.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';
import { startMariaDb, type RunningMariaDb } from './support/startMariaDb.ts';

const services = testServices();
const driver = testDriver();
const TERM = 'urn:polder:glossaryTerm:(profiling-test,email-address)';

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

/** Deletes what a source's profiling runs wrote, besides what its crawl wrote. */
async function deleteProfiles(source: SourceConfig): Promise<void> {
  await driver.executeQuery(`MATCH (n:Entity {provider: $provider}) DETACH DELETE n`, { provider: `profile:${source.id}` });
  await deleteCrawledData(driver, source);
}

function target(source: string, overrides: Partial<ProfilingTarget> = {}): ProfilingTarget {
  return { source, datasets: [], exclude: [], views: false, schedule: undefined, sampleRows: 10_000, timeoutMs: 10_000, ...overrides };
}

/** A result's columns by name, without the field URNs. */
function byColumn(result: DatasetProfileResult | undefined): Record<string, Record<string, unknown>> {
  if (!result) throw new Error('no such result');
  if (result.outcome !== 'OK') throw new Error(`the profile failed: ${result.message}`);
  return Object.fromEntries(result.columns.map(({ column, fieldUrn: _, ...profile }) => [column, profile]));
}

/** Every profile node a source's runs wrote, with all their properties, for before/after comparisons. */
const profileNodes = (sourceId: string) =>
  rows(`MATCH (n:Entity {provider: $provider}) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.urn`, { provider: `profile:${sourceId}` });

const whole = { rowCount: 4, sampled: false, distinctIsApproximate: false, valuesWithheld: false };
const one = (...values: string[]) => values.map((value) => ({ value, count: 1 }));

describe('profiles on PostgreSQL', () => {
  const { source, env } = testPostgresSource(services.postgres, 'prof-pg', 'column_profiles', 'profiling');
  const orders = 'urn:polder:dataset:(postgres,prof-pg,column_profiles.public.orders)';
  const field = (column: string) => `urn:polder:field:(${orders},${column})`;
  const run = (overrides: Partial<ProfilingTarget> = {}, dataset?: string) => runProfiles(driver, [target('prof-pg', overrides)], [source], { env, logger: testLogger, dataset });
  const record = (overrides: Partial<ProfilingTarget> = {}) => runAndRecordProfiles(driver, [target('prof-pg', { datasets: ['public.orders'], ...overrides })], [source], { env, logger: testLogger });
  const client = () => new pg.Client({ host: services.postgres.host, port: services.postgres.port, user: services.postgres.user, password: services.postgres.password, database: 'column_profiles' });

  beforeAll(async () => {
    await createDatabase(
      services.postgres,
      'column_profiles',
      `CREATE TABLE public.orders (id integer PRIMARY KEY, contact text, phone text, status text, amount numeric(10,2), booked_on date, flags jsonb, active boolean, photo bytea);
       INSERT INTO public.orders VALUES
         (1, 'a@x', '+31 1', 'open',   10.00, '2026-01-01', '{"a": 1}', true,  '\\x01'),
         (2, 'b@x', '+31 2', 'closed', 20.50, '2026-01-02', '{"a": 1}', false, NULL),
         (3, NULL,  NULL,    'open',   NULL,  '2026-01-03', NULL,       true,  NULL),
         (4, 'b@x', '+31 4', 'weird',  5.25,  '2026-01-04', '{"b": 2}', NULL,  '\\x02');
       CREATE VIEW public.open_orders AS SELECT id, status FROM public.orders WHERE status = 'open';
       CREATE TABLE public.no_columns ();
       -- Autovacuum would read every page of a freshly filled table at a moment of its choosing,
       -- inside the window where the sampling test counts the pages the profile read.
       CREATE TABLE public.big WITH (autovacuum_enabled = false) AS
         SELECT g AS id, CASE WHEN g % 4 = 0 THEN NULL ELSE g % 10 END AS bucket, md5(g::text) AS code FROM generate_series(1, 200000) AS g;
       ANALYZE;`,
    );
    await writeTestMesh(driver, source);
    await crawlSource(driver, source, { logger: testLogger, env });
    // A steward classified phone PII (a person's edit on the column).
    await driver.executeQuery(`MATCH (f:Field {urn: $urn}) SET f.editable_classifications = ['PII']`, { urn: field('phone') });
  });
  afterAll(async () => {
    await deleteProfiles(source);
    await driver.executeQuery(`MATCH (t:GlossaryTerm {urn: $urn}) DETACH DELETE t`, { urn: TERM });
  });

  it('selects the source\'s tables, views only when asked, by polder.yaml patterns', async () => {
    const postgres = source as Extract<SourceConfig, { kind: 'postgres' }>;
    const names = async (overrides: Partial<ProfilingTarget>) => (await readProfiledDatasets(driver, postgres, target('prof-pg', overrides))).map((dataset) => dataset.name);
    expect(await names({})).toEqual(['public.big', 'public.no_columns', 'public.orders']);
    expect(await names({ views: true })).toEqual(['public.big', 'public.no_columns', 'public.open_orders', 'public.orders']);
    expect(await names({ datasets: ['public.*'], exclude: ['public.big', 'public.no_columns'] })).toEqual(['public.orders']);
  });

  /*
   * id         1 2 3 4            no null, 4 distinct, 1..4, each once
   * contact    a@x b@x NULL b@x   1 null (25%), 2 distinct, a@x..b@x, b@x twice
   * phone      classified PII (and named for a person's number)   1 null, 3 distinct; no values
   * status     open closed open weird     3 distinct, closed..weird, open twice
   * amount     10.00 20.50 NULL 5.25      1 null, 3 distinct, 5.25..20.50 (numeric order; top values tie, so by text)
   * booked_on  4 dates                    2026-01-01..2026-01-04
   * flags      {"a": 1} twice, {"b": 2}, NULL   jsonb has no order: no min/max
   * active     true false true NULL       boolean: no min/max
   * photo      \x01 NULL NULL \x02        bytes: nulls and distinct only
   */
  it('computes every column\'s numbers on a hand-made table, as worked out by hand', async () => {
    const [result, ...others] = await run({ datasets: ['public.orders'] });
    expect(others).toEqual([]);
    expect(result).toMatchObject({ sourceId: 'prof-pg', datasetUrn: orders, dataset: 'public.orders', outcome: 'OK', rowCount: 4, sampled: false, message: '4 rows, 9 columns; values of 1 sensitive column withheld' });
    expect(byColumn(result)).toEqual({
      id: { ...whole, nullCount: 0, nullFraction: 0, distinctCount: 4, min: '1', max: '4', topValues: one('1', '2', '3', '4') },
      contact: { ...whole, nullCount: 1, nullFraction: 0.25, distinctCount: 2, min: 'a@x', max: 'b@x', topValues: [{ value: 'b@x', count: 2 }, ...one('a@x')] },
      phone: { ...whole, nullCount: 1, nullFraction: 0.25, distinctCount: 3, min: null, max: null, topValues: null, valuesWithheld: true },
      status: { ...whole, nullCount: 0, nullFraction: 0, distinctCount: 3, min: 'closed', max: 'weird', topValues: [{ value: 'open', count: 2 }, ...one('closed', 'weird')] },
      amount: { ...whole, nullCount: 1, nullFraction: 0.25, distinctCount: 3, min: '5.25', max: '20.50', topValues: one('10.00', '20.50', '5.25') },
      booked_on: { ...whole, nullCount: 0, nullFraction: 0, distinctCount: 4, min: '2026-01-01', max: '2026-01-04', topValues: one('2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04') },
      flags: { ...whole, nullCount: 1, nullFraction: 0.25, distinctCount: 2, min: null, max: null, topValues: [{ value: '{"a": 1}', count: 2 }, ...one('{"b": 2}')] },
      active: { ...whole, nullCount: 1, nullFraction: 0.25, distinctCount: 2, min: null, max: null, topValues: [{ value: 'true', count: 2 }, ...one('false')] },
      photo: { ...whole, nullCount: 2, nullFraction: 0.5, distinctCount: 2, min: null, max: null, topValues: null },
    });
  });

  it('stores the latest profile per column and each run as history, without the sensitive column\'s values', async () => {
    const first = await record();
    expect(first.written).toEqual({ datasets: 1, columns: 9, missingDatasets: 0, prunedRuns: 0 });
    const second = await record();
    const [status] = await rows(`MATCH (p:ColumnProfile)-[:PROFILES]->(:Field {urn: $urn}) RETURN p {.*} AS p`, { urn: field('status') });
    expect(status!.p).toMatchObject({
      runId: second.runId, rowCount: 4, nullCount: 0, nullFraction: 0, distinctCount: 3, min: 'closed', max: 'weird',
      topValues: ['open', 'closed', 'weird'], topCounts: [2, 1, 1], valuesWithheld: false, sampled: false, provider: 'profile:prof-pg',
    });
    const [phone] = await rows(`MATCH (p:ColumnProfile)-[:PROFILES]->(:Field {urn: $urn}) RETURN keys(p) AS keys, p.valuesWithheld AS withheld`, { urn: field('phone') });
    expect(phone).toMatchObject({ withheld: true });
    expect((phone!.keys as string[]).filter((key) => ['min', 'max', 'topValues', 'topCounts'].includes(key))).toEqual([]);
    const history = await rows(
      `MATCH (r:ProfileRun)-[:PROFILES]->(:Dataset {urn: $urn}) RETURN r.runId AS runId, r.rowCount AS rowCount, r.columns AS columns, r.nullCounts AS nullCounts ORDER BY r.profiledAt`,
      { urn: orders },
    );
    expect(history).toEqual([first.runId, second.runId].map((runId) => ({
      runId, rowCount: 4, columns: ['id', 'contact', 'phone', 'status', 'amount', 'booked_on', 'flags', 'active', 'photo'], nullCounts: [0, 1, 1, 0, 1, 0, 1, 1, 2],
    })));
  });

  it('withholds a column once a glossary term classifies it, and removes the values it stored before', async () => {
    const emailProfile = () => rows(`MATCH (p:ColumnProfile)-[:PROFILES]->(:Field {urn: $urn}) RETURN p.min AS min, p.topValues AS topValues, p.valuesWithheld AS withheld`, { urn: field('contact') });
    expect(await emailProfile()).toEqual([{ min: 'a@x', topValues: ['b@x', 'a@x'], withheld: false }]);
    await driver.executeQuery(
      `MERGE (t:GlossaryTerm:Entity {urn: $term}) SET t.name = 'Email address', t.classifications = ['PII'], t.termStatus = 'APPROVED', t.status = 'ACTIVE'
       WITH t MATCH (f:Field {urn: $field}) MERGE (f)-[:MEANS {provider: 'person'}]->(t)`,
      { term: TERM, field: field('contact') },
    );
    const { results } = await record();
    expect(byColumn(results[0]).contact).toMatchObject({ nullCount: 1, distinctCount: 2, min: null, max: null, topValues: null, valuesWithheld: true });
    expect(await emailProfile()).toEqual([{ min: null, topValues: null, withheld: true }]);
    // No profile node of this source holds an e-mail address or a phone number anywhere, history included.
    const stored = JSON.stringify(await profileNodes('prof-pg'));
    expect(stored).not.toMatch(/@x|\+31/);
  });

  it('withholds every column of a restricted dataset', async () => {
    await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) SET d.editable_restricted = true`, { urn: orders });
    try {
      const [result] = await run({ datasets: ['public.orders'] });
      expect(Object.values(byColumn(result)).map((column) => [column.valuesWithheld, column.min, column.topValues])).toEqual(Array(9).fill([true, null, null]));
    } finally {
      await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) REMOVE d.editable_restricted`, { urn: orders });
    }
  });

  it('samples a large table by pages, reading a small bounded share of it', async () => {
    const stats = client();
    await stats.connect();
    try {
      // Buffer reads of the table, as the statistics see them once the profiling backend has ended (and flushed them).
      const pagesTouched = async () => {
        await stats.query('SELECT pg_stat_clear_snapshot()');
        const { rows: [row] } = await stats.query(`SELECT coalesce(heap_blks_read, 0) + coalesce(heap_blks_hit, 0) AS pages FROM pg_statio_user_tables WHERE relname = 'big'`);
        return Number(row.pages);
      };
      const { rows: [size] } = await stats.query(`SELECT relpages FROM pg_class WHERE oid = 'public.big'::regclass`);
      const before = await pagesTouched();
      const [result] = await run({ datasets: ['public.big'], sampleRows: 1000 });
      await expect.poll(pagesTouched, { timeout: 15_000 }).toBeGreaterThan(before);
      expect(await pagesTouched() - before).toBeLessThan(Number(size.relpages) / 10);

      expect(result).toMatchObject({ outcome: 'OK', sampled: true });
      expect(result!.rowCount).toBeGreaterThan(0);
      expect(result!.rowCount).toBeLessThanOrEqual(1000);
      const { id, bucket } = byColumn(result);
      expect(id).toMatchObject({ sampled: true, distinctIsApproximate: true, nullCount: 0, distinctCount: result!.rowCount });
      // A quarter of bucket is null in the table; a sample of whole pages is close to that.
      expect(bucket!.nullFraction).toBeGreaterThan(0.15);
      expect(bucket!.nullFraction).toBeLessThan(0.35);
      expect(bucket!.distinctCount).toBeLessThanOrEqual(10);
    } finally {
      await stats.end();
    }
  });

  it('turns a profile that outlives its timeout into a clear error, and changes nothing', async () => {
    const before = await profileNodes('prof-pg');
    const locker = client();
    await locker.connect();
    try {
      // Someone holds the table (a migration, say): the profile's read waits for the lock.
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE public.orders IN ACCESS EXCLUSIVE MODE');
      const { results, written } = await record({ timeoutMs: 500 });
      expect(results.map(({ dataset, outcome, message, columns }) => ({ dataset, outcome, message, columns }))).toEqual([
        { dataset: 'public.orders', outcome: 'ERROR', message: 'timed out after 500 ms', columns: [] },
      ]);
      expect(written).toEqual({ datasets: 0, columns: 0, missingDatasets: 0, prunedRuns: 0 });
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect(await profileNodes('prof-pg')).toEqual(before);
  });

  it('refuses a dataset no entry selects before reading any store', async () => {
    await expect(run({}, 'public.nowhere')).rejects.toThrow('no dataset named public.nowhere is profiled in prof-pg');
    await expect(run({}, 'public.open_orders')).rejects.toThrow('no dataset named public.open_orders');
    expect((await run({}, 'public.orders')).map((result) => result.dataset)).toEqual(['public.orders']);
  });

  it('says a crawled table without columns has nothing to profile, and `polder profile` does not fail for it', async () => {
    const { results, written } = await runAndRecordProfiles(driver, [target('prof-pg', { datasets: ['public.no_columns'] })], [source], { env, logger: testLogger });
    expect(results.map(({ dataset, outcome, message, rowCount, columns }) => ({ dataset, outcome, message, rowCount, columns }))).toEqual([
      { dataset: 'public.no_columns', outcome: 'OK', message: 'no columns: nothing to profile', rowCount: null, columns: [] },
    ]);
    expect(written).toEqual({ datasets: 0, columns: 0, missingDatasets: 0, prunedRuns: 0 });

    // As a person runs it: `npx polder profile --dataset public.no_columns`.
    const { neo4j } = services;
    const config = loadConfig({
      file: null,
      env: { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password! },
      overrides: { dataDir: join(tmpdir(), 'polder-profile-cli'), mesh: { domains: [{ id: 'profiling', name: 'Profiling' }], sources: [source], profiling: { sources: [{ source: 'prof-pg' }] } } },
    });
    const printed: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((line) => {
      printed.push(String(line));
      return true;
    });
    try {
      const code = await profile.run(['--dataset', 'public.no_columns'], { config, logger: testLogger });
      expect({ code, printed }).toEqual({
        code: 0,
        printed: ['OK     prof-pg public.no_columns: no columns: nothing to profile\n', '1 dataset(s): 0 profiled, 0 failed, 1 with no columns to profile; 0 column profile(s) written\n'],
      });
    } finally {
      stdout.mockRestore();
    }
  });

  describe('Field.profile in the API', () => {
    let api: ApiServer;
    const QUERY = `query ($urn: ID!) { dataset(urn: $urn) { fields { name profile { rowCount nullCount nullFraction distinctCount distinctIsApproximate min max topValues { value count } valuesWithheld profiledAt sampled } } } }`;
    const profiles = async () => {
      const { body, headers } = await graphqlRequest<{ dataset: { fields: Array<{ name: string; profile: Record<string, unknown> | null }> } }>(`${api.url}/graphql`, QUERY, { urn: orders });
      expect(body.errors).toBeUndefined();
      return { byName: Object.fromEntries(body.data!.dataset.fields.map((entry) => [entry.name, entry.profile])), queries: Number(headers.get('x-polder-graph-queries')) };
    };

    beforeAll(async () => {
      api = await startApiServer(
        { driver, meili: testMeili(), indexPrefix: 'test_profiles_', logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 }, access: { anonymousRead: true } },
        { host: '127.0.0.1', port: 0 },
      );
    });
    afterAll(async () => {
      await api?.stop();
    });

    it('serves each column\'s latest profile in one query per level, and null for a column never profiled', async () => {
      await driver.executeQuery(`MATCH (t:GlossaryTerm {urn: $urn}) DETACH DELETE t`, { urn: TERM });
      await record();
      const { byName, queries } = await profiles();
      expect(byName.status).toEqual({
        rowCount: 4, nullCount: 0, nullFraction: 0, distinctCount: 3, distinctIsApproximate: false, min: 'closed', max: 'weird',
        topValues: [{ value: 'open', count: 2 }, { value: 'closed', count: 1 }, { value: 'weird', count: 1 }], valuesWithheld: false, profiledAt: expect.any(String), sampled: false,
      });
      expect(byName.phone).toMatchObject({ nullCount: 1, distinctCount: 3, min: null, max: null, topValues: null, valuesWithheld: true });
      // dataset, its fields, their profiles: the profiles of nine columns cost one query.
      expect(queries).toBe(3);
      const never = await graphqlRequest(`${api.url}/graphql`, `query ($urn: ID!) { field(urn: $urn) { profile { rowCount } } }`, { urn: 'urn:polder:field:(urn:polder:dataset:(postgres,prof-pg,column_profiles.public.big),code)' });
      expect(never.body).toEqual({ data: { field: { profile: null } } });
    });

    it('withholds the values of a column classified since its last profile, and of a restricted dataset, at once', async () => {
      expect((await profiles()).byName.contact).toMatchObject({ min: 'a@x', valuesWithheld: false });
      await driver.executeQuery(`MATCH (f:Field {urn: $urn}) SET f.editable_classifications = ['PII']`, { urn: field('contact') });
      expect((await profiles()).byName.contact).toMatchObject({ nullCount: 1, distinctCount: 2, min: null, max: null, topValues: null, valuesWithheld: true });
      await driver.executeQuery(`MATCH (f:Field {urn: $urn}) REMOVE f.editable_classifications`, { urn: field('contact') });

      await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) SET d.editable_restricted = true`, { urn: orders });
      try {
        const { byName } = await profiles();
        expect(Object.values(byName).map((profile) => [profile!.valuesWithheld, profile!.min, profile!.topValues])).toEqual(Array(9).fill([true, null, null]));
        expect(byName.status).toMatchObject({ nullCount: 0, distinctCount: 3 });
      } finally {
        await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) REMOVE d.editable_restricted`, { urn: orders });
      }
    });
  });
});

describe('profiles on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'polder-profiles-sqlite-'));
  const file = join(dir, 'orders.db');
  const source: SourceConfig = { id: 'prof-sqlite', kind: 'sqlite', domain: 'profiling', path: file, include: [], exclude: [] };
  const run = (overrides: Partial<ProfilingTarget> = {}) => runAndRecordProfiles(driver, [target('prof-sqlite', { datasets: ['orders'], ...overrides })], [source], { logger: testLogger });

  beforeAll(async () => {
    const db = new Database(file);
    try {
      db.exec(`CREATE TABLE orders (id INTEGER PRIMARY KEY, email TEXT, status TEXT, amount REAL, photo BLOB);
        INSERT INTO orders VALUES (1, 'a@x', 'open', 10.0, x'01'), (2, 'b@x', 'closed', 20.5, NULL), (3, NULL, 'open', NULL, NULL), (4, 'b@x', 'weird', 5.25, x'02');`);
    } finally {
      db.close();
    }
    await writeTestMesh(driver, source);
    await crawlSource(driver, source, { logger: testLogger });
    await driver.executeQuery(`MATCH (f:Field {urn: $urn}) SET f.editable_classifications = ['PII']`, { urn: 'urn:polder:field:(urn:polder:dataset:(sqlite,prof-sqlite,main.orders),email)' });
  });
  afterAll(async () => {
    await deleteProfiles(source);
    rmSync(dir, { recursive: true, force: true });
  });

  it('computes every column\'s numbers on the hand-made table; the PII column without values', async () => {
    const { results, written } = await run();
    expect(written).toMatchObject({ datasets: 1, columns: 5 });
    expect(byColumn(results[0])).toEqual({
      id: { ...whole, nullCount: 0, nullFraction: 0, distinctCount: 4, min: '1', max: '4', topValues: one('1', '2', '3', '4') },
      email: { ...whole, nullCount: 1, nullFraction: 0.25, distinctCount: 2, min: null, max: null, topValues: null, valuesWithheld: true },
      status: { ...whole, nullCount: 0, nullFraction: 0, distinctCount: 3, min: 'closed', max: 'weird', topValues: [{ value: 'open', count: 2 }, ...one('closed', 'weird')] },
      amount: { ...whole, nullCount: 1, nullFraction: 0.25, distinctCount: 3, min: '5.25', max: '20.5', topValues: one('10.0', '20.5', '5.25') },
      photo: { ...whole, nullCount: 2, nullFraction: 0.5, distinctCount: 2, min: null, max: null, topValues: null },
    });
  });

  it('reads the first sampleRows rows of a larger table', async () => {
    const { results } = await run({ sampleRows: 2 });
    expect(results[0]).toMatchObject({ outcome: 'OK', sampled: true, rowCount: 2 });
    expect(byColumn(results[0]).status).toMatchObject({ rowCount: 2, distinctCount: 2, distinctIsApproximate: true, sampled: true });
  });

  it('stops a profile held up by a writer at its timeout, and changes nothing', async () => {
    const before = await profileNodes('prof-sqlite');
    const writer = new Database(file);
    try {
      writer.exec('BEGIN EXCLUSIVE');
      const { results, written } = await run({ timeoutMs: 300 });
      expect(results.map(({ outcome, message }) => ({ outcome, message }))).toEqual([{ outcome: 'ERROR', message: 'timed out after 300 ms' }]);
      expect(written.datasets).toBe(0);
    } finally {
      writer.exec('ROLLBACK');
      writer.close();
    }
    expect(await profileNodes('prof-sqlite')).toEqual(before);
  });
});

describe('profiles on MariaDB', () => {
  let mariadb: RunningMariaDb | undefined;
  let source: SourceConfig;
  let env: NodeJS.ProcessEnv;
  // Without a server every test fails, with the reason: a throwing beforeAll would report them as skipped.
  let startFailure: unknown;
  const run = (overrides: Partial<ProfilingTarget> = {}) => runProfiles(driver, [target('prof-mariadb', { datasets: ['prof.orders'], ...overrides })], [source], { env, logger: testLogger });

  beforeAll(async () => {
    try {
      mariadb = await startMariaDb();
    } catch (error) {
      startFailure = error;
      return;
    }
    await mariadb.runSql(`CREATE DATABASE prof; USE prof;
      CREATE TABLE orders (id INT PRIMARY KEY, email VARCHAR(50), status VARCHAR(20), amount DECIMAL(10,2), photo BLOB);
      INSERT INTO orders VALUES (1, 'a@x', 'open', 10.00, x'01'), (2, 'b@x', 'closed', 20.50, NULL), (3, NULL, 'open', NULL, NULL), (4, 'b@x', 'weird', 5.25, x'02');`);
    ({ source, env } = testMySqlSource(mariadb, 'prof-mariadb', 'prof', 'profiling'));
    await writeTestMesh(driver, source);
    await crawlSource(driver, source, { logger: testLogger, env });
    await driver.executeQuery(`MATCH (f:Field {urn: $urn}) SET f.editable_classifications = ['PII']`, { urn: 'urn:polder:field:(urn:polder:dataset:(mysql,prof-mariadb,prof.orders),email)' });
  });
  beforeEach(() => {
    if (startFailure) throw startFailure;
  });
  afterAll(async () => {
    if (source) await deleteProfiles(source);
    await mariadb?.stop();
  });

  it('computes every column\'s numbers on the hand-made table; the PII column without values', async () => {
    const [result] = await run();
    expect(byColumn(result)).toEqual({
      id: { ...whole, nullCount: 0, nullFraction: 0, distinctCount: 4, min: '1', max: '4', topValues: one('1', '2', '3', '4') },
      email: { ...whole, nullCount: 1, nullFraction: 0.25, distinctCount: 2, min: null, max: null, topValues: null, valuesWithheld: true },
      status: { ...whole, nullCount: 0, nullFraction: 0, distinctCount: 3, min: 'closed', max: 'weird', topValues: [{ value: 'open', count: 2 }, ...one('closed', 'weird')] },
      amount: { ...whole, nullCount: 1, nullFraction: 0.25, distinctCount: 3, min: '5.25', max: '20.50', topValues: one('10.00', '20.50', '5.25') },
      photo: { ...whole, nullCount: 2, nullFraction: 0.5, distinctCount: 2, min: null, max: null, topValues: null },
    });
  });

  it('reads the first sampleRows rows of a larger table', async () => {
    const [sampled] = await run({ sampleRows: 3 });
    expect(sampled).toMatchObject({ outcome: 'OK', sampled: true, rowCount: 3 });
    expect(byColumn(sampled).id).toMatchObject({ rowCount: 3, distinctCount: 3, distinctIsApproximate: true });
  });
});

describe('ProfileService.profilesOf', () => {
  const dataset = 'urn:polder:dataset:(sqlite,prof-orphan,main.kept)';
  const kept = `urn:polder:field:(${dataset},amount)`;
  // A column whose dataset is gone (deleted by hand, or a write that failed half-way) but whose profile remains.
  const orphan = 'urn:polder:field:(urn:polder:dataset:(sqlite,prof-orphan,main.gone),amount)';
  afterAll(async () => {
    await driver.executeQuery(`MATCH (n) WHERE n.urn IN $urns OR n.urn IN [urn IN $urns | urn + '-profile'] DETACH DELETE n`, { urns: [dataset, kept, orphan] });
  });

  it('answers no profile for a column without a dataset, and the profiles of the others it is asked with', async () => {
    await driver.executeQuery(
      `CREATE (d:Dataset:Entity {urn: $dataset, name: 'kept', status: 'ACTIVE'})-[:HAS_FIELD]->(:Field:Entity {urn: $kept, name: 'amount', status: 'ACTIVE'})
       CREATE (:Field:Entity {urn: $orphan, name: 'amount', status: 'ACTIVE'})
       WITH d
       MATCH (f:Field) WHERE f.urn IN [$kept, $orphan]
       CREATE (:ColumnProfile {urn: f.urn + '-profile', rowCount: 2, nullCount: 0, nullFraction: 0.0, distinctCount: 2, min: '1', max: '2',
                               topValues: ['1', '2'], topCounts: [1, 1], valuesWithheld: false, profiledAt: '2026-12-01T00:00:00.000Z', sampled: false})-[:PROFILES]->(f)`,
      { dataset, kept, orphan },
    );
    const profiles = new ProfileService(new GraphReader(driver, undefined, () => undefined, SEES_EVERYTHING));
    expect(await profiles.profilesOf([orphan, kept])).toEqual([
      null,
      {
        rowCount: 2, nullCount: 0, nullFraction: 0, distinctCount: 2, distinctIsApproximate: false, min: '1', max: '2',
        topValues: [{ value: '1', count: 1 }, { value: '2', count: 1 }], valuesWithheld: false, profiledAt: '2026-12-01T00:00:00.000Z', sampled: false,
      },
    ]);
  });
});

afterAll(async () => {
  await driver.close();
});
