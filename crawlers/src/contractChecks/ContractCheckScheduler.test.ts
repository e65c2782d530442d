import { describe, expect, it } from 'vitest';
import type { Logger } from '@polder/runtime';
import { ContractCheckScheduler } from './ContractCheckScheduler.ts';

function recordingLogger() {
  const lines: string[] = [];
  const logger = {
    warn: (...args: unknown[]) => lines.push(`warn ${String(args.at(-1))}`),
    error: (...args: unknown[]) => lines.push(`error ${String(args.at(-1))}`),
  } as unknown as Logger;
  return { logger, lines };
}

describe('ContractCheckScheduler', () => {
  it('schedules nothing without a schedule', async () => {
    const scheduler = new ContractCheckScheduler(async () => undefined, recordingLogger().logger);
    expect(scheduler.start(undefined)).toBe(false);
    await scheduler.stop();
  });

  it('never runs twice at once, and logs a run that cannot record its results instead of rejecting', async () => {
    const { logger, lines } = recordingLogger();
    let runs = 0;
    let finish: () => void = () => {};
    const scheduler = new ContractCheckScheduler(() => {
      runs++;
      return new Promise<void>((resolve, reject) => (finish = runs === 1 ? resolve : () => reject(new Error('Neo4j is unavailable'))));
    }, logger);
    const first = scheduler.runNow();
    const second = scheduler.runNow();
    expect(runs).toBe(1);
    finish();
    await Promise.all([first, second]);
    const failing = scheduler.runNow();
    finish();
    await failing;
    expect(runs).toBe(2);
    expect(lines).toEqual([
      'warn skipped a run of the contract rules: the previous one is still going',
      'error could not run the contract rules: Neo4j is unavailable',
    ]);
    await scheduler.stop();
  });
});
