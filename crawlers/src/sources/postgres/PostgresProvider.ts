import type { SourceConfigOf } from '@polder/runtime';
import { compileTableFilter } from '../../filters/tableFilter.ts';
import type { SourceProvider, SourceRead } from '../SourceProvider.ts';
import { serverConnection } from '../serverConnection.ts';
import { snapshotStats } from '../snapshotStats.ts';
import { usageReadingsOf } from '../../usage/usageReadingsOf.ts';
import { extractPostgresCatalog, type PgConnection } from './extract.ts';
import { mapPostgresCatalog } from './map.ts';
import { sourceProviderOf } from '../sourceProviderName.ts';
import { usageCountersOf } from './usageCounters.ts';

export class PostgresProvider implements SourceProvider {
  static fromConfig(source: SourceConfigOf<'postgres'>, env: NodeJS.ProcessEnv = process.env): PostgresProvider {
    return new PostgresProvider(source, serverConnection(source, env));
  }

  readonly name: string;

  private constructor(
    private readonly source: SourceConfigOf<'postgres'>,
    private readonly connection: PgConnection,
  ) {
    this.name = sourceProviderOf(source);
  }

  async read(): Promise<SourceRead> {
    const catalog = await extractPostgresCatalog(this.connection);
    const snapshot = mapPostgresCatalog(catalog, {
      sourceId: this.source.id,
      domainId: this.source.domain,
      keep: compileTableFilter(this.source),
    });
    return {
      snapshot,
      stats: snapshotStats(snapshot, catalog.queryCount),
      usage: usageReadingsOf(snapshot, usageCountersOf(catalog), { signal: 'postgres', readAt: catalog.usageReadAt, countingSince: catalog.usageCountingSince }),
    };
  }
}
