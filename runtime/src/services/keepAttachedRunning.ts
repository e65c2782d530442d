/**
 * An attached service (started by `polder start` and the like, ending with it) that ends while this process
 * still relies on it (killed, out of memory, crashed) is started again at once, on its port and its data, and
 * both are logged. A service that keeps dying needs a person, not a loop: after `maxRestarts` restarts within
 * `windowMs` it is left stopped, and the log says how to bring it back.
 */
import type { Logger } from '../logger.ts';
import { attachedChildrenSignalled } from './attachedChildren.ts';

/** One process of the service, as started. */
export interface AttachedProcess {
  pid: number;
  logFile: string;
  /** Resolves when the process ends, however. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Whether its end was asked for (`stop`). */
  stopping(): boolean;
  stop(): Promise<void>;
}

export interface RestartLimits {
  maxRestarts: number;
  windowMs: number;
}

export const DEFAULT_RESTART_LIMITS: RestartLimits = { maxRestarts: 3, windowMs: 10 * 60_000 };

/** Watches `first` and its successors; `stop` stops whichever runs (after a restart under way, if one is). */
export function keepAttachedRunning(
  title: string,
  first: AttachedProcess,
  relaunch: () => Promise<AttachedProcess>,
  logger: Logger,
  limits: RestartLimits = DEFAULT_RESTART_LIMITS,
): { stop(): Promise<void> } {
  let current = first;
  let stopped = false;
  let restarting: Promise<void> | undefined;
  let restartTimes: number[] = [];

  const watch = (running: AttachedProcess) => {
    void running.ended.then(({ code, signal }) => {
      if (stopped || running.stopping() || attachedChildrenSignalled()) return;
      const how = `${title} (pid ${running.pid}) stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`})`;
      const now = Date.now();
      restartTimes = restartTimes.filter((time) => now - time < limits.windowMs);
      if (restartTimes.length >= limits.maxRestarts) {
        const minutes = Math.round(limits.windowMs / 60_000);
        logger.error(
          { pid: running.pid, code, signal },
          `${how}, after ${limits.maxRestarts} restarts in ${minutes} minute${minutes === 1 ? '' : 's'}: left stopped, and what needs it fails ` +
            `until it runs again; see its log (${running.logFile}), then start it with "npx polder services up"`,
        );
        return;
      }
      restartTimes.push(now);
      logger.error({ pid: running.pid, code, signal }, `${how}: starting it again (its log: ${running.logFile})`);
      restarting = relaunch()
        .then(
          async (next) => {
            if (stopped) return await next.stop();
            current = next;
            logger.info({ pid: next.pid }, `${title} running again (pid ${next.pid})`);
            watch(next);
          },
          (error: Error) =>
            logger.error(`${title} could not be started again: ${error.message}; what needs it fails until it runs again ("npx polder services up")`),
        )
        .finally(() => {
          restarting = undefined;
        });
    });
  };
  watch(first);

  return {
    async stop() {
      stopped = true;
      await restarting;
      await current.stop();
    },
  };
}
