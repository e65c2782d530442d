import { openPlatform } from '../platform.ts';
import type { Command } from './Command.ts';

export const migrate: Command = {
  summary: 'Apply the graph schema migrations (constraints and indexes); a re-run is a no-op.',
  usage: 'migrate',
  async run(_args, { config, logger }) {
    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      const { applied, alreadyApplied } = platform.migrations;
      process.stdout.write(`applied ${applied.length} migration(s)${applied.length ? `: ${applied.join(', ')}` : ''}; ${alreadyApplied.length} already applied\n`);
    } finally {
      await platform.close();
    }
  },
};
