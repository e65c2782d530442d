import { QueuedScheduler, TaskScheduler } from '@polder/crawlers';
import { writeMesh } from '../meshCrawler.ts';
import { openPlatform } from '../platform.ts';
import { scheduledTasks } from '../scheduledTasks.ts';
import { untilSignal } from '../serveApi.ts';
import type { Command } from './Command.ts';

export const worker: Command = {
  summary:
    'Crawl every source, and run the quality checks, contract rules and profiles, on their polder.yaml schedules until stopped: in this process, or sharing a BullMQ queue with other workers when REDIS_URL is set (each run then happens once, on one of them).',
  usage: 'worker',
  async run(_args, { config, logger }) {
    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      await writeMesh(platform, logger);
      const tasks = scheduledTasks(platform, logger);
      const scheduler = config.redis.url ? new QueuedScheduler({ redisUrl: config.redis.url, logger }) : new TaskScheduler(logger);
      const keys = await scheduler.start(tasks);
      process.stdout.write(
        `scheduled ${keys.length} task(s) ${config.redis.url ? 'on the shared queue' : 'in this process'}: ${keys.join(', ') || 'nothing in polder.yaml has a schedule'}\n`,
      );
      try {
        await untilSignal();
      } finally {
        await scheduler.stop();
      }
    } finally {
      await platform.close();
    }
  },
};
