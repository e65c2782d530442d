import { SearchIndexer, TrustScorer, startApiServer, type ApiDependencies, type ApiServer, type CrawlTrigger } from '@polder/api';
import type { Logger, PolderConfig } from '@polder/runtime';
import { apiPortTaken } from './ensureListenPortsFree.ts';
import { enforcePolicies } from './governance.ts';
import type { Platform } from './platform.ts';

/** What the configuration decides of the API: its caps and bounds, introspection, and sign-in settings. */
export function apiSettingsOf(config: PolderConfig): Pick<ApiDependencies, 'lineage' | 'glossary' | 'operationLimits' | 'introspection' | 'trustedProxies' | 'access'> {
  const { api } = config;
  return {
    lineage: api.lineage,
    glossary: api.glossary,
    operationLimits: api.operations,
    introspection: api.introspection,
    trustedProxies: api.trustedProxies,
    access: { anonymousRead: api.anonymousRead, sessionHours: api.sessionHours, tokenMaxDays: api.tokenMaxDays },
  };
}

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
  const stopWorkers = async () => {
    await indexer.stop();
    await scorer.stop();
    await governance.stop();
  };
  let api: ApiServer;
  try {
    api = await startApiServer(
      { driver: platform.driver, database: config.neo4j.database, meili: platform.meili, indexPrefix: config.meili.indexPrefix, logger, ...apiSettingsOf(config), crawls },
      { host: config.api.host, port: config.api.port },
    );
  } catch (error) {
    // Their timers would keep the process alive after the failure is printed.
    await stopWorkers();
    throw (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? apiPortTaken(config) : error;
  }
  return {
    api,
    async stop() {
      await api.stop();
      await stopWorkers();
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
