import { crawlTask, type ScheduledTask } from '@polder/crawlers';
import type { Logger } from '@polder/runtime';
import { checkTasks } from './commands/check.ts';
import { profileTasks } from './commands/profile.ts';
import { crawlOne } from './meshCrawler.ts';
import type { Platform } from './platform.ts';

/**
 * Everything polder.yaml may schedule, as tasks (ScheduledTask in crawlers/src/scheduler/): each
 * source's crawl, each check, the contracts' rules, each profiling entry. `polder start` and
 * `polder worker` run the same list, in process or from the shared queue; those without a
 * schedule run only when asked (`triggerCrawl`, `runOnStart`).
 */
export function scheduledTasks(platform: Platform, logger: Logger): ScheduledTask[] {
  const crawls = platform.config.mesh.sources.map((source) => crawlTask(source, (crawled) => crawlOne(platform, crawled, logger)));
  return [...crawls, ...checkTasks(platform, logger), ...profileTasks(platform, logger)];
}
