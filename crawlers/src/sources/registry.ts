/** Every kind of source Polder can crawl, by the `kind` used in polder.yaml. */
import type { SourceConfig } from '@polder/runtime';
import type { SourceProvider } from './SourceProvider.ts';
import { PostgresProvider } from './postgres/PostgresProvider.ts';

const PROVIDERS: Record<SourceConfig['kind'], (source: SourceConfig, env: NodeJS.ProcessEnv) => SourceProvider> = {
  postgres: (source, env) => PostgresProvider.fromConfig(source, env),
};

export function createSourceProvider(source: SourceConfig, env: NodeJS.ProcessEnv = process.env): SourceProvider {
  return PROVIDERS[source.kind](source, env);
}
