/**
 * Which shape of document a search index holds. `loadSearchDocuments` decides what a document
 * carries; when that changes (a new attribute, such as `tableColumns`), an index built before holds
 * documents of the old shape, and would until each asset happened to change. So the version an index
 * was last brought to is kept in the graph, `(:SearchProjection {index, version})`, and an index found
 * behind has every asset queued in the outbox: the indexer re-projects them in its usual batches,
 * while searches go on against the documents already there.
 */
import type { Driver } from 'neo4j-driver';
import { queueOutboxEntry } from '@polder/graph-schema';
import { SEARCHABLE_NODE } from './loadSearchDocuments.ts';

/**
 * Raise it with every change to what a search document holds. 2: `tableColumns`; 3: `termSenses` and
 * `partition`; 4: no terms of removed columns, nor removed terms; 5: `updatedAt` counts people's edits;
 * 6: no classified terms of restricted datasets; 7: `nameForms`; 8: a dataset's `tags` hold its columns'.
 */
export const SEARCH_PROJECTION_VERSION = 8;

/** The version the index was last brought to; null for an index from before versions were kept. */
export async function readSearchProjection(driver: Driver, database: string | undefined, index: string): Promise<number | null> {
  const { records } = await driver.executeQuery(`MATCH (p:SearchProjection {index: $index}) RETURN p.version AS version`, { index }, { database, routing: 'READ' });
  const version = records[0]?.get('version');
  return version === undefined || version === null ? null : Number(version);
}

export async function recordSearchProjection(driver: Driver, database: string | undefined, index: string): Promise<void> {
  await driver.executeQuery(`MERGE (p:SearchProjection {index: $index}) SET p.version = $version`, { index, version: SEARCH_PROJECTION_VERSION }, { database });
}

/** Queues every searchable asset for indexing, in implicit transactions of 5,000 so memory stays flat. */
export async function queueEverySearchDocument(driver: Driver, database: string | undefined): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.run(
      `MATCH (n:Entity) WHERE ${SEARCHABLE_NODE}
       CALL (n) { ${queueOutboxEntry('IndexOutbox', 'queued', 'n.urn', 'timestamp()')} } IN TRANSACTIONS OF 5000 ROWS`,
    );
  } finally {
    await session.close();
  }
}
