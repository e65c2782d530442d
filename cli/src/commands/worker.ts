import { writeMesh } from '../meshCrawler.ts';
import { openPlatform } from '../platform.ts';
import { startTaskSchedule } from '../taskSchedule.ts';
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
      const schedule = await startTaskSchedule(platform, logger);
      process.stdout.write(
        `scheduled ${schedule.keys.length} task(s) ${schedule.shared ? 'on the shared queue' : 'in this process'}: ${schedule.keys.join(', ') || 'nothing in polder.yaml has a schedule'}\n`,
      );
      try {
        await untilSignal();
      } finally {
        await schedule.stop();
      }
    } finally {
      await platform.close();
    }
  },
};
