/**
 * Runs each check that has a `schedule` on its cron, in this process: the same
 * role CrawlScheduler plays for crawls, started beside it by `polder worker` and
 * `polder start`. Runs of one check never overlap (a tick that finds the previous
 * run still going is skipped, and says so). A check has no retries: an ERROR is
 * recorded as a result, and the next tick runs it again.
 */
import { Cron } from 'croner';
import type { CheckConfig, Logger } from '@polder/runtime';

export class CheckScheduler {
  private readonly jobs: Cron[] = [];
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly run: (checks: CheckConfig[]) => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  /** Schedules every check that has a `schedule`; returns their ids. */
  start(checks: readonly CheckConfig[]): string[] {
    const scheduled = checks.filter((check) => check.schedule);
    for (const check of scheduled) {
      this.jobs.push(new Cron(check.schedule!, { name: `check:${check.id}` }, () => void this.runNow(check)));
    }
    return scheduled.map((check) => check.id);
  }

  /** Runs one check now unless it is already running; never rejects (a failure to record is logged). */
  runNow(check: CheckConfig): Promise<void> {
    const current = this.running.get(check.id);
    if (current) {
      this.logger.warn({ check: check.id }, `skipped a run of check ${check.id}: the previous one is still going`);
      return current;
    }
    const run = this.run([check])
      .then(() => undefined)
      .catch((error: Error) => this.logger.error({ check: check.id, error: error.message }, `could not record check ${check.id}: ${error.message}`))
      .finally(() => this.running.delete(check.id));
    this.running.set(check.id, run);
    return run;
  }

  /** Stops scheduling and waits for the runs under way. */
  async stop(): Promise<void> {
    for (const job of this.jobs) job.stop();
    await Promise.all(this.running.values());
  }
}
