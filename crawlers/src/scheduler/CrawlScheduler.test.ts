import { describe, expect, it } from 'vitest';
import { createLogger, type SourceConfig } from '@polder/runtime';
import { CrawlScheduler } from './CrawlScheduler.ts';

const logger = createLogger('test', 'silent');
const source = { id: 'rentals-db', kind: 'postgres', domain: 'rentals', schedule: '*/5 * * * *' } as SourceConfig;

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('CrawlScheduler', () => {
  it('never runs the same source twice at once', async () => {
    const gate = deferred();
    let runs = 0;
    const scheduler = new CrawlScheduler(async () => {
      runs++;
      await gate.promise;
    }, logger);
    const first = scheduler.runNow(source);
    const second = scheduler.runNow(source);
    expect(second).toBe(first);
    gate.resolve();
    await first;
    expect(runs).toBe(1);
    await scheduler.runNow(source);
    expect(runs).toBe(2);
  });

  it('retries a failed run with exponential backoff, then gives up until the next tick', async () => {
    const delays: number[] = [];
    let attempts = 0;
    const scheduler = new CrawlScheduler(
      async () => {
        attempts++;
        throw new Error('connection refused');
      },
      logger,
      { attempts: 3, firstDelayMs: 1000 },
      async (ms) => void delays.push(ms),
    );
    await scheduler.runNow(source);
    expect(attempts).toBe(3);
    expect(delays).toEqual([1000, 2000]);
  });

  it('stops retrying once a run succeeds', async () => {
    let attempts = 0;
    const scheduler = new CrawlScheduler(
      async () => {
        if (++attempts < 2) throw new Error('flaky');
      },
      logger,
      { attempts: 5, firstDelayMs: 1 },
      async () => {},
    );
    await scheduler.runNow(source);
    expect(attempts).toBe(2);
  });

  it('schedules only the sources that have a schedule', async () => {
    const scheduler = new CrawlScheduler(async () => {}, logger);
    expect(scheduler.start([source, { ...source, id: 'manual', schedule: undefined }])).toEqual(['rentals-db']);
    await scheduler.stop();
  });
});
