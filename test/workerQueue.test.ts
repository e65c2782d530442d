/**
 * `polder worker` on a shared queue (REDIS_URL), as docker-compose.yml runs it: not only the
 * crawls, but the quality checks and the profiles on their polder.yaml schedules go through the
 * queue and run. (Until 2026-12-01 a worker with REDIS_URL ran no scheduled check, contract rule
 * or profile at all.) Real Redis, PostgreSQL and Neo4j; the worker is its own process, stopped by SIGTERM.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { crawlSource, QueuedScheduler } from '@polder/crawlers';
import type { Platform } from '../cli/src/platform.ts';
import { crawlRequestsThroughQueue } from '../cli/src/taskSchedule.ts';
import { captureProcessOutput } from './support/captureProcessOutput.ts';
import { deleteCrawledData, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import { createDatabase } from './support/loadPagila.ts';
import { testDriver, testLogger, testServices } from './support/services.ts';
import { startRedis } from './support/startRedis.ts';

const services = testServices();
const driver = testDriver();
const { source, env } = testPostgresSource(services.postgres, 'queued-worker', 'queued_worker', 'queued');
const EVERY_SECOND = '* * * * * *';
let redis: Awaited<ReturnType<typeof startRedis>>;
let workerProcess: ChildProcess;

async function count(cypher: string): Promise<number> {
  return (await driver.executeQuery(cypher, { source: source.id })).records[0]!.get(0) as number;
}

beforeAll(async () => {
  redis = await startRedis();
  await createDatabase(services.postgres, 'queued_worker', `CREATE TABLE public.orders (id integer PRIMARY KEY, status text); INSERT INTO public.orders VALUES (1, 'open'), (2, 'paid'); ANALYZE public.orders;`);
  await writeTestMesh(driver, source);
  // The check and the profile need the table in the graph: one crawl first (the source itself has no schedule).
  await crawlSource(driver, source, { logger: testLogger, env });
  const config = {
    neo4j: { uri: services.neo4j.uri, user: services.neo4j.user, password: services.neo4j.password },
    redis: { url: redis.url },
    mesh: {
      domains: [{ id: source.domain, name: source.domain }],
      sources: [source],
      checks: [{ id: 'queued-orders-rows', source: source.id, dataset: 'public.orders', kind: 'rowCount', min: 1, schedule: EVERY_SECOND }],
      profiling: { sources: [{ source: source.id }], schedule: EVERY_SECOND },
    },
  };
  workerProcess = captureProcessOutput(
    fork(new URL('./support/workerCommandProcess.ts', import.meta.url), {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, ...env, CONFIG: JSON.stringify(config) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
    'workerCommandProcess',
  );
}, 120_000);
afterAll(async () => {
  if (workerProcess?.exitCode === null) workerProcess.kill('SIGKILL');
  await redis?.stop();
  await driver.executeQuery(`MATCH (r:ProfileRun)-[:PROFILES]->(:Dataset)-[:FROM_SOURCE]->(:Source {id: $source}) DETACH DELETE r`, { source: source.id });
  await deleteCrawledData(driver, source);
  await driver.close();
});

describe('polder worker with REDIS_URL', () => {
  it("takes a crawl that polder api queued (the source has no schedule), and a request waiting is not doubled", async () => {
    const platform = { config: { redis: { url: redis.url }, neo4j: { database: undefined } }, driver } as unknown as Platform;
    const queued = crawlRequestsThroughQueue(platform, testLogger)!;
    const runs = () => count(`MATCH (r:CrawlRun {sourceUrn: 'urn:polder:source:' + $source}) RETURN count(r)`);
    const heard: string[] = [];
    const audit = async (outcome: string) => void heard.push(outcome);
    const lock = new Redis(redis.url);
    try {
      const before = await runs();
      expect(await queued.crawls.request(source.id, audit)).toBe('QUEUED');
      await expect.poll(runs, { timeout: 60_000, interval: 500 }).toBe(before + 1);

      // Unknown to the graph, or no id at all: nothing audited, nothing queued.
      expect(await queued.crawls.request('no-such-source', audit)).toBe('UNKNOWN_SOURCE');
      expect(await queued.crawls.request('', audit)).toBe('UNKNOWN_SOURCE');
      // A run under way on some worker holds the task's lock: the request is answered so, and queues nothing.
      await lock.set(`polder:lock:crawl:${source.id}`, 'another worker', 'PX', 10_000);
      expect(await queued.crawls.request(source.id, audit)).toBe('ALREADY_RUNNING');
      await lock.del(`polder:lock:crawl:${source.id}`);
      expect(heard).toEqual(['QUEUED', 'ALREADY_RUNNING']);
    } finally {
      lock.disconnect();
      await queued.stop();
    }

    // On a queue no worker takes from, a second request for the same task waits as the first one.
    const idle = new QueuedScheduler({ redisUrl: redis.url, logger: testLogger, queueName: 'test-requests' });
    try {
      expect(await idle.requestRun('crawl:idle')).toBe(true);
      expect(await idle.requestRun('crawl:idle')).toBe(false);
      expect(await idle.requestRun('check:idle')).toBe(true);
      const waiting = new Queue('test-requests', { connection: { url: redis.url } });
      expect(await waiting.getWaitingCount()).toBe(2);
      await waiting.close();
    } finally {
      await idle.stop();
    }
  }, 120_000);

  it('runs the scheduled checks and profiles from the shared queue, and stops on SIGTERM', async () => {
    const checkResults = () => count(`MATCH (:CheckResult)-[:RESULT_OF]->(c:QualityCheck) WHERE c.urn CONTAINS 'queued-orders-rows' RETURN count(*)`);
    const profileRuns = () => count(`MATCH (:ProfileRun)-[:PROFILES]->(:Dataset)-[:FROM_SOURCE]->(:Source {id: $source}) RETURN count(*)`);
    await expect.poll(checkResults, { timeout: 30_000, interval: 500 }).toBeGreaterThanOrEqual(2);
    await expect.poll(profileRuns, { timeout: 30_000, interval: 500 }).toBeGreaterThanOrEqual(1);

    const exited = new Promise<number | null>((resolve) => workerProcess.once('exit', (code) => resolve(code)));
    workerProcess.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
