/**
 * Polls a just-spawned service's health check until it answers, its process
 * ends, or the start timeout passes, and turns the last two into a
 * `ServiceStartError` that quotes the service's log.
 */
import { ServiceStartError } from './ServiceStartError.ts';
import type { SpawnedProcess } from './processes.ts';
import { readLogTail, type ServiceLog } from './serviceLogs.ts';

const POLL_INTERVAL_MS = 250;

export interface WaitUntilHealthyOptions {
  title: string;
  process: SpawnedProcess;
  log: ServiceLog;
  timeoutMs: number;
  checkHealth(): Promise<void>;
}

export async function waitUntilHealthy(options: WaitUntilHealthyOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let lastProblem = 'not tried yet';
  for (;;) {
    const exit = options.process.exit();
    if (exit) throw ServiceStartError.exitedBeforeReady(options.title, exit, readLogTail(options.log));
    try {
      await options.checkHealth();
      return;
    } catch (error) {
      lastProblem = (error as Error).message;
    }
    if (Date.now() > deadline) {
      throw ServiceStartError.timedOut(
        options.title,
        Math.round(options.timeoutMs / 1000),
        lastProblem,
        readLogTail(options.log),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}
