import type { SourceConfigOf } from '@polder/runtime';
import { compileTableFilter } from '../../filters/tableFilter.ts';
import type { DeclaredStore } from '../../mesh/readDeclaredStores.ts';
import { lineageNamespace } from '../openlineage/crawledStores.ts';
import type { OtherDatabaseSource } from './map.ts';

/**
 * The sources of the mesh that crawl another database of a mysql source's server, for the
 * references into them (map.ts). A server is its host (any case) and port, compared as the
 * mesh records each source's (lineageNamespace: `mysql://db:3306`), so a view of `db:3306/sales`
 * reading `finance.invoice` meets the source of `DB:3306/finance`, and not one of `db:3307/finance`.
 */
export function otherDatabasesOf(source: SourceConfigOf<'mysql'>, stores: readonly DeclaredStore[]): OtherDatabaseSource[] {
  const server = lineageNamespace('mysql', source.connection.host, source.connection.port);
  return stores
    .filter((store) => store.platform === 'mysql' && store.namespace === server && store.sourceId !== source.id && store.database !== source.connection.database)
    .map((store) => ({ sourceId: store.sourceId, database: store.database, keep: compileTableFilter(store) }));
}
