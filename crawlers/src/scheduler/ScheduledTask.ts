/**
 * Something Polder runs on a cron from polder.yaml: a source's crawl, a quality check, a profiling
 * entry, the data contracts' rules. The same tasks run in this process (TaskScheduler.ts) or from
 * a queue that several workers share (QueuedScheduler.ts).
 */
import type { Job } from 'bullmq';

export interface RetryPolicy {
  attempts: number;
  firstDelayMs: number;
}

/** A crawl's: a store that refused a connection gets three tries, 30 s and 60 s apart. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, firstDelayMs: 30_000 };

/** One try: a check or a profile records its own errors as results, and the next tick runs it again. */
export const ONE_ATTEMPT: RetryPolicy = { attempts: 1, firstDelayMs: 0 };

export interface ScheduledTask {
  /** Unique among the tasks, and the name of the lock that keeps its runs apart: `crawl:<source>`, `check:<id>`, `profile:<source>`, `contract-checks`. */
  key: string;
  /** Cron, as polder.yaml gives it; without one the task runs only when asked (`runNow`). */
  schedule?: string;
  /** One attempt unless told otherwise. */
  retry?: RetryPolicy;
  /** Runs the task; from the shared queue, with the BullMQ job that asked for it. */
  run(job?: Job<ScheduledJob>): Promise<unknown>;
}

/** What a job on the shared queue carries: the key of its task. */
export interface ScheduledJob {
  key: string;
}
