/** A source's crawl as a scheduled task (ScheduledTask.ts), and `triggerCrawl`'s way to it. */
import type { SourceConfig } from '@polder/runtime';
import { DEFAULT_RETRY, type ScheduledTask } from './ScheduledTask.ts';
import type { TaskScheduler } from './TaskScheduler.ts';

const crawlTaskKey = (sourceId: string) => `crawl:${sourceId}`;

/** The crawl of a source, on its schedule if it has one; retried with backoff (a store may be briefly away). */
export function crawlTask(source: SourceConfig, crawl: (source: SourceConfig) => Promise<unknown>): ScheduledTask {
  return { key: crawlTaskKey(source.id), schedule: source.schedule, retry: DEFAULT_RETRY, run: () => crawl(source) };
}

/**
 * What the API's `triggerCrawl` asks of the process that crawls (api/src/modules/sources/crawlTrigger.ts):
 * a source's crawl now, through the scheduler, so that it never overlaps a scheduled run.
 */
export function crawlOnRequest(scheduler: TaskScheduler, crawls: readonly ScheduledTask[]): { request(sourceId: string): 'STARTED' | 'ALREADY_RUNNING' | 'UNKNOWN_SOURCE' } {
  return {
    request(sourceId) {
      const task = crawls.find((candidate) => candidate.key === crawlTaskKey(sourceId));
      if (!task) return 'UNKNOWN_SOURCE';
      if (scheduler.isRunning(task.key)) return 'ALREADY_RUNNING';
      void scheduler.runNow(task);
      return 'STARTED';
    },
  };
}
