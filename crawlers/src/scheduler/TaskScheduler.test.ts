import { describe, expect, it } from 'vitest';
import { createLogger } from '@polder/runtime';
import type { ScheduledTask } from './ScheduledTask.ts';
import { TaskScheduler } from './TaskScheduler.ts';

const logger = createLogger('test', 'silent');
const task = (run: () => Promise<unknown>, extra: Partial<ScheduledTask> = {}): ScheduledTask => ({ key: 'crawl:rentals-db', schedule: '*/5 * * * *', run, ...extra });

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('TaskScheduler', () => {
  it('never runs the same task twice at once', async () => {
    const gate = deferred();
    let runs = 0;
    const scheduler = new TaskScheduler(logger);
    const crawl = task(async () => {
      runs++;
      await gate.promise;
    });
    const first = scheduler.runNow(crawl);
    const second = scheduler.runNow(crawl);
    expect(second).toBe(first);
    expect(scheduler.isRunning(crawl.key)).toBe(true);
    gate.resolve();
    await first;
    expect(runs).toBe(1);
    expect(scheduler.isRunning(crawl.key)).toBe(false);
    await scheduler.runNow(crawl);
    expect(runs).toBe(2);
  });

  it('retries a failed run with exponential backoff as its task allows, then gives up until the next tick', async () => {
    const delays: number[] = [];
    let attempts = 0;
    const scheduler = new TaskScheduler(logger, async (ms) => void delays.push(ms));
    const failing = task(
      async () => {
        attempts++;
        throw new Error('connection refused');
      },
      { retry: { attempts: 3, firstDelayMs: 1000 } },
    );
    await expect(scheduler.runNow(failing)).resolves.toBeUndefined();
    expect(attempts).toBe(3);
    expect(delays).toEqual([1000, 2000]);
  });

  it('stops retrying once a run succeeds', async () => {
    let attempts = 0;
    const scheduler = new TaskScheduler(logger, async () => {});
    const flaky = task(
      async () => {
        if (++attempts < 2) throw new Error('flaky');
      },
      { retry: { attempts: 5, firstDelayMs: 1 } },
    );
    await scheduler.runNow(flaky);
    expect(attempts).toBe(2);
  });

  it('tries once unless told otherwise, and never rejects (a check records its own errors)', async () => {
    let attempts = 0;
    const scheduler = new TaskScheduler(logger, async () => {
      throw new Error('a task without retries must not wait');
    });
    await expect(
      scheduler.runNow(
        task(async () => {
          attempts++;
          throw new Error('could not record the results');
        }, { key: 'check:orders-fresh', retry: undefined }),
      ),
    ).resolves.toBeUndefined();
    expect(attempts).toBe(1);
  });

  it('schedules only the tasks that have a schedule', async () => {
    const scheduler = new TaskScheduler(logger);
    expect(scheduler.start([task(async () => {}), task(async () => {}, { key: 'crawl:manual', schedule: undefined })])).toEqual(['crawl:rentals-db']);
    await scheduler.stop();
  });
});
