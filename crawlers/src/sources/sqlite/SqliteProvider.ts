import type { SourceConfigOf } from '@polder/runtime';
import { compileTableFilter } from '../../filters/tableFilter.ts';
import type { SourceProvider, SourceRead } from '../SourceProvider.ts';
import { snapshotStats } from '../snapshotStats.ts';
import { sqliteFile } from './config.ts';
import { extractSqliteCatalog, type SqliteFile } from './extract.ts';
import { mapSqliteCatalog } from './map.ts';
import { sourceProviderOf } from '../sourceProviderName.ts';

/** Crawls one SQLite database file (`kind: sqlite`), read-only. */
export class SqliteProvider implements SourceProvider {
  static fromConfig(source: SourceConfigOf<'sqlite'>): SqliteProvider {
    return new SqliteProvider(source, sqliteFile(source));
  }

  readonly name: string;

  private constructor(
    private readonly source: SourceConfigOf<'sqlite'>,
    private readonly file: SqliteFile,
  ) {
    this.name = sourceProviderOf(source);
  }

  async read(): Promise<SourceRead> {
    // Synchronous (better-sqlite3), which is fine here: the catalog lives in a few schema pages, read in milliseconds.
    const catalog = extractSqliteCatalog(this.file);
    const snapshot = mapSqliteCatalog(catalog, {
      sourceId: this.source.id,
      domainId: this.source.domain,
      keep: compileTableFilter(this.source),
    });
    return {
      snapshot,
      stats: snapshotStats(snapshot, catalog.queryCount),
    };
  }
}
