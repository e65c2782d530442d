/**
 * Scaled-out scheduling against a real Redis: two worker processes share one
 * BullMQ queue and register the same schedules (crawls and checks alike: tasks
 * with a key). Every tick must run exactly once, and runs of a task slower than
 * its schedule must never overlap.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { startRedis } from './support/startRedis.ts';
import { captureProcessOutput } from './support/captureProcessOutput.ts';

interface Execution {
  job: string;
  tick: number;
  pid: number;
  started: number;
  ended: number;
}

interface Task {
  key: string;
  schedule: string;
  runMs: number;
}
let redis: Awaited<ReturnType<typeof startRedis>>;
let client: Redis;

function startWorker(tasks: Task[]): Promise<ChildProcess> {
  const child = captureProcessOutput(
    fork(new URL('./support/queueWorkerProcess.ts', import.meta.url), {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, REDIS_URL: redis.url, QUEUE: 'test-schedules', TASKS: JSON.stringify(tasks) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    }),
    'queueWorkerProcess',
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

async function executions(key: string): Promise<Execution[]> {
  return (await client.lrange(`executions:${key}`, 0, -1)).map((entry) => JSON.parse(entry) as Execution);
}

beforeAll(async () => {
  redis = await startRedis();
  client = new Redis(redis.url);
  // Two workers with the same schedules; the slow crawl takes 2.5 s on a 1 s schedule.
  const tasks: Task[] = [
    { key: 'crawl:every-second', schedule: '* * * * * *', runMs: 200 },
    { key: 'crawl:slow', schedule: '* * * * * *', runMs: 2_500 },
    { key: 'check:every-second', schedule: '* * * * * *', runMs: 100 },
  ];
  const workers = [await startWorker(tasks), await startWorker(tasks)];
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  await Promise.all(workers.map(stopWorker));
}, 60_000);
afterAll(async () => {
  client?.disconnect();
  await redis?.stop();
});

describe('two workers on one queue', () => {
  it('run every tick of every task exactly once, a check as a crawl', async () => {
    for (const key of ['crawl:every-second', 'check:every-second']) {
      const runs = await executions(key);
      expect(runs.length, key).toBeGreaterThanOrEqual(4);
      expect(new Set(runs.map((run) => run.job)).size, key).toBe(runs.length);
      expect(new Set(runs.map((run) => run.tick)).size, key).toBe(runs.length);
    }
  });

  it('never overlap runs of one task, even when a run outlasts its schedule', async () => {
    const runs = (await executions('crawl:slow')).sort((a, b) => a.started - b.started);
    expect(runs.length).toBeGreaterThanOrEqual(2);
    for (let index = 1; index < runs.length; index++) expect(runs[index]!.started).toBeGreaterThanOrEqual(runs[index - 1]!.ended);
  });
});
