/** Every kind of source Polder can crawl, by the `kind` used in polder.yaml. */
import type { SourceConfig, SourceConfigOf, SourceKind } from '@polder/runtime';
import { NO_OTHER_SOURCES, type MeshView, type SourceProvider } from './SourceProvider.ts';
import { PostgresProvider } from './postgres/PostgresProvider.ts';
import { MySqlProvider } from './mysql/MySqlProvider.ts';
import { SqliteProvider } from './sqlite/SqliteProvider.ts';
import { DbtProvider } from './dbt/DbtProvider.ts';
import { ContractProvider } from './contract/ContractProvider.ts';
import { DirectoryProvider } from './directory/DirectoryProvider.ts';

type ProviderFactories = { [Kind in SourceKind]?: (source: SourceConfigOf<Kind>, env: NodeJS.ProcessEnv, mesh: MeshView) => SourceProvider };

const PROVIDERS: ProviderFactories = {
  postgres: (source, env) => PostgresProvider.fromConfig(source, env),
  mysql: (source, env, mesh) => MySqlProvider.fromConfig(source, env, mesh),
  sqlite: (source) => SqliteProvider.fromConfig(source),
  dbt: (source) => DbtProvider.fromConfig(source),
  contract: (source) => ContractProvider.fromConfig(source),
  directory: (source) => DirectoryProvider.fromConfig(source),
};

export { sourceProviderInCypher, sourceProviderOf } from './sourceProviderName.ts';

/** Whether a provider is a crawled source's (`<kind>:<id>` of a kind Polder crawls), not the mesh's, a push's or a person's. */
export function isSourceProvider(provider: string): boolean {
  const separator = provider.indexOf(':');
  return separator > 0 && Object.hasOwn(PROVIDERS, provider.slice(0, separator));
}

/** `mesh`: the other sources of the mesh, for a provider that reads into their stores; none by default. */
export function createSourceProvider(source: SourceConfig, env: NodeJS.ProcessEnv = process.env, mesh: MeshView = NO_OTHER_SOURCES): SourceProvider {
  const factory = PROVIDERS[source.kind] as ((source: SourceConfig, env: NodeJS.ProcessEnv, mesh: MeshView) => SourceProvider) | undefined;
  if (!factory) throw new Error(`source ${source.id}: crawling "${source.kind}" sources is not built yet`);
  return factory(source, env, mesh);
}

/** Where a source lives, for messages: never includes a credential. */
export function describeSource(source: SourceConfig): string {
  switch (source.kind) {
    case 'postgres':
    case 'mysql':
      return `source ${source.id} (${source.kind} ${source.connection.host}:${source.connection.port}/${source.connection.database})`;
    case 'sqlite':
    case 'contract':
    case 'directory':
      return `source ${source.id} (${source.kind} ${source.path})`;
    case 'dbt':
      return `source ${source.id} (dbt ${source.targetDir})`;
  }
}
