import { ensureListenPortsFree } from '../ensureListenPortsFree.ts';
import { openPlatform } from '../platform.ts';
import { serveApi, untilSignal } from '../serveApi.ts';
import { crawlRequestsThroughQueue } from '../taskSchedule.ts';
import type { Command } from './Command.ts';

export const api: Command = {
  summary:
    'Run the GraphQL API with the search indexer, the trust scorer and the policy evaluator (no web, no crawl): for production deployments. With REDIS_URL, triggerCrawl queues a crawl for the workers.',
  usage: 'api',
  async run(_args, { config, logger }) {
    await ensureListenPortsFree(config, ['api']);
    const platform = await openPlatform(config, logger, ['neo4j', 'meili']);
    const queued = crawlRequestsThroughQueue(platform, logger);
    try {
      const served = await serveApi(platform, logger, queued?.crawls);
      process.stdout.write(`GraphQL API at ${served.api.url}/graphql${queued ? ' (triggerCrawl queues crawls for the workers)' : ''}\n`);
      await untilSignal();
      await served.stop();
    } finally {
      await queued?.stop();
      await platform.close();
    }
  },
};
