import { servicesStatus, startServices, stopServices } from '@polder/runtime';
import type { Command } from './Command.ts';
import { UsageError } from './UsageError.ts';

export const services: Command = {
  summary: 'Start (in the background), stop or check the local Neo4j, Meilisearch and PostgreSQL.',
  usage: 'services up|down|status',
  async run(args, { config, logger }) {
    const [action, ...rest] = args;
    if (rest.length > 0) throw new UsageError(`services ${action} takes nothing more (got ${rest.join(' ')})`);
    if (action === 'up') {
      const running = await startServices(config, { detached: true, logger });
      process.stdout.write(`neo4j     ${running.neo4j.uri}\nmeili     ${running.meili.url}\npostgres  postgres://${running.postgres.host}:${running.postgres.port}\n`);
      return 0;
    }
    if (action === 'down') {
      await stopServices(config);
      process.stdout.write('services stopped\n');
      return 0;
    }
    if (action === 'status') {
      const statuses = await servicesStatus(config);
      for (const status of statuses) {
        process.stdout.write(`${status.name.padEnd(9)} ${status.state.padEnd(9)} ${status.url}${status.pid ? ` pid ${status.pid}` : ''}${status.detail ? ` (${status.detail})` : ''}\n`);
      }
      return statuses.every((status) => status.state !== 'stopped') ? 0 : 3;
    }
    throw new UsageError(`services needs one of up, down, status (got ${action ?? 'nothing'})`);
  },
};
