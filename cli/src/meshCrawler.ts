/**
 * What `start`, `crawl` and `worker` share: write the mesh of polder.yaml
 * (domains, sources; the checks it no longer declares retired) to the graph,
 * then crawl sources against it.
 */
import { crawlSource, GraphWriter, meshSnapshot, retireUndeclaredChecks, type CrawlProgress, type CrawlResult } from '@polder/crawlers';
import type { Logger, SourceConfig } from '@polder/runtime';
import type { Platform } from './platform.ts';

export async function writeMesh(platform: Platform): Promise<void> {
  const { config, driver } = platform;
  await new GraphWriter(driver, config.neo4j.database).write(meshSnapshot(config.mesh));
  await retireUndeclaredChecks(driver, config.mesh.checks ?? [], { database: config.neo4j.database });
}

/** Crawls one source; a failure is logged and recorded on its run by `crawlSource`, and rethrown. */
export function crawlOne(platform: Platform, source: SourceConfig, logger: Logger, onProgress?: CrawlProgress, fullDiff = false): Promise<CrawlResult> {
  return crawlSource(platform.driver, source, { logger, database: platform.config.neo4j.database, onProgress, fullDiff });
}
