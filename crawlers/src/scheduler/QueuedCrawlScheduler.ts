/**
 * Crawl scheduling scaled out: every worker process registers the same cron
 * job schedulers on a shared BullMQ queue (upserting a scheduler is idempotent,
 * so N workers still make one job per tick), and BullMQ hands each job to
 * exactly one worker. A per-source Redis lock keeps runs of one source from
 * overlapping when a run outlasts its interval; failed runs are retried by
 * BullMQ with exponential backoff.
 */
import { Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger, SourceConfig } from '@polder/runtime';
import { tryLockSource } from './sourceLock.ts';
import type { RetryPolicy } from './CrawlScheduler.ts';
import { DEFAULT_RETRY } from './CrawlScheduler.ts';

export const CRAWL_QUEUE = 'polder-crawls';

export interface CrawlJob {
  sourceId: string;
}

export interface QueuedCrawlSchedulerOptions {
  redisUrl: string;
  logger: Logger;
  retry?: RetryPolicy;
  queueName?: string;
}

export class QueuedCrawlScheduler {
  private readonly redis: Redis;
  private readonly queue: Queue<CrawlJob>;
  private worker: Worker<CrawlJob> | undefined;
  private workerRedis: Redis | undefined;
  private readonly queueName: string;

  constructor(
    private readonly crawl: (source: SourceConfig, job: Job<CrawlJob>) => Promise<unknown>,
    private readonly options: QueuedCrawlSchedulerOptions,
  ) {
    this.queueName = options.queueName ?? CRAWL_QUEUE;
    // BullMQ's blocking commands need maxRetriesPerRequest: null.
    this.redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    this.queue = new Queue<CrawlJob>(this.queueName, { connection: this.redis });
  }

  /** Registers a scheduler per scheduled source and starts taking jobs; returns the scheduled ids. */
  async start(sources: SourceConfig[]): Promise<string[]> {
    const retry = this.options.retry ?? DEFAULT_RETRY;
    const byId = new Map(sources.map((source) => [source.id, source]));
    const scheduled = sources.filter((source) => source.schedule);
    for (const source of scheduled) {
      await this.queue.upsertJobScheduler(
        `crawl:${source.id}`,
        { pattern: source.schedule! },
        {
          name: 'crawl',
          data: { sourceId: source.id },
          opts: { attempts: retry.attempts, backoff: { type: 'exponential', delay: retry.firstDelayMs }, removeOnComplete: 1000, removeOnFail: 1000 },
        },
      );
    }
    this.worker = new Worker<CrawlJob>(
      this.queueName,
      async (job) => {
        const source = byId.get(job.data.sourceId);
        if (!source) throw new Error(`job ${job.id} names source ${job.data.sourceId}, which this worker's polder.yaml does not declare`);
        const lock = await tryLockSource(this.redis, source.id);
        if (!lock) {
          this.options.logger.warn({ source: source.id, job: job.id }, `skipped a run of ${source.id}: the previous one is still going`);
          return { skipped: true };
        }
        try {
          await this.crawl(source, job);
          return { skipped: false };
        } finally {
          await lock.release();
        }
      },
      // The worker blocks on its own connection while it waits for jobs.
      { connection: (this.workerRedis = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null })), concurrency: 1 },
    );
    this.worker.on('failed', (job, error) => {
      this.options.logger.warn({ source: job?.data.sourceId, attempt: job?.attemptsMade, error: error.message }, 'crawl job failed');
    });
    return scheduled.map((source) => source.id);
  }

  /** Stops taking jobs (waiting for the one under way) and closes the connections. */
  async stop(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    await Promise.all([this.redis, this.workerRedis].map((redis) => redis?.quit().catch(() => {})));
  }
}
