/**
 * Faults, against real services this file starts for itself (so it can stop
 * them): Meilisearch down while the graph keeps being written, and Neo4j down in
 * the middle of a crawl and under the API. Nothing is lost, nothing is half-written,
 * and everything recovers by itself once the service is back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS } from '@polder/graph-schema';
import { crawlSource, INTERRUPTED } from '@polder/crawlers';
import { checkSearchConsistency, SearchIndexer, startApiServer, type ApiServer } from '@polder/api';
import { connectMeili, findFreePort, loadConfig, startServices, type PolderConfig, type SourceConfig } from '@polder/runtime';
import { testLogger } from './support/services.ts';
import { writeTestMesh } from './support/crawlFixture.ts';
import { registerSecret } from './support/knownSecrets.ts';

const dir = mkdtempSync(join(tmpdir(), 'polder-faults-'));
const file = join(dir, 'store.db');
const source: SourceConfig = { id: 'faults-store', kind: 'sqlite', domain: 'faults', path: file, include: [], exclude: [] };
const indexPrefix = 'test_faults_';
let config: PolderConfig;
let services: Awaited<ReturnType<typeof startOwnServices>>;
let driver: Driver;

async function startOwnServices(which: Array<'neo4j' | 'meili'>) {
  const started = await startServices(config, { which, detached: false, logger: testLogger });
  if (started.neo4j?.password) registerSecret('Neo4j password of the faults test', started.neo4j.password);
  if (started.meili?.key) registerSecret('Meilisearch master key of the faults test', started.meili.key);
  return started;
}

function changeStore(sql: string): void {
  const db = new Database(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

const tables = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => `CREATE TABLE t${from + i} (id INTEGER PRIMARY KEY, name TEXT, amount NUMERIC);`).join('\n');

async function graphOf(): Promise<Array<Record<string, unknown>>> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity {provider: 'sqlite:faults-store'})
     RETURN n.urn AS urn, n.status AS status, n.contentHash AS hash,
            COLLECT { MATCH (n)-[r]->(m) RETURN type(r) + '>' + m.urn ORDER BY type(r), m.urn } AS edges
     ORDER BY urn`,
  );
  return records.map((record) => record.toObject());
}

beforeAll(async () => {
  config = loadConfig({
    file: null,
    env: {},
    overrides: { dataDir: dir, neo4j: { boltPort: await findFreePort(), heapMb: 512, pageCacheMb: 128 }, meili: { port: await findFreePort() } },
  });
  services = await startOwnServices(['neo4j', 'meili']);
  // No retries: a statement to a stopped server fails at once instead of retrying for 30 s.
  driver = neo4j.driver(services.neo4j.uri, neo4j.auth.basic(services.neo4j.user, services.neo4j.password ?? ''), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: 0,
    connectionAcquisitionTimeout: 5_000,
    logging: { level: 'error', logger: () => {} },
  });
  await applyMigrations(driver, MIGRATIONS);
  changeStore(tables(0, 40));
  await writeTestMesh(driver, source);
}, 120_000);

afterAll(async () => {
  await driver?.close();
  await services?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('Meilisearch stopped during ingestion', () => {
  it('keeps writing the graph, holds the changes in the outbox, and catches up with nothing missing', async () => {
    const indexer = new SearchIndexer(driver, connectMeili(services.meili), { indexPrefix, logger: testLogger });
    await indexer.ensureIndex();
    await crawlSource(driver, source, { logger: testLogger });
    await indexer.drain();

    await services.stop();
    services = await startOwnServices(['neo4j']);
    changeStore(`${tables(40, 60)}\nDROP TABLE t0;`);
    const crawled = await crawlSource(driver, source, { logger: testLogger });
    expect(crawled.counts).toMatchObject({ created: 80, removed: 4 }); // 20 tables of 3 columns; t0 and its columns
    const queued = await driver.executeQuery(`MATCH (o:IndexOutbox) RETURN count(o) AS count`);
    expect(queued.records[0]!.get('count')).toBe(21);
    await expect(indexer.drain()).rejects.toThrow();

    await services.stop();
    services = await startOwnServices(['neo4j', 'meili']);
    await indexer.drain();
    expect((await driver.executeQuery(`MATCH (o:IndexOutbox) RETURN count(o) AS count`)).records[0]!.get('count')).toBe(0);
    const report = await checkSearchConsistency(driver, connectMeili(services.meili), { indexPrefix });
    // 59 tables (t1–t59) and the domain; the dropped table's document is gone.
    expect(report).toEqual({ graphAssets: 60, indexDocuments: 60, missingFromIndex: [], notInGraph: [], stale: [], pendingInOutbox: 0, projectionBehind: false });
  }, 180_000);
});

describe('Neo4j stopped in the middle of a crawl', () => {
  let api: ApiServer;
  const dataset = `urn:polder:dataset:(sqlite,faults-store,main.t1)`;
  const ask = async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `query ($urn: ID!) { dataset(urn: $urn) { name status } }`, variables: { urn: dataset } }),
    });
    return (await response.json()) as { data?: { dataset: { name: string; status: string } | null }; errors?: Array<{ message: string; extensions: { code: string } }> };
  };

  beforeAll(async () => {
    api = await startApiServer(
      { driver, meili: connectMeili(services.meili), indexPrefix, logger: testLogger, lineage: { maxDepth: 3, maxNodes: 100 }, access: { anonymousRead: true } },
      { host: '127.0.0.1', port: 0 },
    );
  });
  afterAll(async () => {
    await api?.stop();
  });

  it('fails the run clearly, leaves the graph as it was, answers UNAVAILABLE, then recovers by itself', async () => {
    const before = await graphOf();
    expect((await ask()).data).toEqual({ dataset: { name: 't1', status: 'ACTIVE' } });
    changeStore(`${tables(60, 90)}\nDROP TABLE t1;`);

    let stopping: Promise<void> | undefined;
    const run = crawlSource(driver, source, {
      logger: testLogger,
      onProgress: (progress) => {
        // The first write batch is the middle of the run: the graph goes away under it.
        if (progress.phase === 'writing' && progress.done > 0 && !stopping) stopping = services.stop();
      },
    });
    // Whether the stop lands between statements or before the commit, the run fails and says why.
    await expect(run).rejects.toThrow(/faults-store/);
    await stopping;

    const down = await ask();
    expect(down.errors![0]).toMatchObject({ message: 'The catalog graph is unavailable right now; try again shortly.', extensions: { code: 'UNAVAILABLE' } });

    services = await startOwnServices(['neo4j', 'meili']);
    expect(await graphOf()).toEqual(before);
    // The same API process and driver, nothing restarted by hand.
    expect((await ask()).data).toEqual({ dataset: { name: 't1', status: 'ACTIVE' } });

    const next = await crawlSource(driver, source, { logger: testLogger });
    expect(next.counts).toMatchObject({ created: 120, removed: 4 });
    expect((await ask()).data).toEqual({ dataset: { name: 't1', status: 'REMOVED' } });
    const runs = await driver.executeQuery(`MATCH (r:CrawlRun {sourceUrn: 'urn:polder:source:faults-store'}) RETURN r.status AS status, r.error AS error ORDER BY r.startedAt`);
    // The interrupted run could not record its failure (the graph was gone); the next run closed it.
    const statuses = runs.records.map((record) => [record.get('status'), record.get('error')]);
    expect(statuses.map(([status]) => status)).toEqual(['SUCCEEDED', 'SUCCEEDED', 'FAILED', 'SUCCEEDED']);
    expect(statuses[2]![1]).toBe(INTERRUPTED);
  }, 180_000);
});
