/**
 * Quality checks Polder runs itself, end to end: real PostgreSQL (embedded), a
 * real SQLite file and a real MariaDB (started by the test; it fails, saying why,
 * when mariadb-server is not installed), results written to real Neo4j.
 *
 * Every check kind passes on one check and fails on another, against the same
 * four rows in each store; a slow query becomes an ERROR; SQL that tries to
 * write is refused; results are kept as history; a failing check opens one
 * incident, which a second failure does not duplicate and a pass resolves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { crawlSource, runAndRecordChecks, runChecks, type CheckRunResult } from '@polder/crawlers';
import { createLogger, loadConfig, type CheckConfig, type SourceConfig } from '@polder/runtime';
import { check as checkCommand } from '../cli/src/commands/check.ts';
import { deleteCrawledData, testMySqlSource, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import { createDatabase, runSql } from './support/loadPagila.ts';
import { testDriver, testLogger, testServices } from './support/services.ts';
import { startMariaDb, type RunningMariaDb } from './support/startMariaDb.ts';

const services = testServices();
const driver = testDriver();

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

/** Deletes the check nodes a source's runs wrote (checks, results, incidents), besides what its crawl wrote. */
async function deleteCheckData(source: SourceConfig): Promise<void> {
  await driver.executeQuery(`MATCH (n:Entity {provider: $provider}) DETACH DELETE n`, { provider: `check:${source.id}` });
  await deleteCrawledData(driver, source);
}

/**
 * The same checks for every store, over the same rows:
 *   id | email | status | booked_at
 *   1  | a@x   | open   | an hour ago
 *   2  | b@x   | closed | two hours ago
 *   3  | NULL  | open   | a day ago
 *   4  | b@x   | weird  | two days ago
 */
function everyKind(source: string, dataset: string, table: string): { checks: CheckConfig[]; expected: Record<string, string> } {
  const common = { source, dataset, timeoutMs: 10_000 };
  const checks: CheckConfig[] = [
    { ...common, id: 'rows-pass', kind: 'rowCount', min: 1, max: 4 },
    { ...common, id: 'rows-fail', kind: 'rowCount', max: 2 },
    { ...common, id: 'fresh-pass', kind: 'freshness', column: 'booked_at', maxAgeMinutes: 180 },
    { ...common, id: 'fresh-fail', kind: 'freshness', column: 'booked_at', maxAgeMinutes: 30 },
    { ...common, id: 'nulls-pass', kind: 'nullFraction', column: 'email', max: 0.25 },
    { ...common, id: 'nulls-fail', kind: 'nullFraction', column: 'email', max: 0.1 },
    { ...common, id: 'unique-pass', kind: 'uniqueness', column: 'id', maxDuplicates: 0 },
    { ...common, id: 'unique-fail', kind: 'uniqueness', column: 'email', maxDuplicates: 0 },
    { ...common, id: 'values-pass', kind: 'acceptedValues', column: 'status', values: ['open', 'closed', 'weird'] },
    { ...common, id: 'values-fail', kind: 'acceptedValues', column: 'status', values: ['open', 'closed'] },
    { ...common, id: 'custom-pass', kind: 'customSql', sql: `SELECT count(*) FROM ${table} WHERE status = 'open'`, min: 2, max: 2 },
    { ...common, id: 'custom-fail', kind: 'customSql', sql: `SELECT count(*) FROM ${table} WHERE status = 'open'`, min: 3 },
  ];
  const expected = Object.fromEntries(checks.map((check) => [check.id, check.id.endsWith('-pass') ? 'PASS' : 'FAIL']));
  return { checks, expected };
}

const outcomes = (results: CheckRunResult[]) => Object.fromEntries(results.map((result) => [result.checkId, result.outcome]));
const byId = (results: CheckRunResult[], id: string) => results.find((result) => result.checkId === id)!;

