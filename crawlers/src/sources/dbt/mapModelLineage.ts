/**
 * Dataset-level lineage from dbt's own dependency graph: a model (or snapshot,
 * or exposure) DERIVES_FROM every dataset in its `depends_on.nodes`. dbt
 * resolved these from `ref()` and `source()` when it compiled the project, so
 * they are certain (confidence 1), unlike lineage read back from SQL.
 */
import type { EdgeRecord } from '@polder/graph-schema';
import type { DbtExposure, DbtNode } from './artifacts.ts';

const TRANSFORMATIONS: Record<string, string> = { model: 'DBT_MODEL', snapshot: 'DBT_SNAPSHOT', exposure: 'DBT_EXPOSURE' };

/** `urnByUniqueId` holds the kept datasets; a dependency outside it (filtered out, a metric) has no edge. */
export function mapModelLineage(resources: Array<DbtNode | DbtExposure>, urnByUniqueId: Map<string, string>): EdgeRecord[] {
  const edges = new Map<string, EdgeRecord>();
  for (const resource of resources) {
    const transformation = Object.hasOwn(TRANSFORMATIONS, resource.resource_type) ? TRANSFORMATIONS[resource.resource_type] : undefined;
    const from = urnByUniqueId.get(resource.unique_id);
    if (!transformation || !from) continue;
    for (const dependency of resource.depends_on?.nodes ?? []) {
      const to = urnByUniqueId.get(dependency);
      // A seed and its source are one dataset: a model reading both has one edge to it.
      if (!to || to === from || edges.has(`${from}|${to}`)) continue;
      edges.set(`${from}|${to}`, { type: 'DERIVES_FROM', from, to, properties: { transformation, confidence: 1 } });
    }
  }
  return [...edges.values()];
}
