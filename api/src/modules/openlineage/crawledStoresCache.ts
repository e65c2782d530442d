/**
 * The crawled stores OpenLineage events may name (crawlers' crawledStores.ts), as the
 * mesh's Source nodes declare them (meshSnapshot.ts writes how producers name each
 * database). Read at most every few seconds, not once per request: a busy producer
 * sends many small requests, and the mesh changes when polder.yaml does. The sources'
 * include/exclude are compiled with them (CrawledStores), so once per read too.
 */
import { CrawledStores, readDeclaredStores } from '@polder/crawlers';
import type { Driver } from 'neo4j-driver';

const TTL_MS = 10_000;

export class CrawledStoresCache {
  private cached: { stores: CrawledStores; readAt: number } | undefined;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  async current(now = Date.now()): Promise<CrawledStores> {
    if (this.cached && now - this.cached.readAt < TTL_MS) return this.cached.stores;
    const stores = new CrawledStores(await readDeclaredStores(this.driver, { database: this.database }));
    this.cached = { stores, readAt: now };
    return stores;
  }
}
