/**
 * A source taken out of polder.yaml is crawled no more, and nothing else would ever remove what it
 * wrote: its datasets stayed ACTIVE, searchable and counted, under a source the catalog no longer
 * lists. So when the mesh is written (`start`, `crawl` and `worker`), each source provider the file
 * no longer declares is written once more, empty: the GraphWriter marks its nodes REMOVED and
 * withdraws their search documents, as for a table dropped from its store, and keeps what people
 * wrote on them. Declared again, its next crawl brings them back.
 *
 * Once a provider is empty its digest vouches for the empty snapshot (providerDigest.ts), so later
 * starts spend one lookup on it, and a full diff of its removed nodes once a day.
 */
import type { Driver } from 'neo4j-driver';
import type { SourceConfig } from '@polder/runtime';
import { GraphWriter } from '../writer/GraphWriter.ts';
import { isSourceProvider, sourceProviderInCypher, sourceProviderOf } from '../sources/registry.ts';

/** Every provider that has written, and the one each source removed from the mesh wrote as. */
const WRITTEN_PROVIDERS = `
CALL () {
  MATCH (digest:ProviderDigest) RETURN digest.provider AS provider
  UNION
  MATCH (source:Source) WHERE source.status = 'REMOVED' AND source.kind IS NOT NULL RETURN ${sourceProviderInCypher('source')} AS provider
}
RETURN provider ORDER BY provider`;

export interface RetiredSource {
  provider: string;
  /** Its assets marked REMOVED by this call. */
  removed: number;
}

/** Removes what sources no longer in `declared` wrote; returns those it removed something of. */
export async function retireUndeclaredSources(driver: Driver, declared: readonly SourceConfig[], options: { database?: string; now?: Date } = {}): Promise<RetiredSource[]> {
  const kept = new Set(declared.map(sourceProviderOf));
  const { records } = await driver.executeQuery(WRITTEN_PROVIDERS, {}, { database: options.database, routing: 'READ' });
  const undeclared = records.map((record) => record.get('provider') as string).filter((provider) => isSourceProvider(provider) && !kept.has(provider));
  const writer = new GraphWriter(driver, options.database);
  const retired: RetiredSource[] = [];
  // One at a time: each is one source's removal, whole or not at all, as its own crawl would be.
  for (const provider of undeclared) {
    const counts = await writer.write({ provider, nodes: [], edges: [], warnings: [] }, options.now);
    if (counts.removed + counts.edgesRemoved > 0) retired.push({ provider, removed: counts.removed });
  }
  return retired;
}
