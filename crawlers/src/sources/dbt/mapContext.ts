/** What the mappers of the dbt source share: their context, their output, and how they name things. */
import type { GraphSnapshot } from '@polder/graph-schema';
import { sourceProviderOf } from '../sourceProviderName.ts';

export interface DbtMapContext {
  sourceId: string;
  domainId: string;
  /** Relations (`schema.name`) to keep, from the source's include/exclude patterns. */
  keep: (schemaAndName: string) => boolean;
}

/** What one mapper contributes to the run's snapshot. */
export type SnapshotPart = Pick<GraphSnapshot, 'nodes' | 'edges' | 'warnings'>;

/** The provider of a dbt source's runs, `dbt:<sourceId>`: it scopes what a run may remove. */
export function dbtProvider(context: DbtMapContext): string {
  return sourceProviderOf({ kind: 'dbt', id: context.sourceId });
}

/** Where a warning about a dbt resource points, e.g. `dbt:jaffle-shop/model.jaffle_shop.orders`. */
export function dbtWhere(context: DbtMapContext, uniqueId: string): string {
  return `${dbtProvider(context)}/${uniqueId}`;
}
