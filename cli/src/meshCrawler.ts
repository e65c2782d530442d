/**
 * What `start`, `crawl` and `worker` share: write the mesh of polder.yaml
 * (domains, sources; the sources and checks it no longer declares retired)
 * to the graph, then crawl sources against it.
 */
import { crawlSource, GraphWriter, meshSnapshot, retireUndeclaredChecks, retireUndeclaredSources, type CrawlProgress, type CrawlResult } from '@polder/crawlers';
import type { Logger, SourceConfig } from '@polder/runtime';
import type { Platform } from './platform.ts';

export async function writeMesh(platform: Platform, logger: Logger): Promise<void> {
  const { config, driver } = platform;
  await new GraphWriter(driver, config.neo4j.database).write(meshSnapshot(config.mesh));
  for (const { provider, removed } of await retireUndeclaredSources(driver, config.mesh.sources, { database: config.neo4j.database })) {
    const id = provider.slice(provider.indexOf(':') + 1);
    logger.info({ source: id, removed }, `source ${id} is no longer in polder.yaml: ${removed} of its assets marked removed (declare it again and crawl it to bring them back)`);
  }
  await retireUndeclaredChecks(driver, config.mesh.checks ?? [], { database: config.neo4j.database });
}

/** Crawls one source; a failure is logged and recorded on its run by `crawlSource`, and rethrown. */
export function crawlOne(platform: Platform, source: SourceConfig, logger: Logger, onProgress?: CrawlProgress, fullDiff = false): Promise<CrawlResult> {
  return crawlSource(platform.driver, source, { logger, database: platform.config.neo4j.database, onProgress, fullDiff });
}
