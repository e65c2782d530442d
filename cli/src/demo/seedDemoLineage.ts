/**
 * Loads the demo's lineage between domains (demo/openlineage/, see demoLineageEvents.ts)
 * through the same ingestion as `POST /api/v1/lineage/batch` (validate, map, apply as one
 * delta), after the crawl so the events find the crawled tables their names resolve to.
 * Idempotent: OpenLineage ingestion merges by run id and event time, so a restart
 * changes nothing. Then popularity is recomputed: the jobs' runs are usage of what they read.
 */
import type { Driver } from 'neo4j-driver';
import { OpenLineageService } from '@polder/api';
import { crawledStoreOf, refreshPopularity } from '@polder/crawlers';
import type { Logger, SourceConfig } from '@polder/runtime';
import { demoLineageEvents, type DemoStores } from './demoLineageEvents.ts';

export async function seedDemoLineage(driver: Driver, dir: string, sources: SourceConfig[], logger: Logger, database?: string): Promise<number> {
  const stores: DemoStores = {};
  for (const source of sources) {
    const store = crawledStoreOf(source);
    if (store) stores[store.database] = { namespace: store.namespace, database: store.database };
  }
  const service = new OpenLineageService(driver, database, logger);
  let created = 0;
  for (const { file, events } of demoLineageEvents(dir, stores)) {
    const result = await service.ingestBatch(events, 'platform');
    if (result.kind === 'invalid') throw new Error(`demo lineage ${file} is not valid OpenLineage: ${result.errors.slice(0, 5).join('; ')}`);
    if (result.kind === 'forbidden') throw new Error(`demo lineage ${file} was refused: ${result.message}`);
    created += result.counts.created + result.counts.edgesWritten;
  }
  if (created > 0) logger.info({ written: created }, 'demo lineage loaded');
  await refreshPopularity(driver, { database });
  return created;
}
