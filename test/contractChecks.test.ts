/**
 * Polder runs the quality rules data contracts declare, end to end: ODCS
 * contracts crawled into real Neo4j and linked to the tables they describe in a
 * real PostgreSQL (embedded), a real MariaDB (started by the test; it fails,
 * saying why, when mariadb-server is not installed) and a real SQLite file; the
 * rules run against those tables; results, history and incidents written to the
 * graph; the trust score of the table counting them. Then the demo mesh's own
 * contracts against the demo databases.
 *
 * Every expected number is counted by hand from the rows each store is given.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrustScorer } from '@polder/api';
import {
  CONTRACT_LINK_PROVIDER,
  crawlSource,
  linkContractDatasets,
  readContractRules,
  runAndRecordContractChecks,
  runContractRules,
  writeCheckResults,
  type CheckResultRow,
  type ContractRuleResult,
} from '@polder/crawlers';
import { contractCheckConfigSchema, loadConfig, trustConfigSchema, type SourceConfig } from '@polder/runtime';
import { check } from '../cli/src/commands/check.ts';
import { GraphReader, SEES_EVERYTHING } from '../api/src/graph/GraphReader.ts';
import { QualityService } from '../api/src/modules/quality/quality.service.ts';
import { deleteCrawledData, testMySqlSource, testPostgresSource, writeTestMesh, writeTestSource } from './support/crawlFixture.ts';
import { DEMO_DOMAINS, loadDemoProductsMesh, type DemoProductsMesh } from './support/demoProductsMesh.ts';
import { createDatabase, queryRows, runSql } from './support/loadPagila.ts';
import { testDriver, testLogger, testServices } from './support/services.ts';
import { startMariaDb, type RunningMariaDb } from './support/startMariaDb.ts';

const services = testServices();
const driver = testDriver();
const settings = contractCheckConfigSchema.parse(undefined);
const temporaryDirs: string[] = [];

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

/** A directory holding one contract file. */
function contractDir(file: string, yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'polder-contract-checks-'));
  temporaryDirs.push(dir);
  writeFileSync(join(dir, file), yaml);
  return dir;
}

/** A contract source of `domain`: the linker links a contract with the tables of its own domain only. */
function contractSource(id: string, path: string, domain: string): SourceConfig {
  return { id, kind: 'contract', domain, path, include: [], exclude: [] };
}

/** Deletes what the runs of a contract source's rules wrote (results, incidents), then what its crawl wrote. */
async function deleteContractData(source: SourceConfig): Promise<void> {
  await driver.executeQuery(`MATCH (n:Entity {provider: $provider}) DETACH DELETE n`, { provider: `contract-check:${source.id}` });
  await deleteCrawledData(driver, source);
}

/** The results of one contract source's rules, by rule, as a person reads them. */
function outcomesOf(results: ContractRuleResult[], contractSourceId: string) {
  return Object.fromEntries(
    results
      .filter((result) => result.contractSource === contractSourceId)
      .map(({ label, outcome, observedValue, message }) => [label.replace(/^\S+ rule /, ''), { outcome, observedValue, message }]),
  );
}

/**
 * Crawls a contract source of a database source's domain, runs its rules once against `sources` (nothing
 * recorded) and deletes what the crawl wrote: each rule's outcome and message, as a person reads them.
 */
async function runRulesOnce(contracts: SourceConfig, sources: SourceConfig[], env: NodeJS.ProcessEnv) {
  try {
    await writeTestSource(driver, contracts);
    await crawlSource(driver, contracts, { logger: testLogger });
    const rules = (await readContractRules(driver)).filter((rule) => rule.contractSource === contracts.id);
    const results = await runContractRules(rules, sources, { timeoutMs: 10_000, env, logger: testLogger });
    return results.map(({ label, outcome, message }) => ({ label, outcome, message }));
  } finally {
    await deleteContractData(contracts);
  }
}

