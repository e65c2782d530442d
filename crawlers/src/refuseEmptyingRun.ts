/**
 * A run that read nothing, from a source whose earlier runs wrote something, is refused before it
 * writes: applied, it would mark everything the source holds removed. That is what a typo in
 * `include` does (`pubic.*` for `public.*`), or a connection to the wrong database, or a dbt target
 * directory emptied by a failed build, and the catalog would lose the source's datasets, their
 * lineage and their place in search until someone noticed. DataHub's stateful ingestion has the same
 * guard (`fail_safe_threshold`). A source emptied on purpose is taken out of polder.yaml instead:
 * its assets are then retired (mesh/retireUndeclaredSources.ts).
 */
import type { GraphSnapshot } from '@polder/graph-schema';
import type { SourceConfig } from '@polder/runtime';
import type { Driver } from 'neo4j-driver';

// Index: entity_provider (migration 002).
const ACTIVE_NODES = `MATCH (n:Entity {provider: $provider}) WHERE n.status = 'ACTIVE' RETURN count(n) AS active`;

export class EmptyingRunError extends Error {
  override name = 'EmptyingRunError';
}

/** Throws `EmptyingRunError` when `snapshot` holds nothing and the source's provider holds active assets. */
export async function refuseEmptyingRun(driver: Driver, database: string | undefined, source: SourceConfig, snapshot: GraphSnapshot): Promise<void> {
  if (snapshot.nodes.length > 0) return;
  const { records } = await driver.executeQuery(ACTIVE_NODES, { provider: snapshot.provider }, { database, routing: 'READ' });
  const active = records[0]!.get('active') as number;
  if (active === 0) return;
  const filters = [
    source.include.length > 0 ? `include: ${source.include.map((pattern) => JSON.stringify(pattern)).join(', ')}` : null,
    source.exclude.length > 0 ? `exclude: ${source.exclude.map((pattern) => JSON.stringify(pattern)).join(', ')}` : null,
  ].filter((filter) => filter !== null);
  throw new EmptyingRunError(
    `read nothing${filters.length > 0 ? ` (${filters.join('; ')})` : ''}, and would mark all ${active} of its assets removed: refused, nothing changed. ` +
      'Check its include and exclude patterns and what it connects to; if it is empty on purpose, take it out of polder.yaml and its assets are retired',
  );
}
