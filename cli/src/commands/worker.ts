import { CrawlScheduler, QueuedCrawlScheduler } from '@polder/crawlers';
import { crawlOne, writeMesh } from '../meshCrawler.ts';
import { openPlatform } from '../platform.ts';
import { untilSignal } from '../serveApi.ts';
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
    try {
      await writeMesh(platform);
      const scheduled = await scheduler.start(config.mesh.sources);
      process.stdout.write(
        `scheduled ${scheduled.length} source(s) ${config.redis.url ? 'on the shared queue' : 'in this process'}: ${scheduled.join(', ') || 'none has a schedule'}\n`,
      );
      await untilSignal();
    } finally {
      await scheduler.stop();
      await platform.close();
    }
  },
};
