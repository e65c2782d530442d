import { SearchIndexer, TrustScorer, startApiServer, type ApiServer, type CrawlTrigger } from '@polder/api';
import type { Logger } from '@polder/runtime';
import { enforcePolicies } from './governance.ts';
import type { Platform } from './platform.ts';

/** Lineage walk caps; a request asking for more is refused, never silently cut. */
export const LINEAGE_LIMITS = { maxDepth: 10, maxNodes: 1_000 };

/**
 * Starts the search indexer (draining the outbox), the trust scorer (draining the trust outbox), the
 * policy evaluator (governance.ts) and the GraphQL API.
 */
export async function serveApi(platform: Platform, logger: Logger, crawls?: CrawlTrigger): Promise<{ api: ApiServer; stop(): Promise<void> }> {
  const { config } = platform;
  const indexer = new SearchIndexer(platform.driver, platform.meili, {
    indexPrefix: config.meili.indexPrefix,
    logger,
    database: config.neo4j.database,
  });
  await indexer.ensureIndex();
  indexer.start();
  const scorer = new TrustScorer(platform.driver, { trust: config.trust, logger, database: config.neo4j.database });
  scorer.start();
  const governance = await enforcePolicies(platform.driver, config, logger);
  const api = await startApiServer(
    { driver: platform.driver, database: config.neo4j.database, meili: platform.meili, indexPrefix: config.meili.indexPrefix, logger, lineage: LINEAGE_LIMITS, introspection: config.api.introspection,
      access: { anonymousRead: config.api.anonymousRead, sessionHours: config.api.sessionHours, tokenMaxDays: config.api.tokenMaxDays }, crawls },
    { host: config.api.host, port: config.api.port },
  );
  return {
    api,
    async stop() {
      await api.stop();
      await indexer.stop();
      await scorer.stop();
      await governance.stop();
    },
  };
}

/** Resolves on SIGINT or SIGTERM, so a command can shut down in order. */
export function untilSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}
