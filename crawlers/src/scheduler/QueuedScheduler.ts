/**
 * Scheduling scaled out: every worker process registers the same cron job schedulers on a shared
 * BullMQ queue (upserting a scheduler is idempotent, so N workers still make one job per tick),
 * and BullMQ hands each job to exactly one worker. What is scheduled is a task with a key
 * (ScheduledTask.ts): a source's crawl, a quality check, a profiling entry, the data contracts'
 * rules. A Redis lock per key keeps runs of one task from overlapping when a run outlasts its
 * interval; a failed run is retried by BullMQ with exponential backoff, as many times as its
 * task allows. A worker runs one task at a time: more workers, more at once.
 *
 * A run asked for now (`triggerCrawl`, a profile on start) is a one-off job on the same queue
 * (`requestRun`), taken by the next free worker. A scheduler never started only sends such requests:
 * that is how `polder api`, which runs no tasks, asks the workers for a crawl.
 */
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from '@polder/runtime';
import { ONE_ATTEMPT, type ScheduledJob, type ScheduledTask } from './ScheduledTask.ts';
import { isTaskLocked, tryLockTask } from './taskLock.ts';

export const SCHEDULE_QUEUE = 'polder-crawls';

export interface QueuedSchedulerOptions {
  redisUrl: string;
  logger: Logger;
  /** The queue's name; the default is the one deployments have used since crawls alone were queued. */
  queueName?: string;
}

export class QueuedScheduler {
  private readonly redis: Redis;
  private readonly queue: Queue<ScheduledJob>;
  private worker: Worker<ScheduledJob> | undefined;
  private workerRedis: Redis | undefined;
  private readonly queueName: string;

  constructor(private readonly options: QueuedSchedulerOptions) {
    this.queueName = options.queueName ?? SCHEDULE_QUEUE;
    // BullMQ's blocking commands need maxRetriesPerRequest: null.
    this.redis = new Redis(options.redisUrl, { maxRetriesPerRequest: null, lazyConnect: false });
    this.queue = new Queue<ScheduledJob>(this.queueName, { connection: this.redis });
    this.queue.on('error', (error) => this.logRedisError('queue', error));
  }

  /** Registers a job scheduler per task that has a `schedule` and starts taking jobs; returns their keys. */
  async start(tasks: readonly ScheduledTask[]): Promise<string[]> {
    const scheduled = tasks.filter((task) => task.schedule);
    // Every task, scheduled or not: a run may be requested of one without a schedule (requestRun).
    const byKey = new Map(tasks.map((task) => [task.key, task]));
    for (const task of scheduled) {
      const retry = task.retry ?? ONE_ATTEMPT;
      await this.queue.upsertJobScheduler(
        task.key,
        { pattern: task.schedule! },
        {
          name: task.key.split(':')[0]!,
          data: { key: task.key },
          opts: { attempts: retry.attempts, backoff: { type: 'exponential', delay: retry.firstDelayMs }, removeOnComplete: 1000, removeOnFail: 1000 },
        },
      );
    }
    this.worker = new Worker<ScheduledJob>(
      this.queueName,
      async (job) => {
        const task = byKey.get(job.data.key);
        if (!task) throw new Error(`job ${job.id} is for ${job.data.key}, which this worker's polder.yaml does not declare`);
        const lock = await tryLockTask(this.redis, task.key);
        if (!lock) {
          this.options.logger.warn({ task: task.key, job: job.id }, `skipped a run of ${task.key}: the previous one is still going`);
          return { skipped: true };
        }
        try {
          await task.run(job);
          return { skipped: false };
        } finally {
          await lock.release();
        }
      },
      // The worker blocks on its own connection while it waits for jobs.
      { connection: (this.workerRedis = new Redis(this.options.redisUrl, { maxRetriesPerRequest: null })), concurrency: 1 },
    );
    this.worker.on('error', (error) => this.logRedisError('worker', error));
    this.worker.on('failed', (job, error) => {
      this.options.logger.warn({ task: job?.data.key, attempt: job?.attemptsMade, error: error.message }, `scheduled ${job?.data.key ?? 'job'} failed: ${error.message}`);
    });
    return scheduled.map((task) => task.key);
  }

  /** Whether a run of the task is under way on some worker (it holds the task's lock). */
  isRunning(key: string): Promise<boolean> {
    return isTaskLocked(this.redis, key);
  }

  /**
   * Asks for one run of the task now, from the next free worker; one attempt (its failure is recorded
   * on the run, as a scheduled one's last is). A request still waiting for a worker is not doubled:
   * returns false when one was already waiting, true when this one was queued.
   */
  async requestRun(key: string): Promise<boolean> {
    const requestId = `request:${key}`;
    if (await this.queue.getDeduplicationJobId(requestId)) return false;
    await this.queue.add(key.split(':')[0]!, { key }, { deduplication: { id: requestId }, attempts: 1, removeOnComplete: 1000, removeOnFail: 1000 });
    return true;
  }

  /**
   * BullMQ passes on its connections' errors (Redis restarting, unreachable, out of memory) as
   * 'error' events, and asks for a listener on each queue and worker: unheard, they reach the
   * console raw, beside the logs. They are logged, message only: the Redis URL, which may hold
   * a password, is in the options, never in what is logged.
   */
  private logRedisError(part: 'queue' | 'worker', error: Error): void {
    this.options.logger.error({ queue: this.queueName, part, error: error.message }, `the schedule ${part} lost Redis: ${error.message}`);
  }

  /** Stops taking jobs (waiting for the one under way) and closes the connections. */
  async stop(): Promise<void> {
    await this.worker?.close();
    await this.queue.close();
    await Promise.all([this.redis, this.workerRedis].map((redis) => redis?.quit().catch(() => {})));
  }
}
