import type { SourceConfigOf } from '@polder/runtime';
import { compileTableFilter } from '../../filters/tableFilter.ts';
import type { SourceProvider, SourceRead } from '../SourceProvider.ts';
import { serverConnection } from '../serverConnection.ts';
import { snapshotStats } from '../snapshotStats.ts';
import { usageReadingsOf } from '../../usage/usageReadingsOf.ts';
import { extractMySqlCatalog, type MySqlConnection } from './extract.ts';
import { mapMySqlCatalog } from './map.ts';
import { sourceProviderOf } from '../sourceProviderName.ts';

/** Crawls one schema of a MySQL or MariaDB server (`kind: mysql`). */
export class MySqlProvider implements SourceProvider {
  static fromConfig(source: SourceConfigOf<'mysql'>, env: NodeJS.ProcessEnv = process.env): MySqlProvider {
    return new MySqlProvider(source, serverConnection(source, env));
  }

  readonly name: string;

  private constructor(
    private readonly source: SourceConfigOf<'mysql'>,
    private readonly connection: MySqlConnection,
  ) {
    this.name = sourceProviderOf(source);
  }

  async read(): Promise<SourceRead> {
    const catalog = await extractMySqlCatalog(this.connection);
    const snapshot = mapMySqlCatalog(catalog, {
      sourceId: this.source.id,
      domainId: this.source.domain,
      keep: compileTableFilter(this.source),
    });
    const counters = catalog.tables.flatMap((table) =>
      table.rowsRead === null ? [] : [{ qualifiedName: `${catalog.schema}.${table.name}`, reads: table.rowsRead, writes: table.rowsChanged }],
    );
    return {
      snapshot,
      stats: snapshotStats(snapshot, catalog.queryCount),
      // Without userstat=ON (or on MySQL) the server keeps no counters: no reading, so usage is unknown, not 0.
      usage: catalog.usage ? usageReadingsOf(snapshot, counters, { signal: 'mariadb', ...catalog.usage }) : [],
    };
  }
}
