import { CrawlScheduler, DEFAULT_RETRY, QueuedScheduler, type ScheduledTask } from '@polder/crawlers';
import type { Logger } from '@polder/runtime';
import { crawlOne, writeMesh } from '../meshCrawler.ts';
import { openPlatform, type Platform } from '../platform.ts';
import { untilSignal } from '../serveApi.ts';
import { checkTasks, scheduleChecks } from './check.ts';
import { profileTasks, scheduleProfiles } from './profile.ts';
import type { Command } from './Command.ts';

export const worker: Command = {
  summary:
    'Crawl every source, and run the quality checks, contract rules and profiles, on their polder.yaml schedules until stopped: in this process, or sharing a BullMQ queue with other workers when REDIS_URL is set (each run then happens once, on one of them).',
  usage: 'worker',
  async run(_args, { config, logger }) {
    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      await writeMesh(platform);
      const stop = config.redis.url ? await startOnQueue(platform, config.redis.url, logger) : startInProcess(platform, logger);
      try {
        await untilSignal();
      } finally {
        await stop();
      }
    } finally {
      await platform.close();
    }
  },
};

/** Every schedule in this process, each on its own cron. */
function startInProcess(platform: Platform, logger: Logger): () => Promise<void> {
  const crawls = new CrawlScheduler((source) => crawlOne(platform, source, logger), logger);
  const sources = crawls.start(platform.config.mesh.sources);
  const checks = scheduleChecks(platform, logger);
  const profiles = scheduleProfiles(platform, logger);
  process.stdout.write(`scheduled ${sources.length} source(s) in this process: ${sources.join(', ') || 'none has a schedule'}\n`);
  process.stdout.write(`scheduled ${checks.scheduled.length} check(s): ${checks.scheduled.join(', ') || 'none has a schedule'}\n`);
  process.stdout.write(`scheduled profiling of ${profiles.scheduled.length} source(s): ${profiles.scheduled.join(', ') || 'none has a schedule'}\n`);
  return async () => {
    await checks.stop();
    await profiles.stop();
    await crawls.stop();
  };
}

/**
 * Every schedule as a task on the shared queue: crawls retried with backoff, checks, contract rules
 * and profiles once (they record their own errors as results). A worker runs one task at a time:
 * more workers, more at once.
 */
async function startOnQueue(platform: Platform, redisUrl: string, logger: Logger): Promise<() => Promise<void>> {
  const crawls: ScheduledTask[] = platform.config.mesh.sources
    .filter((source) => source.schedule)
    .map((source) => ({ key: `crawl:${source.id}`, schedule: source.schedule!, retry: DEFAULT_RETRY, run: () => crawlOne(platform, source, logger) }));
  const scheduler = new QueuedScheduler({ redisUrl, logger });
  const keys = await scheduler.start([...crawls, ...checkTasks(platform, logger), ...profileTasks(platform, logger)]);
  process.stdout.write(`scheduled ${keys.length} task(s) on the shared queue: ${keys.join(', ') || 'nothing has a schedule'}\n`);
  return () => scheduler.stop();
}
