import { CrawlScheduler } from '@polder/crawlers';
import { crawlOne, writeMesh } from '../meshCrawler.ts';
import { openPlatform } from '../platform.ts';
import { untilSignal } from '../serveApi.ts';
import type { Command } from './Command.ts';

export const worker: Command = {
  summary: "Crawl every source on its polder.yaml schedule until stopped (in this process).",
  usage: 'worker',
  async run(_args, { config, logger }) {
    if (process.env.REDIS_URL) throw new Error('REDIS_URL is set, but BullMQ workers are not built yet; unset it to schedule in this process');
    const platform = await openPlatform(config, logger, ['neo4j']);
    const scheduler = new CrawlScheduler((source) => crawlOne(platform, source, logger), logger);
    try {
      await writeMesh(platform);
      const scheduled = scheduler.start(config.mesh.sources);
      process.stdout.write(`scheduled ${scheduled.length} source(s): ${scheduled.join(', ') || 'none has a schedule'}\n`);
      await untilSignal();
    } finally {
      await scheduler.stop();
      await platform.close();
    }
  },
};
