import { describe, expect, it } from 'vitest';
import { createLogger, type ProfilingTarget } from '@polder/runtime';
import { ProfileScheduler } from './ProfileScheduler.ts';

const logger = createLogger('test', 'silent');
const target = (source: string, schedule?: string): ProfilingTarget => ({ source, datasets: [], exclude: [], views: false, schedule, sampleRows: 10, timeoutMs: 1000 });

describe('ProfileScheduler', () => {
  it('schedules only the entries that have a schedule', async () => {
    const scheduler = new ProfileScheduler(async () => undefined, logger);
    expect(scheduler.start([target('a', '0 3 * * *'), target('b')])).toEqual(['a']);
    await scheduler.stop();
  });

  it('never runs one source twice at once, and survives a failed run', async () => {
    const runs: string[] = [];
    let finish!: () => void;
    const scheduler = new ProfileScheduler(async ([entry]) => {
      runs.push(entry!.source);
      if (runs.length === 1) await new Promise<void>((resolve) => (finish = resolve));
      else throw new Error('store unreachable');
    }, logger);
    const first = scheduler.runNow(target('a'));
    const overlapping = scheduler.runNow(target('a'));
    expect(overlapping).toBe(first);
    finish();
    await first;
    await expect(scheduler.runNow(target('a'))).resolves.toBeUndefined();
    expect(runs).toEqual(['a', 'a']);
    await scheduler.stop();
  });
});