describe('checks on PostgreSQL', () => {
  const { source, env } = testPostgresSource(services.postgres, 'qc-pg', 'quality_checks', 'quality');
  const datasetUrn = 'urn:polder:dataset:(postgres,qc-pg,quality_checks.public.orders)';
  const run = (checks: CheckConfig[]) => runChecks(checks, [source], { env, logger: testLogger });
  const record = (checks: CheckConfig[]) => runAndRecordChecks(driver, checks, [source], { env, logger: testLogger });

  beforeAll(async () => {
    await createDatabase(
      services.postgres,
      'quality_checks',
      `CREATE TABLE public.orders (id integer, email text, status text, booked_at timestamptz);
       CREATE SEQUENCE public.order_ids;
       INSERT INTO public.orders VALUES
         (1, 'a@x', 'open', now() - interval '1 hour'), (2, 'b@x', 'closed', now() - interval '2 hours'),
         (3, NULL, 'open', now() - interval '1 day'), (4, 'b@x', 'weird', now() - interval '2 days');
       ANALYZE public.orders;
       -- Names with dots: "dot.schema"."v.dot" reads dot.schema.v.dot, as polder.yaml and the URN name it.
       CREATE SCHEMA "dot.schema";
       CREATE VIEW "dot.schema"."v.dot" AS SELECT * FROM public.orders;`,
    );
    await writeTestMesh(driver, source);
    await crawlSource(driver, source, { logger: testLogger, env });
  });
  afterAll(async () => {
    await deleteCheckData(source);
  });

  it('passes and fails every kind of check on its bounds', async () => {
    const { checks, expected } = everyKind('qc-pg', 'public.orders', 'public.orders');
    const results = await run(checks);
    expect(outcomes(results)).toEqual(expected);
    expect(byId(results, 'nulls-fail')).toMatchObject({ observedValue: 0.25, message: '25% of email is null (at most 10%)', sampled: false });
    expect(byId(results, 'unique-fail')).toMatchObject({ observedValue: 1, message: '1 duplicate value in email (at most 0)' });
  });

  it('samples a table larger than sampleRows with TABLESAMPLE', async () => {
    const [result] = await run([{ id: 'nulls-sampled', source: 'qc-pg', dataset: 'public.orders', kind: 'nullFraction', column: 'email', max: 0.5, sampleRows: 2, timeoutMs: 10_000 }]);
    // SYSTEM sampling picks whole pages: the one page of this table is in the sample or not, and either way at most a quarter is null.
    expect(result).toMatchObject({ outcome: 'PASS', sampled: true });
  });

  it('records a query that outlives its timeout as an ERROR, and goes on with the next check', async () => {
    const results = await run([
      { id: 'slow', source: 'qc-pg', dataset: 'public.orders', kind: 'customSql', sql: 'SELECT count(*) FROM pg_sleep(30)', min: 0, timeoutMs: 300 },
      { id: 'after-slow', source: 'qc-pg', dataset: 'public.orders', kind: 'rowCount', min: 1, timeoutMs: 10_000 },
    ]);
    expect(results.map(({ checkId, outcome, message }) => ({ checkId, outcome, message }))).toEqual([
      { checkId: 'slow', outcome: 'ERROR', message: 'timed out after 300 ms' },
      { checkId: 'after-slow', outcome: 'PASS', message: '4 rows (expected at least 1)' },
    ]);
  });

  it('refuses custom SQL that writes, and the data stays as it was', async () => {
    const common = { source: 'qc-pg', dataset: 'public.orders', kind: 'customSql', min: 0, timeoutMs: 10_000 } as const;
    const results = await run([
      { ...common, id: 'nextval', sql: `SELECT nextval('public.order_ids')` },
      { ...common, id: 'cte-delete', sql: 'WITH gone AS (DELETE FROM public.orders RETURNING 1) SELECT count(*) FROM gone' },
      { ...common, id: 'two-statements', sql: 'SELECT 1; DELETE FROM public.orders' },
      { ...common, id: 'unknown-table', sql: 'SELECT count(*) FROM public.nowhere' },
    ]);
    expect(results.map(({ checkId, outcome, message }) => ({ checkId, outcome, message }))).toEqual([
      { checkId: 'nextval', outcome: 'ERROR', message: 'cannot execute nextval() in a read-only transaction' },
      { checkId: 'cte-delete', outcome: 'ERROR', message: 'WITH clause containing a data-modifying statement must be at the top level' },
      { checkId: 'two-statements', outcome: 'ERROR', message: expect.stringContaining('syntax error') },
      { checkId: 'unknown-table', outcome: 'ERROR', message: 'relation "public.nowhere" does not exist' },
    ]);
    const [count] = await run([{ id: 'still-four', source: 'qc-pg', dataset: 'public.orders', kind: 'rowCount', min: 4, max: 4, timeoutMs: 10_000 }]);
    expect(count!.outcome).toBe('PASS');
  });

  it('keeps every run as history and points the check at its dataset and field', async () => {
    const check: CheckConfig = { id: 'history', source: 'qc-pg', dataset: 'public.orders', column: 'email', kind: 'nullFraction', max: 0.5, timeoutMs: 10_000 };
    const first = await record([check]);
    const second = await record([check]);
    const history = await rows(
      `MATCH (r:CheckResult)-[:RESULT_OF]->(c:QualityCheck {urn: 'urn:polder:qualityCheck:(polder,qc-pg,history)'})
       RETURN r.outcome AS outcome, r.observedValue AS observedValue, r.invocationId AS invocationId ORDER BY r.evaluatedAt`,
    );
    expect(history).toEqual([
      { outcome: 'PASS', observedValue: 0.25, invocationId: first.runId },
      { outcome: 'PASS', observedValue: 0.25, invocationId: second.runId },
    ]);
    const targets = await rows(`MATCH (:QualityCheck {urn: 'urn:polder:qualityCheck:(polder,qc-pg,history)'})-[:CHECKS]->(t) RETURN t.urn AS urn ORDER BY urn`);
    expect(targets).toEqual([{ urn: datasetUrn }, { urn: `urn:polder:field:(${datasetUrn},email)` }]);
  });

  it('names the checks whose dataset or column the graph does not hold, with what they name', async () => {
    const warnings: string[] = [];
    const logger = createLogger('quality-checks-test', 'warn', { write: (line: string) => void warnings.push(JSON.parse(line).msg as string) });
    const common = { source: 'qc-pg', timeoutMs: 10_000 } as const;
    await runAndRecordChecks(
      driver,
      [
        { ...common, id: 'misspelt-table', dataset: 'public.ordres', kind: 'rowCount', min: 1 },
        { ...common, id: 'misspelt-column', dataset: 'public.orders', column: 'emial', kind: 'nullFraction', max: 0.5 },
        { ...common, id: 'placed', dataset: 'public.orders', kind: 'rowCount', min: 1 },
      ],
      [source],
      { env, logger },
    );
    expect(warnings.filter((warning) => warning.includes('point at'))).toEqual([
      '2 check(s) point at a dataset or column the graph does not hold: misspelt-table (public.ordres), misspelt-column (public.orders.emial); crawl their sources, or correct the names in polder.yaml',
    ]);
  });

  it('finds a table whose schema and name hold dots where its crawler found it, and points the check at it', async () => {
    const dottedUrn = 'urn:polder:dataset:(postgres,qc-pg,quality_checks.dot.schema.v.dot)';
    const common = { source: 'qc-pg', dataset: 'dot.schema.v.dot', timeoutMs: 10_000 } as const;
    const { results } = await record([
      { ...common, id: 'dotted-rows', kind: 'rowCount', min: 4, max: 4 },
      { ...common, id: 'dotted-nulls', kind: 'nullFraction', column: 'email', max: 0.25 },
    ]);
    expect(results.map(({ checkId, outcome, message, datasetUrn }) => ({ checkId, outcome, message, datasetUrn }))).toEqual([
      { checkId: 'dotted-rows', outcome: 'PASS', message: '4 rows (expected 4 to 4)', datasetUrn: dottedUrn },
      { checkId: 'dotted-nulls', outcome: 'PASS', message: '25% of email is null (at most 25%)', datasetUrn: dottedUrn },
    ]);
    const targets = await rows(`MATCH (:QualityCheck {urn: 'urn:polder:qualityCheck:(polder,qc-pg,dotted-nulls)'})-[:CHECKS]->(t) RETURN t.urn AS urn ORDER BY urn`);
    expect(targets).toEqual([{ urn: dottedUrn }, { urn: `urn:polder:field:(${dottedUrn},email)` }]);
  });

  it('opens one incident on failure, keeps it through a second failure, and resolves it once the data is fixed', async () => {
    const check: CheckConfig = { id: 'incident', source: 'qc-pg', dataset: 'public.orders', column: 'email', kind: 'nullFraction', max: 0, timeoutMs: 10_000 };
    const incidents = () =>
      rows(
        `MATCH (i:Incident)-[:RAISED_BY]->(:QualityCheck {urn: 'urn:polder:qualityCheck:(polder,qc-pg,incident)'})
         RETURN i.state AS state, i.failureCount AS failureCount, i.resolvedAt IS NOT NULL AS resolved,
                COLLECT { MATCH (i)-[:ABOUT]->(a) RETURN a.urn ORDER BY a.urn } AS about
         ORDER BY i.openedAt`,
      );
    const about = [datasetUrn, `urn:polder:field:(${datasetUrn},email)`];

    expect((await record([check])).written).toMatchObject({ incidentsOpened: 1, incidentsStillOpen: 0, incidentsResolved: 0 });
    expect(await incidents()).toEqual([{ state: 'OPEN', failureCount: 1, resolved: false, about }]);

    expect((await record([check])).written).toMatchObject({ incidentsOpened: 0, incidentsStillOpen: 1, incidentsResolved: 0 });
    expect(await incidents()).toEqual([{ state: 'OPEN', failureCount: 2, resolved: false, about }]);

    await runSql(services.postgres, 'quality_checks', `UPDATE public.orders SET email = 'c@x' WHERE id = 3`);
    expect((await record([check])).written).toMatchObject({ incidentsOpened: 0, incidentsStillOpen: 0, incidentsResolved: 1 });
    expect(await incidents()).toEqual([{ state: 'RESOLVED', failureCount: 2, resolved: true, about }]);

    // A pass with nothing open changes nothing; a new failure opens a new incident.
    expect((await record([check])).written).toMatchObject({ incidentsOpened: 0, incidentsResolved: 0 });
    await runSql(services.postgres, 'quality_checks', `UPDATE public.orders SET email = NULL WHERE id = 3`);
    expect((await record([check])).written).toMatchObject({ incidentsOpened: 1 });
    expect((await incidents()).map((incident) => incident.state)).toEqual(['RESOLVED', 'OPEN']);
  });
});

