/**
 * Runs a piece of background work again and again until stopped: `intervalMs`
 * after each success, backing off exponentially (up to `maxDelayMs`) while it
 * fails, so an unavailable Neo4j or Meilisearch is not hammered. The first
 * failure and every 30th are logged, and the recovery once: enough to see an
 * outage without flooding the log. The search indexer and the trust scorer
 * drain their outboxes this way.
 */
import type { Logger } from '@polder/runtime';

export interface RetryingLoopOptions {
  logger: Logger;
  /** Logged (warn) when the work starts failing, e.g. "search indexing delayed; changes stay queued in the outbox". */
  delayed: string;
  /** Logged (info) when it works again. */
  recovered: string;
  maxDelayMs: number;
}

export class RetryingLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private failures = 0;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly options: RetryingLoopOptions,
  ) {}

  start(intervalMs: number): void {
    this.stopped = false;
    const tick = async () => {
      try {
        await this.work();
        if (this.failures > 0) this.options.logger.info(this.options.recovered);
        this.failures = 0;
      } catch (error) {
        this.failures++;
        if (this.failures === 1 || this.failures % 30 === 0) this.options.logger.warn({ error: (error as Error).message, failures: this.failures }, this.options.delayed);
      }
      if (!this.stopped) this.timer = setTimeout(() => (this.running = tick()), this.delayMs(intervalMs));
    };
    this.running = tick();
  }

  /** Stops scheduling and waits for the run under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** The wait before the next run: the interval, doubled for each failure in a row, capped. */
  delayMs(intervalMs: number): number {
    return Math.min(intervalMs * 2 ** this.failures, this.options.maxDelayMs);
  }
}
