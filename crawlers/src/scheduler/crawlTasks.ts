/** A source's crawl as a scheduled task (ScheduledTask.ts), and `triggerCrawl`'s way to it. */
import type { SourceConfig } from '@polder/runtime';
import { DEFAULT_RETRY, type ScheduledTask } from './ScheduledTask.ts';
import type { TaskScheduler } from './TaskScheduler.ts';
import type { QueuedScheduler } from './QueuedScheduler.ts';

const crawlTaskKey = (sourceId: string) => `crawl:${sourceId}`;

/** The crawl of a source, on its schedule if it has one; retried with backoff (a store may be briefly away). */
export function crawlTask(source: SourceConfig, crawl: (source: SourceConfig) => Promise<unknown>): ScheduledTask {
  return { key: crawlTaskKey(source.id), schedule: source.schedule, retry: DEFAULT_RETRY, run: () => crawl(source) };
}

/** What a request for a crawl comes to, once the source is known: started here, queued for a worker, or already under way. */
export type CrawlRequestResult = 'STARTED' | 'QUEUED' | 'ALREADY_RUNNING';

/** How the API's `triggerCrawl` reaches the crawls (api/src/modules/sources/crawlTrigger.ts). */
export interface CrawlRequests {
  request(sourceId: string, beforeStart: (outcome: CrawlRequestResult) => Promise<void>): Promise<CrawlRequestResult | 'UNKNOWN_SOURCE'>;
}

/**
 * What the API's `triggerCrawl` asks of the process that crawls (api/src/modules/sources/crawlTrigger.ts):
 * a source's crawl now, through the scheduler, so that it never overlaps a scheduled run.
 *
 * `beforeStart` (the API writes its audit entry there) is awaited before the crawl starts: when it fails,
 * the request fails with its error and nothing was started, so no crawl runs unaudited.
 */
export function crawlOnRequest(scheduler: TaskScheduler, crawls: readonly ScheduledTask[]): CrawlRequests {
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

/**
 * `triggerCrawl` where the crawls run on workers sharing a queue (REDIS_URL): `polder api` beside
 * `polder worker`s, as docker-compose.yml runs them, or `polder start` with REDIS_URL. The request
 * is a one-off job that the next free worker runs (QUEUED), unless a run of the source is under way
 * on one of them (ALREADY_RUNNING). A process that crawls nothing may not have polder.yaml: whether
 * the source is known is asked of the caller (the API asks the graph, where the workers write the mesh).
 */
export function queuedCrawlOnRequest(scheduler: QueuedScheduler, isKnownSource: (sourceId: string) => Promise<boolean>): CrawlRequests {
  return {
    async request(sourceId, beforeStart) {
      if (!(await isKnownSource(sourceId))) return 'UNKNOWN_SOURCE';
      const key = crawlTaskKey(sourceId);
      const outcome: CrawlRequestResult = (await scheduler.isRunning(key)) ? 'ALREADY_RUNNING' : 'QUEUED';
      await beforeStart(outcome);
      if (outcome === 'QUEUED') await scheduler.requestRun(key);
      return outcome;
    },
  };
}