afterAll(async () => {
  await driver.close();
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * The rows of PostgreSQL's public.orders:
 *   id | email | status | amount
 *   1  | a@x   | open   | 10
 *   2  | b@x   | closed | 20
 *   3  | NULL  | open   | -5
 *   4  | b@x   | weird  | 30
 *   5  | N/A   | open   | 40
 */
const ORDERS_CONTRACT = `
apiVersion: v3.1.0
kind: DataContract
id: orders
name: Orders
version: 1.0.0
status: active
servers:
  - server: main
    type: postgres
    host: 127.0.0.1
    port: 5432
    database: contract_checks
    schema: public
schema:
  - name: orders
    physicalName: orders
    physicalType: table
    properties:
      - name: id
        logicalType: integer
      - name: email
        logicalType: string
        quality:
          - { id: email_nulls_rows, metric: nullValues, mustBe: 1 }
          - { id: email_nulls_percent, metric: nullValues, unit: percent, mustBeLessThan: 10 }
          - { id: email_missing, metric: missingValues, arguments: { missingValues: [null, '', 'N/A'] }, mustBeLessOrEqualTo: 1 }
          - { id: email_missing_percent, metric: missingValues, arguments: { missingValues: [null, '', 'N/A'] }, unit: percent, mustBe: 40 }
          - { id: email_duplicates, metric: duplicateValues, mustBe: 0 }
          - { id: email_duplicates_percent, metric: duplicateValues, unit: percent, mustBeBetween: [0, 20] }
      - name: status
        logicalType: string
        quality:
          - { id: status_known, metric: invalidValues, arguments: { validValues: [open, closed] }, mustBe: 0 }
          - { id: status_pattern, metric: invalidValues, arguments: { pattern: '^(open|closed|weird)$' }, mustBe: 0 }
          - { id: status_words, type: text, description: A closed order stays closed. }
      - name: amount
        logicalType: number
        quality:
          - { id: amount_not_negative, type: sql, query: 'SELECT count(*) FROM {object} WHERE {property} < 0', mustBe: 0 }
          - { id: bad_threshold, type: sql, query: SELECT 1, mustBe: 'yes' }
    quality:
      - { id: orders_rows, metric: rowCount, mustBeBetween: [1, 10] }
      - { id: open_orders, type: sql, query: "SELECT count(*) FROM \${table} WHERE status = 'open'", mustBeGreaterOrEqualTo: 3 }
      - { id: soda_check, type: custom, engine: soda, implementation: 'type: duplicate_percent' }
  - name: ghosts
    physicalName: ghosts
    quality:
      - { id: ghosts_rows, metric: rowCount, mustBeGreaterThan: 0 }
`;

describe('contract rules on PostgreSQL', () => {
  const { source, env } = testPostgresSource(services.postgres, 'cc-pg', 'contract_checks', 'cc-pg');
  const contracts = contractSource('cc-pg-contracts', contractDir('orders.odcs.yaml', ORDERS_CONTRACT), 'cc-pg');
  const table = 'urn:polder:dataset:(postgres,cc-pg,contract_checks.public.orders)';
  const promise = 'urn:polder:dataset:(contract,cc-pg-contracts,orders,orders)';
  const amountCheck = `urn:polder:qualityCheck:(urn:polder:field:(${promise},amount),amount_not_negative)`;
  const record = () => runAndRecordContractChecks(driver, [source], { logger: testLogger, settings, env });

  beforeAll(async () => {
    await createDatabase(
      services.postgres,
      'contract_checks',
      `CREATE TABLE public.orders (id integer, email text, status text, amount numeric(10,2));
       INSERT INTO public.orders VALUES (1, 'a@x', 'open', 10), (2, 'b@x', 'closed', 20), (3, NULL, 'open', -5), (4, 'b@x', 'weird', 30), (5, 'N/A', 'open', 40);
       ANALYZE public.orders;`,
    );
    await writeTestMesh(driver, source);
    await writeTestSource(driver, contracts);
    await crawlSource(driver, source, { logger: testLogger, env });
    await crawlSource(driver, contracts, { logger: testLogger });
  });
  afterAll(async () => {
    await deleteContractData(contracts);
    await deleteCrawledData(driver, source);
  });

  /** The scans PostgreSQL counted on the table so far (what the crawler reads as its usage). */
  async function scansOfOrders(): Promise<number> {
    const [row] = await queryRows<{ scans: string }>(services.postgres, 'contract_checks', `SELECT seq_scan + coalesce(idx_scan, 0) AS scans FROM pg_stat_user_tables WHERE relname = 'orders'`);
    return Number(row!.scans);
  }


  it('runs each sql and library rule against the crawled table, and skips what it cannot run, saying why', async () => {
    const scansBefore = await scansOfOrders();
    const { results, written } = await record();
    expect(outcomesOf(results, contracts.id)).toEqual({
      'email_nulls_rows (orders.email)': { outcome: 'PASS', observedValue: 1, message: '1 row has no email (must be 1)' },
      'email_nulls_percent (orders.email)': { outcome: 'FAIL', observedValue: 20, message: '20% of rows have no email (must be less than 10%)' },
      'email_missing (orders.email)': { outcome: 'FAIL', observedValue: 2, message: '2 rows have a missing email (NULL, "", "N/A") (must be at most 1)' },
      'email_missing_percent (orders.email)': { outcome: 'PASS', observedValue: 40, message: '40% of rows have a missing email (NULL, "", "N/A") (must be 40%)' },
      'email_duplicates (orders.email)': { outcome: 'FAIL', observedValue: 1, message: '1 row repeats a value of email seen before (must be 0)' },
      'email_duplicates_percent (orders.email)': { outcome: 'PASS', observedValue: 20, message: '20% of rows repeat a value of email seen before (must be between 0% and 20%)' },
      'status_known (orders.status)': { outcome: 'FAIL', observedValue: 1, message: '1 row has a status outside ["open","closed"] (must be 0)' },
      'status_pattern (orders.status)': { outcome: 'PASS', observedValue: 0, message: '0 rows have a status not matching ^(open|closed|weird)$ (must be 0)' },
      'status_words (orders.status)': { outcome: 'SKIPPED', observedValue: null, message: 'a text rule states quality in words: there is nothing to run' },
      'amount_not_negative (orders.amount)': { outcome: 'FAIL', observedValue: 1, message: 'the query returned 1 (must be 0)' },
      'bad_threshold (orders.amount)': { outcome: 'SKIPPED', observedValue: null, message: 'mustBe must be a number, not "yes"' },
      'orders_rows (orders)': { outcome: 'PASS', observedValue: 5, message: '5 rows (must be between 1 and 10)' },
      'open_orders (orders)': { outcome: 'PASS', observedValue: 3, message: 'the query returned 3 (must be at least 3)' },
      'soda_check (orders)': { outcome: 'SKIPPED', observedValue: null, message: 'a custom rule runs on its own engine (soda): Polder runs sql and library rules' },
      'ghosts_rows (ghosts)': {
        outcome: 'SKIPPED',
        observedValue: null,
        message: "schema object ghosts describes no crawled table: the contract linker matched none (check the contract's servers, the object's physicalName, and that the table is of the contract's domain)",
      },
    });
    // The label a person acts on names the contract file and the rule's id.
    expect(results.find((result) => result.checkUrn === amountCheck)!.label).toBe('orders.odcs.yaml rule amount_not_negative (orders.amount)');
    // Skipped rules get no result; each failure opens one incident.
    expect(written).toEqual({ results: 11, incidentsOpened: 5, incidentsStillOpen: 0, incidentsResolved: 0, missingTargets: 0, checksMissingTargets: [], missingChecks: 0 });
    const stored = await rows(
      `MATCH (r:CheckResult)-[:RESULT_OF]->(:QualityCheck {urn: $urn})
       RETURN r.outcome AS outcome, r.observedValue AS observedValue, r.message AS message, r.ranOn AS ranOn, r.provider AS provider`,
      { urn: amountCheck },
    );
    expect(stored).toEqual([
      { outcome: 'FAIL', observedValue: 1, message: 'the query returned 1 (must be 0)', ranOn: [table, `urn:polder:field:(${table},amount)`], provider: 'contract-check:cc-pg-contracts' },
    ]);
    // Every scan the rules made is recorded as Polder's own, to be left out of the table's usage (usage/OwnReads.ts).
    const [own] = await rows(`MATCH (d:Dataset {urn: $urn}) RETURN reduce(sum = 0, reads IN d.usage_ownReadsPending | sum + reads) AS reads`, { urn: table });
    expect(own!.reads).toBeGreaterThan(0);
    expect(own!.reads).toBe((await scansOfOrders()) - scansBefore);
  });

  it("lists the contract's rules among the crawled table's checks, as its trust score counts them", async () => {
    const quality = new QualityService(new GraphReader(driver, undefined, () => undefined, SEES_EVERYTHING));
    const [checks] = await quality.checksOf([table]);
    expect(checks!.map((qualityCheck) => qualityCheck.urn)).toContain(amountCheck);
  });

  it('opens an incident about the contract object and the crawled table, keeps history, and resolves it when the data is fixed', async () => {
    const incidents = () =>
      rows(
        `MATCH (i:Incident)-[:RAISED_BY]->(:QualityCheck {urn: $urn})
         RETURN i.state AS state, i.failureCount AS failureCount, i.title AS title,
                COLLECT { MATCH (i)-[:ABOUT]->(a) RETURN a.urn ORDER BY a.urn } AS about
         ORDER BY i.openedAt`,
        { urn: amountCheck },
      );
    const about = [promise, `urn:polder:field:(${promise},amount)`, table, `urn:polder:field:(${table},amount)`].sort();
    const title = 'orders.odcs.yaml rule amount_not_negative (orders.amount) is failing';
    expect(await incidents()).toEqual([{ state: 'OPEN', failureCount: 1, title, about }]);

    expect((await record()).written).toMatchObject({ results: 11, incidentsOpened: 0, incidentsStillOpen: 5 });
    expect(await incidents()).toEqual([{ state: 'OPEN', failureCount: 2, title, about }]);

    await runSql(services.postgres, 'contract_checks', `UPDATE public.orders SET amount = 5 WHERE id = 3`);
    const fixed = await record();
    expect(outcomesOf(fixed.results, contracts.id)['amount_not_negative (orders.amount)']).toEqual({ outcome: 'PASS', observedValue: 0, message: 'the query returned 0 (must be 0)' });
    expect(fixed.written).toMatchObject({ incidentsOpened: 0, incidentsStillOpen: 4, incidentsResolved: 1 });
    expect(await incidents()).toEqual([{ state: 'RESOLVED', failureCount: 2, title, about }]);

    // Three runs, three results kept as history, and still the one check the contract crawl wrote, still its own.
    const history = await rows(
      `MATCH (c:QualityCheck {urn: $urn}) OPTIONAL MATCH (r:CheckResult)-[:RESULT_OF]->(c)
       WITH c, r ORDER BY r.evaluatedAt
       RETURN count(DISTINCT c) AS checks, c.provider AS provider, c.polderRunLock AS lock, collect(r.outcome) AS outcomes, count(DISTINCT r.invocationId) AS runs`,
      { urn: amountCheck },
    );
    // The write lock each run takes on the check leaves no property behind.
    expect(history).toEqual([{ checks: 1, provider: 'contract:cc-pg-contracts', lock: null, outcomes: ['FAIL', 'FAIL', 'PASS'], runs: 3 }]);
    // A new crawl of the contract keeps the results and incidents, which are not its own.
    await crawlSource(driver, contracts, { logger: testLogger });
    expect(await rows(`MATCH (r:CheckResult)-[:RESULT_OF]->(:QualityCheck {urn: $urn}) RETURN count(r) AS results`, { urn: amountCheck })).toEqual([{ results: 3 }]);
  });

  it('runs a rule read-only and within its timeout: SQL that writes or runs long is an ERROR, and the next rule still runs', async () => {
    const unsafe = contractSource(
      'cc-pg-unsafe',
      contractDir(
        'unsafe.odcs.yaml',
        ORDERS_CONTRACT.replace('id: orders', 'id: unsafe-orders').replace(/^schema:[\s\S]*$/m, '') +
          `schema:
  - name: orders
    physicalName: orders
    quality:
      - { id: a_slow, type: sql, query: 'SELECT count(*) FROM pg_sleep(30)', mustBe: 0 }
      - { id: b_writes, type: sql, query: 'WITH gone AS (DELETE FROM {object} RETURNING 1) SELECT count(*) FROM gone', mustBe: 0 }
      - { id: c_two_statements, type: sql, query: 'SELECT 1; DELETE FROM {object}', mustBe: 1 }
      - { id: d_still_five, metric: rowCount, mustBe: 5 }
`,
      ),
      'cc-pg',
    );
    try {
      await writeTestSource(driver, unsafe);
      await crawlSource(driver, unsafe, { logger: testLogger });
      const rules = (await readContractRules(driver)).filter((rule) => rule.contractSource === unsafe.id);
      const results = await runContractRules(rules, [source], { timeoutMs: 1_000, env, logger: testLogger });
      expect(results.map(({ label, outcome, message }) => ({ label, outcome, message }))).toEqual([
        { label: 'unsafe.odcs.yaml rule a_slow (orders)', outcome: 'ERROR', message: 'timed out after 1,000 ms' },
        { label: 'unsafe.odcs.yaml rule b_writes (orders)', outcome: 'ERROR', message: 'WITH clause containing a data-modifying statement must be at the top level' },
        { label: 'unsafe.odcs.yaml rule c_two_statements (orders)', outcome: 'ERROR', message: expect.stringContaining('syntax error') },
        { label: 'unsafe.odcs.yaml rule d_still_five (orders)', outcome: 'PASS', message: '5 rows (must be 5)' },
      ]);
    } finally {
      await deleteContractData(unsafe);
    }
  });

  it("asks a number column for listed text, as ODCS's missingValues [null, '', 'N/A'] does, without an error", async () => {
    const numbers = contractSource(
      'cc-pg-numbers',
      contractDir(
        'numbers.odcs.yaml',
        ORDERS_CONTRACT.replace('id: orders', 'id: number-orders').replace(/^schema:[\s\S]*$/m, '') +
          `schema:
  - name: orders
    physicalName: orders
    properties:
      - name: id
        quality:
          - { id: id_missing, metric: missingValues, arguments: { missingValues: [null, '', 'N/A', 5] }, mustBe: 1 }
          - { id: id_valid, metric: invalidValues, arguments: { validValues: [1, 2, '3', '4'] }, mustBe: 1 }
`,
      ),
      'cc-pg',
    );
    expect(await runRulesOnce(numbers, [source], env)).toEqual([
      { label: 'numbers.odcs.yaml rule id_missing (orders.id)', outcome: 'PASS', message: '1 row has a missing id (NULL, "", "N/A", 5) (must be 1)' },
      { label: 'numbers.odcs.yaml rule id_valid (orders.id)', outcome: 'PASS', message: '1 row has a id outside [1,2,"3","4"] (must be 1)' },
    ]);
  });

  it("is linked with its own domain's tables only, and makes a table a port of the contract's own product only", async () => {
    // Another domain's contract naming the same server, database, schema and table: it describes nothing, so its rules run on nothing.
    const foreign = contractSource('cc-pg-foreign', contractDir('foreign.odcs.yaml', ORDERS_CONTRACT.replace('id: orders', 'id: foreign-orders')), 'cc-pg-foreign');
    // A product of the table's domain that a person made expose the contract's promise: it is not given the table.
    const byHand = 'urn:polder:dataProduct:(cc-pg,by-hand)';
    const linksToTable = () =>
      rows(`MATCH (a:Entity)-[r:DESCRIBES|EXPOSES {provider: $provider}]->(:Dataset {urn: $table}) RETURN type(r) AS type, a.urn AS from ORDER BY type, from`, {
        provider: CONTRACT_LINK_PROVIDER,
        table,
      });
    try {
      await writeTestMesh(driver, foreign);
      await crawlSource(driver, foreign, { logger: testLogger });
      await driver.executeQuery(
        `MATCH (home:Domain {id: 'cc-pg'}), (promise:Dataset {urn: $promise})
         CREATE (p:DataProduct:Entity {urn: $byHand, name: 'By hand', status: 'ACTIVE', provider: 'test:contract-checks'})-[:IN_DOMAIN]->(home)
         CREATE (p)-[:EXPOSES {provider: 'person'}]->(promise)`,
        { promise, byHand },
      );
      await linkContractDatasets(driver);
      expect(await linksToTable()).toEqual([
        { type: 'DESCRIBES', from: promise },
        { type: 'EXPOSES', from: 'urn:polder:dataProduct:(cc-pg,orders)' },
      ]);
      const rules = (await readContractRules(driver)).filter((rule) => rule.contractSource === foreign.id);
      expect(rules.length).toBeGreaterThan(0);
      expect(rules.filter((rule) => rule.tables.length > 0)).toEqual([]);
    } finally {
      await driver.executeQuery(`MATCH (p:DataProduct {urn: $byHand}) OPTIONAL MATCH (o:IndexOutbox|TrustOutbox|PolicyOutbox {urn: $byHand}) DETACH DELETE p, o`, { byHand });
      await deleteContractData(foreign);
      await linkContractDatasets(driver);
    }
  });

  it('is what `polder check --contracts` runs: a line per rule, SKIP with the reason, exit 1 while one fails', async () => {
    const secrets = mkdtempSync(join(tmpdir(), 'polder-contract-checks-secret-'));
    temporaryDirs.push(secrets);
    const passwordFile = join(secrets, 'pg-password');
    writeFileSync(passwordFile, services.postgres.password, { mode: 0o600 });
    const { neo4j } = services;
    const config = loadConfig({
      file: null,
      env: {},
      overrides: {
        neo4j: { uri: neo4j.uri, user: neo4j.user, password: neo4j.password },
        mesh: {
          domains: [{ id: source.domain, name: source.domain }],
          sources: [{ ...source, connection: { ...(source as { connection: object }).connection, passwordEnv: undefined, passwordFile } }, contracts],
        },
      },
    });
    const printed: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => printed.push(String(chunk)) > 0);
    let code: number | void;
    try {
      code = await check.run(['--contracts'], { config, logger: testLogger });
    } finally {
      write.mockRestore();
    }
    const lines = printed.join('').split('\n');
    expect(code).toBe(1);
    expect(lines).toEqual(
      expect.arrayContaining([
        'PASS   orders.odcs.yaml rule orders_rows (orders): 5 rows (must be between 1 and 10)',
        'FAIL   orders.odcs.yaml rule status_known (orders.status): 1 row has a status outside ["open","closed"] (must be 0)',
        'SKIP   orders.odcs.yaml rule status_words (orders.status): a text rule states quality in words: there is nothing to run',
        'PASS   orders.odcs.yaml rule amount_not_negative (orders.amount): the query returned 0 (must be 0)',
      ]),
    );
    // Four rules of this contract still fail; their incidents stay open.
    expect(lines).toContainEqual(expect.stringMatching(/^\d+ contract rule\(s\), \d+ skipped: 0 incident\(s\) opened, 4 still open, 0 resolved$/));
    await expect(check.run(['--contracts', '--source', 'cc-pg'], { config, logger: testLogger })).rejects.toThrow('check --contracts runs every contract rule; it takes no --source or --check');
  });

  it("writes a contract's results and Polder's own checks with one statement: a crawled check is only matched, a declared one merged", async () => {
    const runId = 'writer-run';
    const row = (checkUrn: string, provider: string, outcome: CheckResultRow['outcome'], declaredCheck: CheckResultRow['declaredCheck'], aboutUrns: string[]): CheckResultRow => ({
      checkUrn,
      provider,
      outcome,
      declaredCheck,
      resultUrn: `urn:polder:checkResult:(${checkUrn},${runId})`,
      resultProps: { outcome, observedValue: null, message: `${outcome} by hand`, evaluatedAt: '2026-12-01T10:00:00.000Z', durationSeconds: 0, invocationId: runId, sampled: false },
      incidentUrn: `urn:polder:incident:(${checkUrn},${runId})`,
      incidentTitle: `${checkUrn} is failing`,
      aboutUrns,
      assessedUrns: aboutUrns,
    });
    const notCrawled = 'urn:polder:dataset:(postgres,cc-pg-writer,nowhere.public.none)';
    const declared = 'urn:polder:qualityCheck:(polder,cc-pg-writer,declared)';
    const removedRule = `urn:polder:qualityCheck:(urn:polder:field:(${promise},amount),removed_since_read)`;
    try {
      const written = await writeCheckResults(driver, [
        // Declared by the run, on a dataset not crawled yet: merged, its result kept, its incident about nothing yet.
        row(declared, 'check:cc-pg-writer', 'FAIL', { properties: { name: 'declared', kind: 'rowCount' }, targetUrns: [notCrawled] }, [notCrawled]),
        // The contract crawl's, removed between reading and writing: never created, its result dropped.
        row(removedRule, 'contract-check:cc-pg-contracts', 'FAIL', null, [promise]),
        // The contract crawl's and still there: matched, its result kept, the check left as its crawl wrote it.
        row(amountCheck, 'contract-check:cc-pg-contracts', 'PASS', null, [promise, table]),
      ]);
      expect(written).toEqual({ results: 2, incidentsOpened: 1, incidentsStillOpen: 0, incidentsResolved: 0, missingTargets: 1, checksMissingTargets: [declared], missingChecks: 1 });
      expect(
        await rows(
          `UNWIND $urns AS urn
           OPTIONAL MATCH (c:QualityCheck {urn: urn})
           RETURN urn, c.provider AS provider, c.name AS name,
                  COUNT { (c)-[:CHECKS]->() } AS checks,
                  COLLECT { MATCH (r:CheckResult {invocationId: $runId})-[:RESULT_OF]->(c) RETURN r.provider } AS results,
                  COLLECT { MATCH (i:Incident)-[:RAISED_BY]->(c) WHERE i.state = 'OPEN' RETURN [i.provider, COUNT { (i)-[:ABOUT]->() }] } AS openIncidents
           ORDER BY urn`,
          { urns: [declared, removedRule, amountCheck], runId },
        ),
      ).toEqual([
        { urn: declared, provider: 'check:cc-pg-writer', name: 'declared', checks: 0, results: ['check:cc-pg-writer'], openIncidents: [['check:cc-pg-writer', 0]] },
        { urn: amountCheck, provider: 'contract:cc-pg-contracts', name: 'amount_not_negative', checks: 2, results: ['contract-check:cc-pg-contracts'], openIncidents: [] },
        { urn: removedRule, provider: null, name: null, checks: 0, results: [], openIncidents: [] },
      ]);
    } finally {
      await driver.executeQuery(`MATCH (n:Entity {provider: 'check:cc-pg-writer'}) DETACH DELETE n`);
    }
  });
});

/**
 * The rows of SQLite's orders:
 *   id | email
 *   1  | a@x
 *   2  | NULL
 *   3  | c@x
 *   4  | d@x
 */
describe('contract rules on SQLite, and the trust score of the table they run on', () => {
  const dir = mkdtempSync(join(tmpdir(), 'polder-contract-checks-sqlite-'));
  temporaryDirs.push(dir);
  const file = join(dir, 'orders.db');
  const source: SourceConfig = { id: 'cc-sqlite', kind: 'sqlite', domain: 'cc-sqlite', path: file, include: [], exclude: [] };
  // ODCS has no sqlite server type: a custom server of format sqlite, pinned to the Polder source that crawls the file.
  const contracts = contractSource(
    'cc-sqlite-contracts',
    contractDir(
      'orders.odcs.yaml',
      `apiVersion: v3.1.0
kind: DataContract
id: local-orders
version: 1.0.0
status: active
servers:
  - server: file
    type: custom
    format: sqlite
    customProperties: [{ property: polderSource, value: cc-sqlite }]
schema:
  - name: orders
    properties:
      - name: email
        quality:
          - { id: email_present, metric: nullValues, mustBe: 0 }
    quality:
      - { id: four_orders, metric: rowCount, mustBe: 4 }
`,
    ),
    'cc-sqlite',
  );
  const table = 'urn:polder:dataset:(sqlite,cc-sqlite,main.orders)';
  const record = () => runAndRecordContractChecks(driver, [source], { logger: testLogger, settings, env: {} });
  const scorer = new TrustScorer(driver, { trust: trustConfigSchema.parse(undefined), logger: testLogger });
  const trustOf = async (urn: string) => {
    await scorer.drain();
    const [stored] = await rows<{ score: number; explanation: string }>(`MATCH (d:Dataset {urn: $urn}) RETURN d.trustScore AS score, d.trustExplanation AS explanation`, { urn });
    const components = (JSON.parse(stored!.explanation) as { components: Array<{ name: string; value: number | null; evidence: Array<{ description: string }> }> }).components;
    const byName = Object.fromEntries(components.map(({ name, value, evidence }) => [name, { value, evidence: evidence.map((item) => item.description) }]));
    return { score: stored!.score, quality: byName.quality, contract: byName.contract, incidents: byName.incidents!.value };
  };

  beforeAll(async () => {
    const db = new Database(file);
    try {
      db.exec(`CREATE TABLE orders (id INTEGER PRIMARY KEY, email TEXT); INSERT INTO orders VALUES (1, 'a@x'), (2, NULL), (3, 'c@x'), (4, 'd@x');
               CREATE TABLE codes (code TEXT, n INTEGER); INSERT INTO codes VALUES ('1', 1), ('01', 2), ('2', 3), ('1.0', 1);`);
    } finally {
      db.close();
    }
    await writeTestMesh(driver, source);
    await writeTestSource(driver, contracts);
    await crawlSource(driver, contracts, { logger: testLogger });
    await crawlSource(driver, source, { logger: testLogger });
  });
  afterAll(async () => {
    // The scorer scored the table, the contract's dataset and its product: their history goes with them.
    await driver.executeQuery(`MATCH (h:TrustScore) WHERE h.subjectUrn CONTAINS 'cc-sqlite' DELETE h`);
    await deleteContractData(contracts);
    await deleteCrawledData(driver, source);
  });

  it('runs the rules of a contract that names the SQLite file, and the table’s quality and contract components count them', async () => {
    const first = await record();
    expect(outcomesOf(first.results, contracts.id)).toEqual({
      'email_present (orders.email)': { outcome: 'FAIL', observedValue: 1, message: '1 row has no email (must be 0)' },
      'four_orders (orders)': { outcome: 'PASS', observedValue: 4, message: '4 rows (must be 4)' },
    });
    /*
     * Known components of main.orders (weights: documentation 15, ownership 10, quality 20, lineage 10,
     * certification 10, incidents 15, contract 5 = 85; freshness and usage unknown):
     *   documentation 0 (SQLite keeps no comments), ownership 0, lineage 1 (a source table), certification 0
     *   quality   mean(four_orders 1/1, email_present 0/1) = 0.5      contract  mean(PASS 1, FAIL 0) = 0.5
     *   incidents 1 − 0.5 × 1 open = 0.5
     *   score = 100 × (0.5 × 20 + 10 + 0.5 × 15 + 0.5 × 5) / 85 = 35.3 → 35
     */
    expect(await trustOf(table)).toEqual({
      score: 35,
      // Evidence in the order of the rules' URNs (the object's rule, then the property's), named by their ids.
      quality: { value: 0.5, evidence: ['four_orders: 1 of 1 run passed in 30 days', 'email_present: 0 of 1 run passed in 30 days'] },
      contract: { value: 0.5, evidence: [expect.stringMatching(/^contract rule four_orders: PASS at /), expect.stringMatching(/^contract rule email_present: FAIL at /)] },
      incidents: 0.5,
    });

    const db = new Database(file);
    try {
      db.exec(`UPDATE orders SET email = 'b@x' WHERE id = 2`);
    } finally {
      db.close();
    }
    expect((await record()).written).toMatchObject({ results: 2, incidentsResolved: 1 });
    /*
     *   quality   mean(four_orders 2/2, email_present 1/2) = 0.75     contract  mean(PASS, PASS) = 1     incidents 1
     *   score = 100 × (0.75 × 20 + 10 + 15 + 5) / 85 = 52.9 → 53
     */
    expect(await trustOf(table)).toMatchObject({ score: 53, quality: { value: 0.75 }, contract: { value: 1 }, incidents: 1 });
  });

  it('compares listed numbers with a TEXT column as text and with an INTEGER column as numbers', async () => {
    // codes: ('1', 1), ('01', 2), ('2', 3), ('1.0', 1). A number bound as better-sqlite3 binds it (a REAL) reads as '1.0' in a TEXT column.
    const listed = contractSource(
      'cc-sqlite-listed',
      contractDir(
        'codes.odcs.yaml',
        `apiVersion: v3.1.0
kind: DataContract
id: local-codes
version: 1.0.0
status: active
servers:
  - { server: file, type: custom, format: sqlite, customProperties: [{ property: polderSource, value: cc-sqlite }] }
schema:
  - name: codes
    properties:
      - name: code
        quality:
          - { id: code_valid, metric: invalidValues, arguments: { validValues: [1, 2] }, mustBe: 2 }
      - name: n
        quality:
          - { id: n_valid, metric: invalidValues, arguments: { validValues: [1, 2] }, mustBe: 1 }
`,
      ),
      'cc-sqlite',
    );
    expect(await runRulesOnce(listed, [source], {})).toEqual([
      { label: 'codes.odcs.yaml rule code_valid (codes.code)', outcome: 'PASS', message: '2 rows have a code outside [1,2] (must be 2)' },
      { label: 'codes.odcs.yaml rule n_valid (codes.n)', outcome: 'PASS', message: '1 row has a n outside [1,2] (must be 1)' },
    ]);
  });
});

/**
 * The rows of MariaDB's cc.orders:
 *   id | email | status | amount | code
 *   1  | a@x   | open   | 10     | 1
 *   2  | b@x   | closed | -20    | 01
 *   3  | NULL  | open   | 30     | abc
 *   4  | d@x   | weird  | 40     | 2
 */
describe('contract rules on MariaDB', () => {
  let mariadb: RunningMariaDb | undefined;
  let source: SourceConfig;
  let env: NodeJS.ProcessEnv;
  let contracts: SourceConfig;
  // Without a server every test fails, with the reason: a throwing beforeAll would report them as skipped.
  let startFailure: unknown;

  beforeAll(async () => {
    try {
      mariadb = await startMariaDb();
    } catch (error) {
      startFailure = error;
      return;
    }
    await mariadb.runSql(`CREATE DATABASE cc; USE cc;
      CREATE TABLE orders (id INT, email VARCHAR(50), status VARCHAR(20), amount DECIMAL(10,2), code VARCHAR(5));
      INSERT INTO orders VALUES (1, 'a@x', 'open', 10, '1'), (2, 'b@x', 'closed', -20, '01'), (3, NULL, 'open', 30, 'abc'), (4, 'd@x', 'weird', 40, '2');`);
    ({ source, env } = testMySqlSource(mariadb, 'cc-mariadb', 'cc', 'cc-mariadb'));
    contracts = contractSource(
      'cc-mariadb-contracts',
      contractDir(
        'shop.odcs.yaml',
        `apiVersion: v3.1.0
kind: DataContract
id: shop-orders
version: 1.0.0
status: active
servers:
  - { server: shop, type: mysql, host: 127.0.0.1, port: ${mariadb.port}, database: cc }
schema:
  - name: orders
    properties:
      - name: email
        quality:
          - { id: email_nulls_percent, metric: nullValues, unit: percent, mustBe: 25 }
      - name: status
        quality:
          - { id: status_pattern, metric: invalidValues, arguments: { pattern: '^(open|closed)$' }, mustBe: 0 }
      - name: amount
        quality:
          - { id: amount_not_negative, type: sql, query: 'SELECT count(*) FROM {object} WHERE {property} < 0', mustBe: 0 }
    quality:
      - { id: four_orders, metric: rowCount, mustBe: 4 }
`,
      ),
      'cc-mariadb',
    );
    await writeTestMesh(driver, source);
    await writeTestSource(driver, contracts);
    await crawlSource(driver, source, { logger: testLogger, env });
    await crawlSource(driver, contracts, { logger: testLogger });
  });
  beforeEach(() => {
    if (startFailure) throw startFailure;
  });
  afterAll(async () => {
    if (contracts) await deleteContractData(contracts);
    if (source) await deleteCrawledData(driver, source);
    await mariadb?.stop();
  });

  it('quotes {object} and {property} with backticks, matches a pattern with REGEXP, and reads a sample above sampleRows', async () => {
    const { results } = await runAndRecordContractChecks(driver, [source], { logger: testLogger, settings, env });
    expect(outcomesOf(results, contracts.id)).toEqual({
      'email_nulls_percent (orders.email)': { outcome: 'PASS', observedValue: 25, message: '25% of rows have no email (must be 25%)' },
      'status_pattern (orders.status)': { outcome: 'FAIL', observedValue: 1, message: '1 row has a status not matching ^(open|closed)$ (must be 0)' },
      'amount_not_negative (orders.amount)': { outcome: 'FAIL', observedValue: 1, message: 'the query returned 1 (must be 0)' },
      'four_orders (orders)': { outcome: 'PASS', observedValue: 4, message: '4 rows (must be 4)' },
    });
    // Above sampleRows the column metrics read the first rows (ids 1 and 2, no null); rowCount and SQL rules still read every row.
    const sampled = await runAndRecordContractChecks(driver, [source], { logger: testLogger, settings: { ...settings, sampleRows: 2 }, env });
    const byLabel = Object.fromEntries(sampled.results.filter((result) => result.contractSource === contracts.id).map((result) => [result.label, result]));
    expect(byLabel['shop.odcs.yaml rule email_nulls_percent (orders.email)']).toMatchObject({
      outcome: 'FAIL',
      observedValue: 0,
      sampled: true,
      message: '0% of rows have no email (must be 25%), in a sample of about 2 rows',
    });
    expect(byLabel['shop.odcs.yaml rule four_orders (orders)']).toMatchObject({ outcome: 'PASS', sampled: false });
  });

  it('compares listed numbers with a VARCHAR column as text (not \'01\' = 1, \'abc\' = 0) and with a DECIMAL column as numbers', async () => {
    const listed = contractSource(
      'cc-mariadb-listed',
      contractDir(
        'codes.odcs.yaml',
        `apiVersion: v3.1.0
kind: DataContract
id: shop-codes
version: 1.0.0
status: active
servers:
  - { server: shop, type: mysql, host: 127.0.0.1, port: ${mariadb!.port}, database: cc }
schema:
  - name: orders
    properties:
      - name: code
        quality:
          - { id: code_valid, metric: invalidValues, arguments: { validValues: [0, 1, 2] }, mustBe: 2 }
          - { id: code_missing, metric: missingValues, arguments: { missingValues: [0] }, mustBe: 0 }
      - name: amount
        quality:
          - { id: amount_valid, metric: invalidValues, arguments: { validValues: [10, -20, 30] }, mustBe: 1 }
`,
      ),
      'cc-mariadb',
    );
    expect(await runRulesOnce(listed, [source], env)).toEqual([
      { label: 'codes.odcs.yaml rule amount_valid (orders.amount)', outcome: 'PASS', message: '1 row has a amount outside [10,-20,30] (must be 1)' },
      { label: 'codes.odcs.yaml rule code_missing (orders.code)', outcome: 'PASS', message: '0 rows have a missing code (NULL, 0) (must be 0)' },
      { label: 'codes.odcs.yaml rule code_valid (orders.code)', outcome: 'PASS', message: '2 rows have a code outside [0,1,2] (must be 2)' },
    ]);
  });
});

describe("the demo mesh's contracts against the demo databases", () => {
  let mesh: DemoProductsMesh;
  const env = { DEMO_PRODUCTS_PG_PASSWORD: services.postgres.password };

  beforeAll(async () => {
    mesh = await loadDemoProductsMesh(driver, services.postgres, 'cc');
  }, 120_000);
  afterAll(async () => {
    for (const domain of DEMO_DOMAINS) {
      await driver.executeQuery(`MATCH (n:Entity {provider: $provider}) DETACH DELETE n`, { provider: `contract-check:${mesh.contractSource(domain).id}` });
    }
    const left = await mesh?.remove();
    expect(left, 'left behind by this file').toEqual({ entities: 0, outbox: 0, runs: 0 });
  });

  it('runs every rule of the demo contracts: all pass but the courier rating, which opens an incident, and the text rule is skipped', async () => {
    const sources = DEMO_DOMAINS.map((domain) => mesh.databaseSource(domain));
    const { results, written } = await runAndRecordContractChecks(driver, sources, { logger: testLogger, settings, env });
    const outcomes = Object.assign({}, ...DEMO_DOMAINS.map((domain) => outcomesOf(results, mesh.contractSource(domain).id)));
    const pass = (observedValue: number, message: string) => ({ outcome: 'PASS', observedValue, message });
    expect(outcomes).toEqual({
      // rentals: 30 rental orders, 48 charges.
      'order_number_unique (rental_order.order_number)': pass(0, '0 rows repeat a value of order_number seen before (must be 0)'),
      'booking_channel_known (rental_order.booking_channel)': pass(0, '0 rows have a booking_channel outside ["web","app","counter","partner"] (must be 0)'),
      'currency_is_euro (rental_order.currency)': pass(0, '0 rows have a currency outside ["EUR"] (must be 0)'),
      'orders_not_empty (rental_order)': pass(30, '30 rows (must be greater than 0)'),
      'returned_orders_have_return_time (rental_order)': pass(0, 'the query returned 0 (must be 0)'),
      'charge_has_order (rental_charge.rental_order_id)': pass(0, '0 rows have no rental_order_id (must be 0)'),
      'only_discounts_negative (rental_charge.amount)': pass(0, 'the query returned 0 (must be 0)'),
      'rental_days_positive (rental_order_revenue.rental_days)': pass(0, 'the query returned 0 (must be 0)'),
      'every_month_has_rows (branch_monthly_revenue)': expect.objectContaining({ outcome: 'PASS', message: expect.stringMatching(/^\d+ rows \(must be greater than 0\)$/) }),
      // finance: 12 invoices; 8 payments, one by card without an IBAN (12.5%).
      'invoice_number_unique (invoice.invoice_number)': pass(0, '0 rows repeat a value of invoice_number seen before (must be 0)'),
      'source_domain_known (invoice.source_domain)': pass(0, '0 rows have a source_domain outside ["rentals","delivery"] (must be 0)'),
      'invoices_not_empty (invoice)': pass(12, '12 rows (must be greater than 0)'),
      'payment_reference_unique (payment.payment_reference)': pass(0, '0 rows repeat a value of payment_reference seen before (must be 0)'),
      'amount_positive (payment.amount)': pass(0, 'the query returned 0 (must be 0)'),
      'payer_iban_mostly_known (payment.payer_iban)': pass(12.5, '12.5% of rows have no payer_iban (must be less than 25%)'),
      'balance_positive (open_receivable.balance_due)': pass(0, 'the query returned 0 (must be 0)'),
      'reminder_sent (open_receivable.days_past_due)': { outcome: 'SKIPPED', observedValue: null, message: 'a text rule states quality in words: there is nothing to run' },
      // delivery: 25 deliveries; every tracking event has its position.
      'status_known (deliveries.status)': pass(0, '0 rows have a status outside ["assigned","picked_up","delivered","failed","cancelled"] (must be 0)'),
      'deliveries_not_empty (deliveries)': pass(25, '25 rows (must be greater than 0)'),
      'events_have_a_position (delivery_events.latitude)': pass(0, '0% of rows have no latitude (must be less than 5%)'),
      'stars_in_range (delivery_ratings.stars)': pass(0, 'the query returned 0 (must be 0)'),
      'on_time_rate_is_a_share (courier_performance.on_time_rate)': pass(0, 'the query returned 0 (must be 0)'),
      // Courier 5's customers gave 4 and 1 stars: 2.5 on average.
      'couriers_rated_three_stars (courier_performance.avg_stars)': { outcome: 'FAIL', observedValue: 1, message: 'the query returned 1 (must be 0)' },
    });
    expect(written).toMatchObject({ results: 22, incidentsOpened: 1 });

    const view = mesh.table('delivery', 'analytics.courier_performance');
    const promise = mesh.promise('delivery', 'courier-performance', 'courier_performance');
    const incidents = await rows(
      `MATCH (i:Incident {state: 'OPEN'})-[:ABOUT]->(:Dataset {urn: $view})
       RETURN i.title AS title, COLLECT { MATCH (i)-[:ABOUT]->(a:Dataset) RETURN a.urn ORDER BY a.urn } AS datasets`,
      { view },
    );
    expect(incidents).toEqual([
      { title: 'courier-performance.odcs.yaml rule couriers_rated_three_stars (courier_performance.avg_stars) is failing', datasets: [view, promise].sort() },
    ]);
  });
});
