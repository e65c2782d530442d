/**
 * Runs each profiling entry that has a `schedule` on its cron, in this process:
 * the role CheckScheduler plays for checks, started beside it by `polder worker`
 * and `polder start`. Runs of one entry (one source) never overlap: a tick that
 * finds the previous run still going is skipped, and says so. A failed dataset is
 * an ERROR result of the run; the next tick profiles it again.
 */
import { Cron } from 'croner';
import type { Logger, ProfilingTarget } from '@polder/runtime';

export class ProfileScheduler {
  private readonly jobs: Cron[] = [];
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly run: (targets: ProfilingTarget[]) => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  /** Schedules every entry that has a `schedule`; returns their sources. */
  start(targets: readonly ProfilingTarget[]): string[] {
    const scheduled = targets.filter((target) => target.schedule);
    for (const target of scheduled) {
      this.jobs.push(new Cron(target.schedule!, { name: `profile:${target.source}` }, () => void this.runNow(target)));
    }
    return scheduled.map((target) => target.source);
  }

  /** Profiles one entry now unless it is already being profiled; never rejects (a failure is logged). */
  runNow(target: ProfilingTarget): Promise<void> {
    const current = this.running.get(target.source);
    if (current) {
      this.logger.warn({ source: target.source }, `skipped a profiling run of ${target.source}: the previous one is still going`);
      return current;
    }
    const run = this.run([target])
      .then(() => undefined)
      .catch((error: Error) => this.logger.error({ source: target.source, error: error.message }, `could not profile ${target.source}: ${error.message}`))
      .finally(() => this.running.delete(target.source));
    this.running.set(target.source, run);
    return run;
  }

  /** Stops scheduling and waits for the runs under way. */
  async stop(): Promise<void> {
    for (const job of this.jobs) job.stop();
    await Promise.all(this.running.values());
  }
}
