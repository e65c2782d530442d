/**
 * Scaled-out scheduling against a real Redis: two worker processes share one
 * BullMQ queue and register the same schedules. Every tick must run exactly
 * once, and runs of a source slower than its schedule must never overlap.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import type { SourceConfig } from '@polder/runtime';
import { startRedis } from './support/startRedis.ts';
import { captureProcessOutput } from './support/captureProcessOutput.ts';

interface Execution {
  job: string;
  tick: number;
  pid: number;
  started: number;
  ended: number;
}

const source = (id: string): SourceConfig => ({ id, kind: 'sqlite', domain: 'test', path: '/dev/null', schedule: '* * * * * *', include: [], exclude: [] });
let redis: Awaited<ReturnType<typeof startRedis>>;
let client: Redis;

function startWorker(sources: SourceConfig[], runMs: Record<string, number>): Promise<ChildProcess> {
  const child = captureProcessOutput(
    fork(new URL('./support/crawlWorkerProcess.ts', import.meta.url), {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, REDIS_URL: redis.url, QUEUE: 'test-crawls', SOURCES: JSON.stringify(sources), RUN_MS: JSON.stringify(runMs) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
    'crawlWorkerProcess',
  );
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it was ready`)));
  });
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

async function executions(sourceId: string): Promise<Execution[]> {
  return (await client.lrange(`executions:${sourceId}`, 0, -1)).map((entry) => JSON.parse(entry) as Execution);
}

beforeAll(async () => {
  redis = await startRedis();
  client = new Redis(redis.url);
  const sources = [source('every-second'), source('slow')];
  // Two workers with the same schedules; "slow" takes 2.5 s on a 1 s schedule.
  const runMs = { 'every-second': 200, slow: 2_500 };
  const workers = [await startWorker(sources, runMs), await startWorker(sources, runMs)];
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  await Promise.all(workers.map(stopWorker));
}, 60_000);
afterAll(async () => {
  client?.disconnect();
  await redis?.stop();
});

describe('two workers on one queue', () => {
  it('run every tick exactly once', async () => {
    const runs = await executions('every-second');
    expect(runs.length).toBeGreaterThanOrEqual(4);
    expect(new Set(runs.map((run) => run.job)).size).toBe(runs.length);
    expect(new Set(runs.map((run) => run.tick)).size).toBe(runs.length);
  });

  it('never overlap runs of one source, even when a run outlasts its schedule', async () => {
    const runs = (await executions('slow')).sort((a, b) => a.started - b.started);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (let index = 1; index < runs.length; index++) expect(runs[index]!.started).toBeGreaterThanOrEqual(runs[index - 1]!.ended);
  });
});
