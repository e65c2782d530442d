/**
 * Merges the facts of a delta by node and by edge, before the graph is read: a
 * batch of events names the same job or dataset many times, and the graph only
 * needs to hear the winner of each property once. Pure.
 */
import type { Label, PropertyValue, RelationshipType } from '@polder/graph-schema';
import type { GraphDelta } from './GraphDelta.ts';
import { wins, type VersionedValue } from './lastWriterWins.ts';
import { edgeKey } from './planWrite.ts';

export interface CollapsedNode {
  label: Label;
  urn: string;
  provider: string;
  /** Property → the winning fact among the delta's. */
  facts: Map<string, VersionedValue>;
}

export interface CollapsedEdge {
  type: RelationshipType;
  from: string;
  to: string;
  provider: string;
  facts: Map<string, VersionedValue>;
}

export interface CollapsedDelta {
  /** By URN, sorted by label then URN, the order the writer locks them in. */
  nodes: Map<string, CollapsedNode>;
  /** By `deltaEdgeKey`. */
  edges: Map<string, CollapsedEdge>;
}

/** An edge's identity in a delta: its type, ends and provider. */
export function deltaEdgeKey(edge: { type: RelationshipType; from: string; to: string; provider: string }): string {
  return `${edgeKey(edge)}|${edge.provider}`;
}

export function collapseDelta(delta: GraphDelta): CollapsedDelta {
  const nodes = new Map<string, CollapsedNode>();
  for (const node of delta.nodes) {
    let collapsed = nodes.get(node.urn);
    if (!collapsed) {
      collapsed = { label: node.label, urn: node.urn, provider: node.provider, facts: new Map() };
      nodes.set(node.urn, collapsed);
    } else if (collapsed.label !== node.label || collapsed.provider !== node.provider) {
      // A node has one label and one owner; two would make the result depend on the order.
      throw new Error(
        `The delta names ${node.urn} as ${collapsed.label} of ${collapsed.provider} and as ${node.label} of ${node.provider}`,
      );
    }
    mergeFacts(collapsed.facts, node.properties, node.version);
  }

  const edges = new Map<string, CollapsedEdge>();
  for (const edge of delta.edges) {
    const key = deltaEdgeKey(edge);
    let collapsed = edges.get(key);
    if (!collapsed) {
      collapsed = { type: edge.type, from: edge.from, to: edge.to, provider: edge.provider, facts: new Map() };
      edges.set(key, collapsed);
    }
    mergeFacts(collapsed.facts, edge.properties ?? {}, edge.version);
  }

  const sorted = [...nodes.values()].sort((a, b) => compare(a.label, b.label) || compare(a.urn, b.urn));
  return { nodes: new Map(sorted.map((node) => [node.urn, node])), edges };
}

/** Absent and null values are not facts: a delta never clears a property. */
function mergeFacts(facts: Map<string, VersionedValue>, properties: Record<string, PropertyValue | undefined>, version: string): void {
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined) continue;
    const challenger = { value, version };
    if (wins(challenger, facts.get(key))) facts.set(key, challenger);
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
