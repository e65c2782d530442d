/**
 * Runs each task on its cron schedule, in this process (`polder start`, and `polder worker` without
 * REDIS_URL). Runs of one task never overlap: a tick, or a request, that finds the previous run
 * still going is skipped, and says so. A failed run is retried with exponential backoff as its
 * task allows, then given up until the next tick; it never rejects.
 */
import { Cron } from 'croner';
import type { Logger } from '@polder/runtime';
import { ONE_ATTEMPT, type ScheduledTask } from './ScheduledTask.ts';

export class TaskScheduler {
  private readonly jobs: Cron[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly logger: Logger,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
  ) {}

  /** Schedules every task that has a `schedule`; returns their keys. */
  start(tasks: readonly ScheduledTask[]): string[] {
    const scheduled = tasks.filter((task) => task.schedule);
    for (const task of scheduled) {
      this.jobs.push(new Cron(task.schedule!, { name: task.key }, () => void this.runNow(task)));
    }
    return scheduled.map((task) => task.key);
  }

  isRunning(key: string): boolean {
    return this.running.has(key);
  }

  /** Runs a task now unless it is already running; resolves when the run (and its retries) is over. */
  runNow(task: ScheduledTask): Promise<void> {
    const current = this.running.get(task.key);
    if (current) {
      this.logger.warn({ task: task.key }, `skipped a run of ${task.key}: the previous one is still going`);
      return current;
    }
    const run = this.runWithRetries(task).finally(() => this.running.delete(task.key));
    this.running.set(task.key, run);
    return run;
  }

  /** Stops scheduling and waits for the runs under way (which try no more). */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const job of this.jobs) job.stop();
    await Promise.all(this.running.values());
  }

  private async runWithRetries(task: ScheduledTask): Promise<void> {
    const retry = task.retry ?? ONE_ATTEMPT;
    for (let attempt = 1; attempt <= retry.attempts && !this.stopped; attempt++) {
      try {
        await task.run();
        return;
      } catch (error) {
        const message = (error as Error).message;
        if (attempt === retry.attempts) {
          this.logger.error({ task: task.key, attempts: attempt, error: message }, `${task.key} failed: ${message}; giving up until its next scheduled run`);
          return;
        }
        const delayMs = retry.firstDelayMs * 2 ** (attempt - 1);
        this.logger.warn({ task: task.key, attempt, delayMs, error: message }, `retrying ${task.key} in ${Math.round(delayMs / 1000)} s`);
        await this.sleep(delayMs);
      }
    }
  }
}
