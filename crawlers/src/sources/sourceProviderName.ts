import type { SourceConfig } from '@polder/runtime';

/**
 * The provider a source's runs write as, `<kind>:<source id>` (`postgres:sales-db`): it scopes what a
 * run may remove, and prefixes where its warnings point (`postgres:sales-db/shop.public.orders`).
 * Spelled here alone: the crawlers, the retirement of undeclared sources and OpenLineage's matching of
 * crawled tables must agree on it.
 */
export function sourceProviderOf(source: Pick<SourceConfig, 'kind' | 'id'>): string {
  return `${source.kind}:${source.id}`;
}

/**
 * The same name read off a Source node in Cypher, e.g. `sourceProviderInCypher('source')`. `source` is a
 * Cypher variable chosen by the caller, never input.
 */
export function sourceProviderInCypher(source: string): string {
  return `${source}.kind + ':' + ${source}.id`;
}
