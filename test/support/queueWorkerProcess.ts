/**
 * One worker process for the scheduling test: a QueuedScheduler on the shared queue whose tasks
 * only record, in Redis, which tick they ran and when. Runs until SIGTERM.
 */
import { Redis } from 'ioredis';
import { QueuedScheduler } from '@polder/crawlers';
import { createLogger } from '@polder/runtime';

const { REDIS_URL, QUEUE, TASKS } = process.env;
/** Each task's key and cron, and how long its run takes, in ms. */
const tasks = JSON.parse(TASKS!) as Array<{ key: string; schedule: string; runMs: number }>;
const recorder = new Redis(REDIS_URL!);
const scheduler = new QueuedScheduler({ redisUrl: REDIS_URL!, logger: createLogger('worker', 'silent'), queueName: QUEUE });
await scheduler.start(
  tasks.map(({ key, schedule, runMs }) => ({
    key,
    schedule,
    async run(job) {
      if (!job) throw new Error('a queued task runs with its job');
      const started = Date.now();
      await new Promise((resolve) => setTimeout(resolve, runMs));
      await recorder.rpush(`executions:${key}`, JSON.stringify({ job: job.id, tick: job.opts.prevMillis ?? job.timestamp, pid: process.pid, started, ended: Date.now() }));
    },
  })),
);
process.send?.('ready');
process.once('SIGTERM', async () => {
  await scheduler.stop();
  recorder.disconnect();
  process.exit(0);
});
