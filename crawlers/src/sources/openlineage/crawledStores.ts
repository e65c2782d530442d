/**
 * Where OpenLineage's names for a dataset meet a crawler's. A producer names a
 * PostgreSQL table by the server and the table (the OpenLineage naming spec);
 * Polder's crawler names it by the source that crawls it:
 *
 *   postgres://127.0.0.1:54329 + rentals.public.rental_order
 *     → urn:polder:dataset:(postgres,rentals-db,rentals.public.rental_order)   (source rentals-db: 127.0.0.1:54329, database rentals)
 *   mysql://db:3306 + shop.orders
 *     → urn:polder:dataset:(mysql,shop-db,shop.orders)                        (source shop-db: db:3306, database shop)
 *
 * Without this, a job's edge would land on a second, "phantom" dataset of the
 * same table. A name no crawled store claims keeps its OpenLineage URN (urns.ts).
 *
 * A crawled dataset stays the crawler's: an event may point at it (lineage, runs,
 * column lineage), but does not describe it. Its node and its columns are named
 * under the crawler's provider with only the facts the name itself gives (the
 * same values the crawler writes), so an event never takes over what the crawler
 * owns, nor overwrites its description, types or keys with a producer's view.
 * Two edges of that rule, until the store's next crawl: a table an event names
 * before the crawler has seen it has only those facts (no subtype, no description)
 * and the columns the event gives it (map.ts: the crawl replaces them), and one
 * the crawler marked removed is active again (the delta writer marks what it
 * writes active); the crawl then fills it in, or removes it again.
 *
 * Such a table is its source's domain's from the first event that names it: a push
 * that writes to it is refused to whoever may not write to that domain
 * (openlineage.service.ts), as it would be once the table is crawled.
 *
 * A table its source's include/exclude leave out (tableFilter.ts, the very patterns
 * the crawl applies) is none of the catalog's: resolved as left out, it gets no node
 * and no edge (map.ts), where it would otherwise be a node under the crawler's
 * provider that the next crawl marks removed, and the next event active again.
 */
import { formatUrn, parseUrn, type Urn } from '@polder/graph-schema';
import type { SourceConfig } from '@polder/runtime';
import { compileTableFilter, type TableFilter } from '../../filters/tableFilter.ts';
import { sourceProviderOf } from '../sourceProviderName.ts';

/** A crawled relational source, as OpenLineage producers name its server. */
export interface CrawledStore {
  sourceId: string;
  platform: 'postgres' | 'mysql';
  /** `postgres://host:port` (normalized: lower case, port always given). */
  namespace: string;
  database: string;
}

export interface CrawledDataset {
  urn: string;
  /** The crawler's provider, `postgres:<sourceId>`. */
  provider: string;
  /** What the name says, exactly as the crawler writes it. */
  properties: Record<string, string>;
}

/** A table of a crawled store that the sources crawling its database all leave out (their include/exclude). */
export interface LeftOutTable {
  /** Those sources' ids, in id order. */
  leftOutBy: string[];
}

/** A crawled store with the tables (`schema.table`, as its crawler filters them) its source keeps. */
interface FilteredStore extends CrawledStore {
  keeps: (qualifiedName: string) => boolean;
}

const DEFAULT_PORTS: Record<CrawledStore['platform'], number> = { postgres: 5432, mysql: 3306 };

/** The OpenLineage namespace of a server: `postgres://host:port`, lower case, with the default port when none is given. */
export function lineageNamespace(platform: CrawledStore['platform'], host: string, port: number | undefined): string {
  return `${platform}://${host.toLowerCase()}:${port ?? DEFAULT_PORTS[platform]}`;
}

/** How OpenLineage producers name a configured source's server and database; undefined for a source that is no database server. */
export function crawledStoreOf(source: SourceConfig): CrawledStore | undefined {
  if (source.kind !== 'postgres' && source.kind !== 'mysql') return undefined;
  const { host, port, database } = source.connection;
  return { sourceId: source.id, platform: source.kind, namespace: lineageNamespace(source.kind, host, port), database };
}

