/**
 * Compares the graph (the truth) with the search index (its projection) and
 * reports what differs: assets missing from the index, documents the graph no
 * longer has (or has removed), and documents older than their asset.
 * Read-only; `polder reindex` is the repair.
 */
import type { Driver } from 'neo4j-driver';
import type { Meilisearch } from 'meilisearch';
import { LAST_CHANGED, SEARCHABLE_NODE } from './loadSearchDocuments.ts';
import { assetIndexUid } from './searchIndexSettings.ts';
import { readSearchProjection, SEARCH_PROJECTION_VERSION } from './searchProjection.ts';

export interface SearchConsistencyReport {
  graphAssets: number;
  indexDocuments: number;
  missingFromIndex: string[];
  notInGraph: string[];
  stale: string[];
  /** Changes still queued in the outbox: differences they explain are expected to disappear. */
  pendingInOutbox: number;
  /** The index's documents were built by an older Polder (searchProjection.ts): the next start queues them all again. */
  projectionBehind: boolean;
}

const PAGE = 10_000;

export async function checkSearchConsistency(driver: Driver, meili: Meilisearch, options: { indexPrefix: string; database?: string }): Promise<SearchConsistencyReport> {
  const { records } = await driver.executeQuery(
    `MATCH (n:Entity) WHERE ${SEARCHABLE_NODE} RETURN n.urn AS urn, ${LAST_CHANGED('n')} AS updatedAt`,
    {},
    { database: options.database, routing: 'READ' },
  );
  const graph = new Map(records.map((record) => [record.get('urn') as string, record.get('updatedAt') as string | null]));
  const pending = await driver.executeQuery('MATCH (o:IndexOutbox) RETURN count(o) AS pending', {}, { database: options.database, routing: 'READ' });

  const index = new Map<string, string | null>();
  const documents = meili.index<{ urn: string; updatedAt: string | null; status: string }>(assetIndexUid(options.indexPrefix));
  for (let offset = 0; ; offset += PAGE) {
    const page = await documents.getDocuments({ offset, limit: PAGE, fields: ['urn', 'updatedAt', 'status'] });
    for (const document of page.results) if (document.status === 'ACTIVE') index.set(document.urn, document.updatedAt);
    if (page.results.length < PAGE) break;
  }

  return {
    graphAssets: graph.size,
    indexDocuments: index.size,
    missingFromIndex: [...graph.keys()].filter((urn) => !index.has(urn)).sort(),
    notInGraph: [...index.keys()].filter((urn) => !graph.has(urn)).sort(),
    stale: [...graph].filter(([urn, updatedAt]) => index.has(urn) && index.get(urn) !== updatedAt).map(([urn]) => urn).sort(),
    pendingInOutbox: pending.records[0]?.get('pending') as number,
    projectionBehind: (await readSearchProjection(driver, options.database, assetIndexUid(options.indexPrefix))) !== SEARCH_PROJECTION_VERSION,
  };
}
