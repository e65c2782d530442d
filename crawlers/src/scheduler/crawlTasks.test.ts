import { describe, expect, it } from 'vitest';
import { createLogger } from '@polder/runtime';
import type { SourceConfig } from '@polder/runtime';
import { crawlOnRequest, crawlTask } from './crawlTasks.ts';
import { TaskScheduler } from './TaskScheduler.ts';

const logger = createLogger('test', 'silent');
const source = { id: 'rentals-db', kind: 'sqlite', domain: 'rentals', path: 'rentals.db', include: [], exclude: [] } as SourceConfig;

describe('crawlOnRequest', () => {
  it('awaits beforeStart (the audit entry) before it starts the crawl, and starts none when beforeStart fails', async () => {
    const events: string[] = [];
    const scheduler = new TaskScheduler(logger);
    const crawls = crawlOnRequest(scheduler, [crawlTask(source, async () => void events.push('crawl'))]);

    await expect(crawls.request('rentals-db', async () => Promise.reject(new Error('the audit could not be written')))).rejects.toThrow('the audit could not be written');
    await scheduler.stop();
    expect(events).toEqual([]);

    const started = new TaskScheduler(logger);
    const audited = crawlOnRequest(started, [crawlTask(source, async () => void events.push('crawl'))]);
    const outcome = await audited.request('rentals-db', async (result) => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      events.push(`audit ${result}`);
    });
    await started.stop();
    expect({ outcome, events }).toEqual({ outcome: 'STARTED', events: ['audit STARTED', 'crawl'] });
  });

  it('says ALREADY_RUNNING to beforeStart while the crawl runs, and UNKNOWN_SOURCE without calling it', async () => {
    let finish!: () => void;
    const scheduler = new TaskScheduler(logger);
    const task = crawlTask(source, () => new Promise<void>((resolve) => (finish = resolve)));
    const crawls = crawlOnRequest(scheduler, [task]);
    const running = scheduler.runNow(task);
    const seen: string[] = [];
    expect(await crawls.request('rentals-db', async (result) => void seen.push(result))).toBe('ALREADY_RUNNING');
    expect(await crawls.request('no-such-source', async (result) => void seen.push(result))).toBe('UNKNOWN_SOURCE');
    expect(seen).toEqual(['ALREADY_RUNNING']);
    finish();
    await running;
  });
});
