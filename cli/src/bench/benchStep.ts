/**
 * One step of a bench run (start the services, write the mesh, type the
 * searches, ...), made visible and bounded: a log line when it starts, one every
 * half minute while it runs, one when it ends with its time, and a bound past
 * which the step fails with an error that names it. A bench that waits on a
 * browser, a build and three servers must say where it is, and must end: a step
 * this far over its bound is stuck, not slow, and its figures would be worthless.
 *
 * The work gets a signal that aborts at the bound, to stop what it can (a
 * request, a child process); whatever it cannot stop is closed under it by the
 * caller's cleanup, and its late failure is ignored. It may say where it is
 * (`progress('request 40 of 100')`): the "still running" lines and the bound's
 * error repeat the last thing it said.
 */
import type { Logger } from '@polder/runtime';

/** A step outlived its bound. */
export class BenchStepTimeoutError extends Error {
  override name = 'BenchStepTimeoutError';
}

const STILL_RUNNING_EVERY_MS = 30_000;

export interface BenchStepWork<T> {
  (signal: AbortSignal, progress: (where: string) => void): Promise<T>;
}

export async function benchStep<T>(logger: Logger, step: string, boundMs: number, work: BenchStepWork<T>): Promise<T> {
  const started = performance.now();
  const seconds = () => Math.round((performance.now() - started) / 1000);
  const controller = new AbortController();
  let where: string | undefined;
  logger.info(`${step}: started (bound ${formatBound(boundMs)})`);
  const stillRunning = setInterval(() => logger.info({ seconds: seconds(), ...(where === undefined ? {} : { at: where }) }, `${step}: still running`), STILL_RUNNING_EVERY_MS);
  let bound: NodeJS.Timeout | undefined;
  const outlived = new Promise<never>((_, reject) => {
    bound = setTimeout(() => {
      const error = new BenchStepTimeoutError(`${step} did not finish within ${formatBound(boundMs)}${where === undefined ? '' : ` (it was at: ${where})`}: stopped`);
      controller.abort(error);
      reject(error);
    }, boundMs);
  });
  const running = work(controller.signal, (now) => (where = now));
  running.catch(() => undefined);
  try {
    const result = await Promise.race([running, outlived]);
    logger.info({ seconds: seconds() }, `${step}: done`);
    return result;
  } finally {
    clearInterval(stillRunning);
    clearTimeout(bound);
  }
}

function formatBound(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`;
}
