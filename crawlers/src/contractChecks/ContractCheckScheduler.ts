/**
 * Runs the data contracts' rules on polder.yaml's `contractChecks.schedule`, in
 * this process, beside the crawl and check schedulers of `polder start` and
 * `polder worker`. Runs never overlap (a tick that finds the previous run still
 * going is skipped, and says so); a run that cannot record its results is logged,
 * and the next tick runs again.
 */
import { Cron } from 'croner';
import type { Logger } from '@polder/runtime';

export class ContractCheckScheduler {
  private job: Cron | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly run: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  /** Schedules the runs; false when there is no schedule (the rules then run only from `polder check --contracts`). */
  start(schedule: string | undefined): boolean {
    if (!schedule) return false;
    this.job = new Cron(schedule, { name: 'contract-checks' }, () => void this.runNow());
    return true;
  }

  /** Runs every rule now unless a run is under way; never rejects. */
  runNow(): Promise<void> {
    if (this.running) {
      this.logger.warn('skipped a run of the contract rules: the previous one is still going');
      return this.running;
    }
    this.running = this.run()
      .then(() => undefined)
      .catch((error: Error) => this.logger.error({ error: error.message }, `could not run the contract rules: ${error.message}`))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  /** Stops scheduling and waits for the run under way. */
  async stop(): Promise<void> {
    this.job?.stop();
    await this.running;
  }
}
