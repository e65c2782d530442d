/**
 * One crawl worker process for the scheduling test: a QueuedCrawlScheduler on
 * the shared queue whose "crawl" only records, in Redis, which tick it ran and
 * when. Runs until SIGTERM.
 */
import { Redis } from 'ioredis';
import { QueuedCrawlScheduler } from '@polder/crawlers';
import { createLogger, type SourceConfig } from '@polder/runtime';

const { REDIS_URL, QUEUE, SOURCES, RUN_MS } = process.env;
const sources = JSON.parse(SOURCES!) as SourceConfig[];
/** How long each source's "crawl" takes, in ms, by source id. */
const runMs = JSON.parse(RUN_MS!) as Record<string, number>;
const recorder = new Redis(REDIS_URL!);
const scheduler = new QueuedCrawlScheduler(
  async (source, job) => {
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, runMs[source.id] ?? 0));
    await recorder.rpush(`executions:${source.id}`, JSON.stringify({ job: job.id, tick: job.opts.prevMillis ?? job.timestamp, pid: process.pid, started, ended: Date.now() }));
  },
  { redisUrl: REDIS_URL!, logger: createLogger('worker', 'silent'), queueName: QUEUE, retry: { attempts: 1, firstDelayMs: 0 } },
);
await scheduler.start(sources);
process.send?.('ready');
process.once('SIGTERM', async () => {
  await scheduler.stop();
  recorder.disconnect();
  process.exit(0);
});