export class CrawledStores {
  static readonly none = new CrawledStores([]);

  /** The stores of each server and database, in the order given (readDeclaredStores orders them by id). */
  private readonly byServerAndDatabase = new Map<string, FilteredStore[]>();
  private readonly bySourceId = new Map<string, CrawledStore>();

  /** `stores`: with each source's include/exclude, compiled here once rather than for every dataset an event names. */
  constructor(stores: ReadonlyArray<CrawledStore & TableFilter>) {
    for (const { include, exclude, ...store } of stores) {
      const key = `${store.namespace}|${store.database}`;
      this.byServerAndDatabase.set(key, [...(this.byServerAndDatabase.get(key) ?? []), { ...store, keeps: compileTableFilter({ include, exclude }) }]);
      this.bySourceId.set(store.sourceId, store);
    }
  }

  /**
   * The store a dataset URN is a table of, when it is one of these stores' (as `resolve` names them:
   * `urn:polder:dataset:(postgres,rentals-db,...)` → source rentals-db), else undefined.
   */
  storeOf(datasetUrn: string): CrawledStore | undefined {
    let urn: Urn;
    try {
      urn = parseUrn(datasetUrn);
    } catch {
      return undefined;
    }
    const [platform, sourceId] = urn.parts;
    if (urn.type !== 'dataset' || typeof sourceId !== 'string') return undefined;
    return this.bySourceId.get(sourceId)?.platform === platform ? this.bySourceId.get(sourceId) : undefined;
  }

  /**
   * The crawled dataset an OpenLineage dataset names; or, for a table of a crawled store that its source's
   * include/exclude leave out, who leaves it out; or undefined when no crawled store claims the name.
   */
  resolve(namespace: string, name: string): CrawledDataset | LeftOutTable | undefined {
    const server = normalizedNamespace(namespace);
    if (!server) return undefined;
    const parts = name.split('.');
    const stores = this.byServerAndDatabase.get(`${server.namespace}|${parts[0]}`)?.filter((store) => store.platform === server.platform);
    if (!stores?.length) return undefined;
    const { platform } = stores[0]!;
    // postgres: database.schema.table; mysql: database.table (a MySQL database is its schema).
    if (parts.length !== (platform === 'postgres' ? 3 : 2) || parts.some((part) => part === '')) return undefined;
    // What the crawler filters: `schema.table`, the last two parts either way.
    const local = parts.slice(-2).join('.');
    // One database declared by two sources: the first that keeps the table claims it, as a mysql view
    // into that database draws its edge to the first (mysql/map.ts).
    const store = stores.find((candidate) => candidate.keeps(local));
    if (!store) return { leftOutBy: stores.map((candidate) => candidate.sourceId) };
    try {
      const urn = formatUrn('dataset', platform, store.sourceId, name);
      const table = parts[parts.length - 1]!;
      const properties: Record<string, string> =
        platform === 'postgres'
          ? { name: table, qualifiedName: name, platform: 'postgres', database: parts[0]!, schema: parts[1]! }
          : { name: table, qualifiedName: name, platform: 'mysql', schema: parts[0]! };
      return { urn, provider: sourceProviderOf({ kind: platform, id: store.sourceId }), properties };
    } catch {
      // A name that cannot be a URN is not one the crawler kept either (it warns and skips it).
      return undefined;
    }
  }
}

function normalizedNamespace(namespace: string): { platform: CrawledStore['platform']; namespace: string } | undefined {
  const match = /^(postgres|postgresql|mysql):\/\/([^/:?#]+)(?::(\d+))?\/?$/i.exec(namespace);
  if (!match) return undefined;
  const platform = match[1]!.toLowerCase() === 'mysql' ? 'mysql' : 'postgres';
  return { platform, namespace: lineageNamespace(platform, match[2]!, match[3] === undefined ? undefined : Number(match[3])) };
}
