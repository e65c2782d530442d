import { ensureListenPortsFree } from '../ensureListenPortsFree.ts';
import { openPlatform } from '../platform.ts';
import { serveApi, untilSignal } from '../serveApi.ts';
import type { Command } from './Command.ts';

export const api: Command = {
  summary: 'Run the GraphQL API with the search indexer, the trust scorer and the policy evaluator (no web, no crawl): for production deployments.',
  usage: 'api',
  async run(_args, { config, logger }) {
    await ensureListenPortsFree(config, ['api']);
    const platform = await openPlatform(config, logger, ['neo4j', 'meili']);
    try {
      const served = await serveApi(platform, logger);
      process.stdout.write(`GraphQL API at ${served.api.url}/graphql\n`);
      await untilSignal();
      await served.stop();
    } finally {
      await platform.close();
    }
  },
};
