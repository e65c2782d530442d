/**
 * A crawl, then the search indexer, each killed with SIGKILL half-way.
 *
 * The crawl, twice:
 * - a run that fits one transaction (what Neo4j's transaction memory allows: every run of
 *   this source at the test server's 1 GiB heap) is killed with half its rows sent: the
 *   graph is exactly as before, and the run does not stay RUNNING for ever;
 * - a run too large for one transaction (forced here with 5,000 rows per transaction) is
 *   written in stages: what committed before the kill is exactly what the source reports,
 *   and nothing is removed, since removals come last; the next run applies the rest.
 */
import { fork } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource, INTERRUPTED } from '@polder/crawlers';
import { SearchIndexer } from '@polder/api';
import { captureProcessOutput } from './support/captureProcessOutput.ts';
import { deleteCrawledData, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import { createDatabase } from './support/loadPagila.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';

const TABLES = 1_500;
const services = testServices();
const driver = testDriver();
const { source, env } = testPostgresSource(services.postgres, 'killed', 'killed', 'rentals');

async function count(cypher: string, params: Record<string, unknown> = {}): Promise<number> {
  return (await driver.executeQuery(cypher, params)).records[0]!.get(0) as number;
}

beforeAll(async () => {
  // Large enough that the crawl takes seconds, so the kill lands inside it.
  await createDatabase(
    services.postgres,
    'killed',
    `DO $$ BEGIN FOR i IN 1..${TABLES} LOOP
       EXECUTE format('CREATE TABLE t_%s (id int PRIMARY KEY, a text, b text, c int, d int, e date, f text, g text, h numeric, j boolean)', i);
     END LOOP; END $$;`,
  );
  await writeTestMesh(driver, source);
}, 300_000);
afterAll(async () => {
  await deleteCrawledData(driver, source);
  await driver.close();
});

/** Forks a crawl of the source and kills it with SIGKILL once half of its rows are sent to Neo4j. */
async function killCrawlHalfWay(transactionRows?: number): Promise<void> {
  const child = captureProcessOutput(
    fork(new URL('./support/crawlProcess.ts', import.meta.url), {
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        ...env,
        SOURCE: JSON.stringify(source),
        NEO4J: JSON.stringify(services.neo4j),
        ...(transactionRows ? { TRANSACTION_ROWS: String(transactionRows) } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
    'crawlProcess',
  );
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
  const halfWritten = new Promise<void>((resolve, reject) => {
    child.on('message', (message) => message === 'half-written' && resolve());
    child.once('exit', () => reject(new Error('the crawl ended before half of its rows were written')));
  });
  await halfWritten;
  child.kill('SIGKILL');
  expect(await exited, 'the crawl process was killed, not finished').toBe('SIGKILL');
}

const graphOfSource = async (): Promise<number> => count(`MATCH (n:Entity {provider: 'postgres:killed'}) RETURN count(n)`);

describe('a crawl killed half-way', () => {
  it('leaves the graph as it was when the run fits one transaction', async () => {
    expect(await graphOfSource()).toBe(0);
    await killCrawlHalfWay();
    expect(await graphOfSource()).toBe(0);
    expect(await count(`MATCH (o:IndexOutbox) WHERE o.urn STARTS WITH 'urn:polder:dataset:(postgres,killed,' RETURN count(o)`)).toBe(0);
  });

  it('keeps what committed and removes nothing when the run is staged, and the next run closes the dead runs and applies the rest', async () => {
    await killCrawlHalfWay(5_000);
    // Whatever committed before the kill is the source's own tables and columns, every one ACTIVE.
    const landed = await graphOfSource();
    expect(landed).toBeGreaterThan(0);
    expect(await count(`MATCH (n:Entity {provider: 'postgres:killed'}) WHERE n.status <> 'ACTIVE' RETURN count(n)`)).toBe(0);
    expect(await count(`MATCH (d:Dataset {provider: 'postgres:killed'}) WHERE NOT d.name =~ 't_[0-9]+' RETURN count(d)`)).toBe(0);

    const result = await crawlSource(driver, source, { logger: testLogger, env });
    expect({ created: result.counts.created, unchanged: result.counts.unchanged, removed: result.counts.removed, transactions: result.counts.transactions }).toEqual({
      created: TABLES * 11 - landed,
      unchanged: landed,
      removed: 0,
      transactions: 1,
    });
    expect(await count(`MATCH (n:Entity {provider: 'postgres:killed', status: 'ACTIVE'}) RETURN count(n)`)).toBe(TABLES * 11);
    expect(await count(`MATCH (:Dataset {provider: 'postgres:killed'})-[r:HAS_FIELD]->() RETURN count(r)`)).toBe(TABLES * 10);
    const runs = await driver.executeQuery(`MATCH (r:CrawlRun {sourceUrn: 'urn:polder:source:killed'}) RETURN r.status AS status, r.error AS error ORDER BY r.startedAt`);
    expect(runs.records.map((record) => record.toObject())).toEqual([
      { status: 'FAILED', error: INTERRUPTED },
      { status: 'FAILED', error: INTERRUPTED },
      { status: 'SUCCEEDED', error: null },
    ]);
  });
});

describe('the search indexer killed half-way', () => {
  it('leaves the rest queued, and a restart indexes everything exactly once', async () => {
    // The crawls above queued every dataset of the source; nothing drained them yet.
    const queued = await count(`MATCH (o:IndexOutbox) WHERE o.urn STARTS WITH 'urn:polder:dataset:(postgres,killed,' RETURN count(o)`);
    expect(queued).toBe(TABLES);
    // Entries other test files left in the shared graph's outbox would be drained first (oldest first)
    // and are counted below: only this source's entries are this test's.
    await driver.executeQuery(`MATCH (o:IndexOutbox) WHERE NOT o.urn STARTS WITH 'urn:polder:dataset:(postgres,killed,' DELETE o`);
    // Meilisearch runs its tasks one at a time, for every index: the indexer's first batch would wait
    // behind whatever other test files queued there, so start once that backlog is done.
    const meili = testMeili();
    const idleBy = Date.now() + 120_000;
    while ((await meili.tasks.getTasks({ statuses: ['enqueued', 'processing'], limit: 1 })).results.length > 0) {
      if (Date.now() > idleBy) throw new Error('Meilisearch still had tasks from other tests after 120 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const indexPrefix = 'test_killed_';
    const child = captureProcessOutput(
      fork(new URL('./support/indexerProcess.ts', import.meta.url), {
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, NEO4J: JSON.stringify(services.neo4j), MEILI: JSON.stringify(services.meili), INDEX_PREFIX: indexPrefix },
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      }),
      'indexerProcess',
    );
    let exitCode: number | null = null;
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (code, signal) => ((exitCode = code), resolve(signal))));
    // Kill once some batches have been applied and removed from the outbox, but not all.
    const deadline = Date.now() + 120_000;
    while ((await count(`MATCH (o:IndexOutbox) RETURN count(o)`)) > queued - 100) {
      if (exitCode !== null) throw new Error(`the indexer process exited with ${exitCode} before it was killed`);
      if (Date.now() > deadline) throw new Error('the indexer never got going');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGKILL');
    expect(await exited, 'the indexer process was killed, not finished').toBe('SIGKILL');
    const left = await count(`MATCH (o:IndexOutbox) RETURN count(o)`);
    expect(left).toBeGreaterThan(0);

    await new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger }).drain();
    expect(await count(`MATCH (o:IndexOutbox) RETURN count(o)`)).toBe(0);
    // Documents are keyed by URN: a batch indexed twice (applied, then killed before its outbox entries
    // were removed) is the same documents again, never duplicates.
    const indexed = await meili.index(`${indexPrefix}assets`).search('', { filter: 'source = "killed" AND type = "DATASET"', limit: 0 });
    expect(indexed.estimatedTotalHits).toBe(TABLES);
    await meili.deleteIndexIfExists(`${indexPrefix}assets`);
  });
});
