import type { SourceConfigOf } from '@polder/runtime';
import { compileTableFilter } from '../../filters/tableFilter.ts';
import { NO_OTHER_SOURCES, type MeshView, type SourceProvider, type SourceRead } from '../SourceProvider.ts';
import { serverConnection } from '../serverConnection.ts';
import { snapshotStats } from '../snapshotStats.ts';
import { usageReadingsOf } from '../../usage/usageReadingsOf.ts';
import { extractMySqlCatalog, type MySqlConnection } from './extract.ts';
import { mapMySqlCatalog } from './map.ts';
import { otherDatabasesOf } from './otherDatabasesOf.ts';
import { sourceProviderOf } from '../sourceProviderName.ts';

/**
 * Crawls one schema of a MySQL or MariaDB server (`kind: mysql`). `mesh`: the other sources, whose
 * databases of the same server its views and foreign keys may read (otherDatabasesOf.ts).
 */
export class MySqlProvider implements SourceProvider {
  static fromConfig(source: SourceConfigOf<'mysql'>, env: NodeJS.ProcessEnv = process.env, mesh: MeshView = NO_OTHER_SOURCES): MySqlProvider {
    return new MySqlProvider(source, serverConnection(source, env), mesh);
  }

  readonly name: string;

  private constructor(
    private readonly source: SourceConfigOf<'mysql'>,
    private readonly connection: MySqlConnection,
    private readonly mesh: MeshView,
  ) {
    this.name = sourceProviderOf(source);
  }

  async read(): Promise<SourceRead> {
    const catalog = await extractMySqlCatalog(this.connection);
    // The mesh (the graph) after the store: when both fail, the store's error is the one the run reports.
    const snapshot = mapMySqlCatalog(catalog, {
      sourceId: this.source.id,
      domainId: this.source.domain,
      keep: compileTableFilter(this.source),
      otherDatabases: otherDatabasesOf(this.source, await this.mesh.declaredStores()),
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