describe('checks on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'polder-checks-sqlite-'));
  const file = join(dir, 'orders.db');
  const source: SourceConfig = { id: 'qc-sqlite', kind: 'sqlite', domain: 'quality', path: file, include: [], exclude: [] };
  const run = (checks: CheckConfig[]) => runChecks(checks, [source], { logger: testLogger });

  beforeAll(() => {
    const db = new Database(file);
    try {
      db.exec(`CREATE TABLE orders (id INTEGER, email TEXT, status TEXT, booked_at TEXT);
        INSERT INTO orders VALUES (1, 'a@x', 'open', datetime('now', '-1 hour')), (2, 'b@x', 'closed', datetime('now', '-2 hours')),
          (3, NULL, 'open', datetime('now', '-1 day')), (4, 'b@x', 'weird', datetime('now', '-2 days'));
        CREATE TABLE codes (code TEXT); INSERT INTO codes VALUES ('1'), ('01'), ('1.0'), ('2');`);
    } finally {
      db.close();
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes and fails every kind of check on its bounds', async () => {
    const { checks, expected } = everyKind('qc-sqlite', 'orders', 'orders');
    const results = await run(checks);
    expect(outcomes(results)).toEqual(expected);
    expect(byId(results, 'fresh-fail').message).toMatch(/^newest booked_at is 6\d minutes old \(SLO: at most 30\)$/);
  });

  it("compares accepted numbers with a TEXT column as text: '1' and '2' are accepted, '01' and '1.0' are not", async () => {
    // better-sqlite3 binds a number as a REAL, which a TEXT column would read as '1.0'.
    const [result] = await run([{ id: 'codes', source: 'qc-sqlite', dataset: 'codes', kind: 'acceptedValues', column: 'code', values: [1, 2], timeoutMs: 10_000 }]);
    expect(result).toMatchObject({ outcome: 'FAIL', observedValue: 2 });
  });

  it('samples the first sampleRows rows of a larger table', async () => {
    const [result] = await run([{ id: 'sampled', source: 'qc-sqlite', dataset: 'orders', kind: 'nullFraction', column: 'email', max: 0, sampleRows: 2, timeoutMs: 10_000 }]);
    expect(result).toMatchObject({ outcome: 'PASS', observedValue: 0, sampled: true, message: '0% of email is null (at most 0%), in a sample of about 2 rows' });
  });

  it('opens the file read-only: custom SQL cannot write, and a slow query is stopped', async () => {
    const common = { source: 'qc-sqlite', dataset: 'orders', kind: 'customSql', min: 0, timeoutMs: 10_000 } as const;
    const results = await run([
      { ...common, id: 'delete', sql: 'DELETE FROM orders RETURNING 1' },
      { ...common, id: 'two-statements', sql: 'SELECT 1; DELETE FROM orders' },
      { ...common, id: 'slow', timeoutMs: 300, sql: 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n' },
    ]);
    expect(results.map(({ outcome }) => outcome)).toEqual(['ERROR', 'ERROR', 'ERROR']);
    expect(byId(results, 'slow').message).toBe('timed out after 300 ms');
    const [count] = await run([{ id: 'still-four', source: 'qc-sqlite', dataset: 'orders', kind: 'rowCount', min: 4, max: 4, timeoutMs: 10_000 }]);
    expect(count!.outcome).toBe('PASS');
  });
});

describe('checks on MariaDB', () => {
  let mariadb: RunningMariaDb | undefined;
  let source: SourceConfig;
  let env: NodeJS.ProcessEnv;
  // Without a server every test fails, with the reason: a throwing beforeAll would report them as skipped.
  let startFailure: unknown;
  const run = (checks: CheckConfig[]) => runChecks(checks, [source], { env, logger: testLogger });

  beforeAll(async () => {
    try {
      mariadb = await startMariaDb();
    } catch (error) {
      startFailure = error;
      return;
    }
    await mariadb.runSql(`CREATE DATABASE qc; USE qc;
      CREATE TABLE orders (id INT, email VARCHAR(50), status VARCHAR(20), booked_at DATETIME);
      INSERT INTO orders VALUES (1, 'a@x', 'open', NOW() - INTERVAL 1 HOUR), (2, 'b@x', 'closed', NOW() - INTERVAL 2 HOUR),
        (3, NULL, 'open', NOW() - INTERVAL 1 DAY), (4, 'b@x', 'weird', NOW() - INTERVAL 2 DAY);
      CREATE TABLE codes (code VARCHAR(5)); INSERT INTO codes VALUES ('1'), ('01'), ('abc'), ('2');`);
    ({ source, env } = testMySqlSource(mariadb, 'qc-mariadb', 'qc', 'quality'));
  });
  beforeEach(() => {
    if (startFailure) throw startFailure;
  });
  afterAll(async () => {
    await mariadb?.stop();
  });

  it('passes and fails every kind of check on its bounds', async () => {
    const { checks, expected } = everyKind('qc-mariadb', 'qc.orders', 'qc.orders');
    const results = await run(checks);
    expect(outcomes(results)).toEqual(expected);
    expect(byId(results, 'nulls-fail').observedValue).toBe(0.25);
  });

  it("compares accepted numbers with a VARCHAR column as text: '01' is not 1, nor 'abc' 0", async () => {
    const [result] = await run([{ id: 'codes', source: 'qc-mariadb', dataset: 'qc.codes', kind: 'acceptedValues', column: 'code', values: [0, 1, 2], timeoutMs: 10_000 }]);
    expect(result).toMatchObject({ outcome: 'FAIL', observedValue: 2 });
  });

  it('samples with a LIMIT, stops a slow query, and runs one statement only', async () => {
    const common = { source: 'qc-mariadb', dataset: 'qc.orders', timeoutMs: 10_000 } as const;
    const results = await run([
      { ...common, id: 'sampled', kind: 'nullFraction', column: 'email', max: 0, sampleRows: 2 },
      { ...common, id: 'slow', kind: 'customSql', sql: 'SELECT SLEEP(30)', min: 0, timeoutMs: 300 },
      { ...common, id: 'two-statements', kind: 'customSql', sql: 'SELECT 1; DELETE FROM qc.orders', min: 0 },
    ]);
    expect(results.map(({ checkId, outcome, sampled }) => ({ checkId, outcome, sampled }))).toEqual([
      { checkId: 'sampled', outcome: 'PASS', sampled: true },
      { checkId: 'slow', outcome: 'ERROR', sampled: false },
      { checkId: 'two-statements', outcome: 'ERROR', sampled: false },
    ]);
    expect(byId(results, 'slow').message).toBe('timed out after 300 ms');
  });
});

describe('npx polder check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'polder-checks-cli-'));
  const source: SourceConfig = { id: 'qc-cli', kind: 'sqlite', domain: 'quality', path: join(dir, 'orders.db'), include: [], exclude: [] };
  const common = { source: 'qc-cli', dataset: 'orders', kind: 'rowCount', timeoutMs: 10_000 } as const;
  const checks: CheckConfig[] = [{ ...common, id: 'rows-some', min: 1 }, { ...common, id: 'rows-four', min: 4, max: 4 }, { ...common, id: 'rows-many', min: 100 }];

  beforeAll(() => {
    const db = new Database(source.path);
    try {
      db.exec(`CREATE TABLE orders (id INTEGER); INSERT INTO orders VALUES (1), (2), (3), (4);`);
    } finally {
      db.close();
    }
  });
  afterAll(async () => {
    await deleteCheckData(source);
    rmSync(dir, { recursive: true, force: true });
  });

  // The command retires every check its polder.yaml does not declare: the other suites of this file have cleaned theirs up by now.
  it('runs every check named by a --check, not only the last', async () => {
    const { neo4j } = services;
    const config = loadConfig({
      file: null,
      env: { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password! },
      overrides: { dataDir: join(dir, 'polder'), mesh: { domains: [{ id: 'quality', name: 'Quality' }], sources: [source], checks } },
    });
    const printed: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((line) => {
      printed.push(String(line));
      return true;
    });
    try {
      const code = await checkCommand.run(['--check', 'rows-some', '--check', 'rows-four'], { config, logger: testLogger });
      expect({ code, printed }).toEqual({
        code: 0,
        printed: [
          'PASS   rows-some (qc-cli): 4 rows (expected at least 1)\n',
          'PASS   rows-four (qc-cli): 4 rows (expected 4 to 4)\n',
          '2 check(s): 0 incident(s) opened, 0 still open, 0 resolved\n',
        ],
      });
    } finally {
      stdout.mockRestore();
    }
    const ran = await rows(`MATCH (r:CheckResult)-[:RESULT_OF]->(c:QualityCheck {provider: 'check:qc-cli'}) RETURN c.name AS check ORDER BY check`);
    expect(ran).toEqual([{ check: 'rows-four' }, { check: 'rows-some' }]);
  });
});

afterAll(async () => {
  await driver.close();
});
