import { CrawlScheduler, QueuedCrawlScheduler } from '@polder/crawlers';
import { crawlOne, writeMesh } from '../meshCrawler.ts';
import { openPlatform } from '../platform.ts';
import { untilSignal } from '../serveApi.ts';
import { scheduleChecks } from './check.ts';
import { scheduleProfiles } from './profile.ts';
import type { Command } from './Command.ts';

export const worker: Command = {
  summary: 'Crawl every source on its polder.yaml schedule until stopped: in this process, or sharing a BullMQ queue with other workers when REDIS_URL is set.',
  usage: 'worker',
  async run(_args, { config, logger }) {
    const platform = await openPlatform(config, logger, ['neo4j']);
    const crawl = (source: Parameters<typeof crawlOne>[1]) => crawlOne(platform, source, logger);
    const scheduler = config.redis.url
      ? new QueuedCrawlScheduler(crawl, { redisUrl: config.redis.url, logger })
      : new CrawlScheduler(crawl, logger);
    // Scheduled checks run in this process; on a shared queue every worker would run them, so they wait for `polder check` there.
    const checks = config.redis.url ? undefined : scheduleChecks(platform, logger);
    // Profiles likewise: on a shared queue they wait for `polder profile`.
    const profiles = config.redis.url ? undefined : scheduleProfiles(platform, logger);
    try {
      await writeMesh(platform);
      const scheduled = await scheduler.start(config.mesh.sources);
      process.stdout.write(
        `scheduled ${scheduled.length} source(s) ${config.redis.url ? 'on the shared queue' : 'in this process'}: ${scheduled.join(', ') || 'none has a schedule'}\n`,
      );
      if (checks) process.stdout.write(`scheduled ${checks.scheduled.length} check(s): ${checks.scheduled.join(', ') || 'none has a schedule'}\n`);
      if (profiles) process.stdout.write(`scheduled profiling of ${profiles.scheduled.length} source(s): ${profiles.scheduled.join(', ') || 'none has a schedule'}\n`);
      await untilSignal();
    } finally {
      await checks?.stop();
      await profiles?.stop();
      await scheduler.stop();
      await platform.close();
    }
  },
};
