import { join } from 'node:path';
import { crawlOne, writeMesh } from '../meshCrawler.ts';
import { firstCrawlSummary, type FailedCrawl } from '../firstCrawlSummary.ts';
import { seedDemoDatabases } from '../demo/seedDemoDatabases.ts';
import { seedDemoAccounts } from '../demo/seedDemoAccounts.ts';
import { seedDemoGlossary } from '../demo/seedDemoGlossary.ts';
import { seedDemoLineage } from '../demo/seedDemoLineage.ts';
import { servicePaths } from '@polder/runtime';
import { ensureListenPortsFree } from '../ensureListenPortsFree.ts';
import { openPlatform } from '../platform.ts';
import { serveApi, untilSignal } from '../serveApi.ts';
import { startWeb } from '../web/startWeb.ts';
import { startTaskSchedule } from '../taskSchedule.ts';
import { profileTasks } from './profile.ts';
import { checkTasks } from './check.ts';
import type { Command } from './Command.ts';
import { UsageError } from './UsageError.ts';
import { servicesForStart } from './servicesForStart.ts';

export const start: Command = {
  summary: 'Start everything: services, a first crawl of every source, the API, the indexer and the web catalog.',
  usage: 'start [--demo] [--no-web]',
  async run(args, { config, logger }) {
    const unknown = args.filter((arg) => arg !== '--demo' && arg !== '--no-web');
    if (unknown.length > 0) throw new UsageError(`start: unknown option ${unknown.join(' ')} (options: --demo, --no-web)`);
    await ensureListenPortsFree(config, args.includes('--no-web') ? ['api'] : ['api', 'web']);
    const platform = await openPlatform(config, logger, servicesForStart(config, args.includes('--demo')));
    const stops: Array<() => Promise<void>> = [() => platform.close()];
    const stopAll = async () => {
      for (const stop of stops.reverse()) await stop().catch((error: Error) => logger.warn({ error: error.message }, 'error while stopping'));
    };
    let demoAccounts: string | null = null;
    try {
      if (args.includes('--demo')) {
        const seeded = await seedDemoDatabases(platform.services.postgres, join(import.meta.dirname, '../../../demo'), logger);
        if (seeded.length > 0) logger.info({ databases: seeded }, 'demo databases loaded');
        demoAccounts = await seedDemoAccounts(platform.driver, config.neo4j.database, servicePaths(config.dataDir).secretsDir);
      }
      await writeMesh(platform, logger);
      const failedCrawls: FailedCrawl[] = [];
      for (const source of config.mesh.sources) {
        // A failing source is logged and recorded on its run by the crawler; the catalog still starts, and says so.
        await crawlOne(platform, source, logger).catch((error: Error) => failedCrawls.push({ sourceId: source.id, message: error.message }));
      }
      if (args.includes('--demo')) {
        // After the crawl: identity fields and assignments name crawled columns.
        await seedDemoGlossary(platform.driver, join(import.meta.dirname, '../../../demo/glossary.yaml'), logger, config.neo4j.database).catch((error: Error) =>
          logger.warn({ error: error.message }, 'demo glossary not loaded'),
        );
        // After the crawl too: the events' datasets resolve to the crawled tables.
        await seedDemoLineage(platform.driver, join(import.meta.dirname, '../../../demo/openlineage'), config.mesh.sources, logger, config.neo4j.database).catch((error: Error) =>
          logger.warn({ error: error.message }, 'demo lineage not loaded'),
        );
      }
      const schedule = await startTaskSchedule(platform, logger);
      stops.push(() => schedule.stop());
      // In the background, after the crawl and the demo glossary (which classifies the PII columns profiles must not read).
      if (config.mesh.profiling?.runOnStart) for (const profile of profileTasks(platform, logger)) schedule.runSoon(profile);
      // The demo shows its quality at once: every check and the contracts' rules run now, in the background, rather
      // than at their next :00 or :30, or never for a check without a schedule (`npx polder check` runs those).
      if (args.includes('--demo')) for (const qualityTask of checkTasks(platform, logger)) schedule.runSoon(qualityTask);
      const served = await serveApi(platform, logger, schedule.crawls);
      stops.push(() => served.stop());
      let webUrl: string | undefined;
      if (!args.includes('--no-web')) {
        const web = await startWeb(config.web, `${served.api.url}/graphql`, logger);
        stops.push(() => web.stop());
        webUrl = web.url;
      }
      process.stdout.write(
        `\nPolder is ready.\n${webUrl ? `  Web catalog  ${webUrl}\n` : ''}  GraphQL API  ${served.api.url}/graphql\n  Neo4j        ${platform.services.neo4j.uri}\n  Meilisearch  ${platform.services.meili.url}\n${demoAccounts ? `  Sign in as   one of the demo accounts in ${demoAccounts}\n` : ''}${firstCrawlSummary(config.mesh.sources.length, failedCrawls)}Press Ctrl+C to stop.\n`,
      );
      await untilSignal();
    } finally {
      await stopAll();
    }
  },
};
