/**
 * Plans the graph mutation of a delta: its merged facts against what the graph
 * holds for the same nodes and edges. Pure, like `planWrite`, so the merge rules
 * are unit-tested without a database. Unlike `planWrite` it never removes
 * anything: a delta is not everything a provider has.
 *
 * - A property is written when its fact wins over the graph's (see lastWriterWins.ts);
 *   a node whose every fact loses, or ties with itself (the same event again), is not written.
 * - An edge is written when it is new or one of its properties wins.
 * - A newer event that repeats a value still moves the value's version on (or an
 *   older, different value arriving later would win over it), but the search
 *   document is refreshed only when a value changed: a new run of the same job
 *   rewrites versions, not the index.
 * - Every node or edge whose value changed names its search document (an edge, its start's).
 */
import type { Label, PropertyMap, PropertyValue, RelationshipType } from '@polder/graph-schema';
import type { CollapsedDelta } from './collapseDelta.ts';
import type { EdgeStatementRow, NodeStatementRow } from './graphWrites.ts';
import { wins } from './lastWriterWins.ts';
import { pushTo } from './pushTo.ts';
import { SearchDocuments } from './SearchDocuments.ts';

/** What the graph holds for one node of the delta (read, and locked, by `readDeltaState`). */
export interface ExistingVersionedNode {
  /** Created just now, by the read that locked it. */
  created: boolean;
  /** Property → version of the value it holds. */
  versions: Record<string, string>;
  /** The values of the delta's properties, `null` when absent. */
  values: Record<string, PropertyValue>;
}

export interface ExistingVersionedEdge {
  versions: Record<string, string>;
  /** Every property of the edge except the writer's bookkeeping. */
  props: PropertyMap;
}

export interface ExistingDeltaState {
  nodes: Map<string, ExistingVersionedNode>;
  /** By `deltaEdgeKey`; absent when the edge does not exist yet. */
  edges: Map<string, ExistingVersionedEdge>;
}

export interface DeltaPlan {
  nodeWrites: Map<Label, NodeStatementRow[]>;
  edgeWrites: Map<RelationshipType, EdgeStatementRow[]>;
  documentUrns: string[];
  counts: { created: number; updated: number; unchanged: number; edgesWritten: number };
}

export function planDelta(delta: CollapsedDelta, existing: ExistingDeltaState): DeltaPlan {
  const plan: DeltaPlan = {
    nodeWrites: new Map(),
    edgeWrites: new Map(),
    documentUrns: [],
    counts: { created: 0, updated: 0, unchanged: 0, edgesWritten: 0 },
  };
  const documents = new SearchDocuments();

  for (const node of delta.nodes.values()) {
    const before = existing.nodes.get(node.urn) ?? { created: true, versions: {}, values: {} };
    const versions = { ...before.versions };
    const props: PropertyMap = {};
    let valueChanged = before.created;
    for (const [key, fact] of node.facts) {
      const value = before.values[key] ?? null;
      if (!wins(fact, key in versions ? { version: versions[key]!, value } : undefined)) continue;
      props[key] = fact.value;
      versions[key] = fact.version;
      valueChanged ||= !sameValue(fact.value, value);
    }
    if (!before.created && Object.keys(props).length === 0) {
      plan.counts.unchanged++;
      continue;
    }
    pushTo(plan.nodeWrites, node.label, { urn: node.urn, props, meta: { provider: node.provider, propertyVersions: stableJson(versions) }, valueChanged });
    if (before.created) plan.counts.created++;
    else plan.counts.updated++;
    if (valueChanged) documents.touch(node.urn);
  }

  for (const [key, edge] of delta.edges) {
    const before = existing.edges.get(key);
    const versions = { ...before?.versions };
    const props: PropertyMap = { ...before?.props };
    let changed = !before;
    let valueChanged = !before;
    for (const [property, fact] of edge.facts) {
      const value = props[property] ?? null;
      if (!wins(fact, property in versions ? { version: versions[property]!, value } : undefined)) continue;
      props[property] = fact.value;
      versions[property] = fact.version;
      changed = true;
      valueChanged ||= !sameValue(fact.value, value);
    }
    if (!changed) continue;
    pushTo(plan.edgeWrites, edge.type, {
      from: edge.from,
      to: edge.to,
      provider: edge.provider,
      props,
      meta: { provider: edge.provider, propertyVersions: stableJson(versions) },
    });
    plan.counts.edgesWritten++;
    if (valueChanged) documents.touch(edge.from);
  }

  plan.documentUrns = documents.list();
  return plan;
}

function sameValue(a: PropertyValue, b: PropertyValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** JSON with sorted keys, so the same versions are stored as the same string whatever the order of arrival. */
function stableJson(record: Record<string, string>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}
