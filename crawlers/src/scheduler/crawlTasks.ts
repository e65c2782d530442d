/** A source's crawl as a scheduled task (ScheduledTask.ts), and `triggerCrawl`'s way to it. */
import type { SourceConfig } from '@polder/runtime';
import { DEFAULT_RETRY, type ScheduledTask } from './ScheduledTask.ts';
import type { TaskScheduler } from './TaskScheduler.ts';

const crawlTaskKey = (sourceId: string) => `crawl:${sourceId}`;

/** The crawl of a source, on its schedule if it has one; retried with backoff (a store may be briefly away). */
export function crawlTask(source: SourceConfig, crawl: (source: SourceConfig) => Promise<unknown>): ScheduledTask {
  return { key: crawlTaskKey(source.id), schedule: source.schedule, retry: DEFAULT_RETRY, run: () => crawl(source) };
}

/** What a request for a crawl comes to, once the source is known. */
export type CrawlRequestResult = 'STARTED' | 'ALREADY_RUNNING';

/**
 * What the API's `triggerCrawl` asks of the process that crawls (api/src/modules/sources/crawlTrigger.ts):
 * a source's crawl now, through the scheduler, so that it never overlaps a scheduled run.
 *
 * `beforeStart` (the API writes its audit entry there) is awaited before the crawl starts: when it fails,
 * the request fails with its error and nothing was started, so no crawl runs unaudited.
 */
export function crawlOnRequest(
  scheduler: TaskScheduler,
  crawls: readonly ScheduledTask[],
): { request(sourceId: string, beforeStart: (outcome: CrawlRequestResult) => Promise<void>): Promise<CrawlRequestResult | 'UNKNOWN_SOURCE'> } {
  return {
    async request(sourceId, beforeStart) {
      const task = crawls.find((candidate) => candidate.key === crawlTaskKey(sourceId));
      if (!task) return 'UNKNOWN_SOURCE';
      const outcome: CrawlRequestResult = scheduler.isRunning(task.key) ? 'ALREADY_RUNNING' : 'STARTED';
      await beforeStart(outcome);
      // A scheduled run that began while beforeStart wrote is the crawl asked for: runNow leaves it alone.
      if (outcome === 'STARTED') void scheduler.runNow(task);
      return outcome;
    },
  };
}
