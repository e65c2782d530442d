/**
 * Runs each source's crawl on its cron schedule, in this process. Runs of one
 * source never overlap (a tick that finds the previous run still going is
 * skipped, and says so), and a failed run is retried with exponential backoff
 * before the next scheduled tick takes over.
 *
 * Scaled out, the same role is played by BullMQ workers sharing a Redis queue
 * (not built yet); this is the default for one machine.
 */
import { Cron } from 'croner';
import type { Logger, SourceConfig } from '@polder/runtime';

export interface RetryPolicy {
  attempts: number;
  firstDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, firstDelayMs: 30_000 };

export class CrawlScheduler {
  private readonly jobs: Cron[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    private readonly crawl: (source: SourceConfig) => Promise<unknown>,
    private readonly logger: Logger,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref()),
  ) {}

  /** Schedules every source that has a `schedule`; returns their ids. */
  start(sources: SourceConfig[]): string[] {
    const scheduled = sources.filter((source) => source.schedule);
    for (const source of scheduled) {
      this.jobs.push(new Cron(source.schedule!, { name: source.id }, () => void this.runNow(source)));
    }
    return scheduled.map((source) => source.id);
  }

  isRunning(sourceId: string): boolean {
    return this.running.has(sourceId);
  }

  /**
   * Runs one source now unless it is already running; resolves when the run
   * (and its retries) is over. Never rejects: failures are logged and recorded on the run.
   */
  runNow(source: SourceConfig): Promise<void> {
    const current = this.running.get(source.id);
    if (current) {
      this.logger.warn({ source: source.id }, `skipped a run of ${source.id}: the previous one is still going`);
      return current;
    }
    const run = this.runWithRetries(source).finally(() => this.running.delete(source.id));
    this.running.set(source.id, run);
    return run;
  }

  /** Stops scheduling and waits for the runs under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const job of this.jobs) job.stop();
    await Promise.all(this.running.values());
  }

  private async runWithRetries(source: SourceConfig): Promise<void> {
    for (let attempt = 1; attempt <= this.retry.attempts && !this.stopped; attempt++) {
      try {
        await this.crawl(source);
        return;
      } catch (error) {
        if (attempt === this.retry.attempts) {
          this.logger.error({ source: source.id, attempts: attempt }, `giving up on ${source.id} until its next scheduled run`);
          return;
        }
        const delayMs = this.retry.firstDelayMs * 2 ** (attempt - 1);
        this.logger.warn({ source: source.id, attempt, delayMs, error: (error as Error).message }, `retrying ${source.id} in ${Math.round(delayMs / 1000)} s`);
        await this.sleep(delayMs);
      }
    }
  }
}
