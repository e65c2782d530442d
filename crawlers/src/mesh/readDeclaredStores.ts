/**
 * The database-server sources of the mesh, as its Source nodes record them, for a crawl that
 * reads into another source's store (a MySQL view or foreign key into another database of its
 * server: sources/mysql/otherDatabasesOf.ts), and for OpenLineage events pushed to the API that
 * name a table of one (sources/openlineage/crawledStores.ts). Either way the table is reached
 * only when the source's include/exclude keep it.
 *
 * Read from the graph rather than passed along: a crawl is given its own source's configuration
 * only (crawlSource.ts), and every process that crawls (`start`, `crawl`, `worker`) writes the mesh
 * of its polder.yaml to the graph before it crawls anything (meshSnapshot.ts), so the graph holds
 * the sources declared now; one retired from polder.yaml is no longer ACTIVE.
 */
import type { Driver } from 'neo4j-driver';
import type { CrawledStore } from '../sources/openlineage/crawledStores.ts';
import type { TableFilter } from '../filters/tableFilter.ts';

/** A crawled store of the mesh, with its source's include/exclude: which of its tables the catalog holds. */
export type DeclaredStore = CrawledStore & TableFilter;

// A label scan of a handful of nodes: one per source of polder.yaml.
const DECLARED_STORES = `
MATCH (s:Source) WHERE s.status = 'ACTIVE' AND s.lineageNamespace IS NOT NULL
RETURN s.id AS sourceId, s.kind AS platform, s.lineageNamespace AS namespace, s.database AS database,
       coalesce(s.include, []) AS include, coalesce(s.exclude, []) AS exclude
ORDER BY s.id`;

export async function readDeclaredStores(driver: Driver, options: { database?: string } = {}): Promise<DeclaredStore[]> {
  const { records } = await driver.executeQuery(DECLARED_STORES, {}, { database: options.database, routing: 'READ' });
  return records.map((record) => record.toObject() as DeclaredStore);
}
