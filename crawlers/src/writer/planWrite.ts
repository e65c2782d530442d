/**
 * Plans the graph mutation of one full run: what the source reports now against
 * what the same provider wrote before. Pure, so the rules (what is new, changed,
 * removed, kept) are unit-tested without a database.
 *
 * - A node is written when it is new, its content changed, or it was removed and came back.
 * - A node the provider owned that is no longer reported is marked removed (soft delete).
 * - An edge is written when new or changed; one no longer reported is deleted, except
 *   the edges of a node being removed, which keep its last known shape for history.
 * - Every written or removed node names the search document to refresh.
 */
import type { EdgeRecord, GraphSnapshot, Label, PropertyMap, RelationshipType } from '@polder/graph-schema';
import { contentHash } from './contentHash.ts';
import { pushTo } from './pushTo.ts';
import { rememberedDocumentOf, SearchDocuments } from './SearchDocuments.ts';

export interface ExistingNode {
  hash: string | null;
  status: string;
}

/** An edge as the graph holds it: its ends kept apart, as a URN may itself hold the key's "|". */
export interface ExistingEdge {
  type: RelationshipType;
  from: string;
  to: string;
  hash: string | null;
}

export interface ExistingState {
  nodes: Map<string, ExistingNode>;
  /** By edge key (`edgeKey`). */
  edges: Map<string, ExistingEdge>;
}

export interface NodeWriteRow {
  urn: string;
  /** Crawled properties, as the source reports them now. */
  props: PropertyMap;
  hash: string;
  /**
   * The keys that hold a value. Stored on the node (`crawledKeys`), so that the next write drops
   * those the source has stopped reporting, in the write statement itself (graphWrites.ts):
   * a key nobody crawled (a person's edit, a usage figure) is never touched.
   */
  keys: string[];
}

export interface EdgeWriteRow {
  from: string;
  to: string;
  props: PropertyMap;
  hash: string;
}

export interface WritePlan {
  nodeWrites: Map<Label, NodeWriteRow[]>;
  nodeRemovals: string[];
  edgeWrites: Map<RelationshipType, EdgeWriteRow[]>;
  edgeRemovals: Map<RelationshipType, Array<{ from: string; to: string }>>;
  documentUrns: string[];
  counts: { created: number; updated: number; unchanged: number; removed: number; edgesWritten: number; edgesRemoved: number };
}

export function edgeKey(edge: Pick<EdgeRecord, 'type' | 'from' | 'to'>): string {
  return `${edge.type}|${edge.from}|${edge.to}`;
}

/** An existing edge under its key, for `ExistingState.edges`. */
export function existingEdgeEntry(edge: ExistingEdge): [string, ExistingEdge] {
  return [edgeKey(edge), edge];
}

/**
 * `documentOf` names a URN's search document (one resolver per run remembers each: stageWritePlan reuses it);
 * `hashes`, the content hashes of the snapshot's nodes and edges in its order and the edges' keys, when computed
 * already (providerDigest.ts).
 */
export function planWrite(
  snapshot: GraphSnapshot,
  existing: ExistingState,
  documentOf: (urn: string) => string | undefined = rememberedDocumentOf(),
  hashes?: { nodeHashes: readonly string[]; edgeHashes: readonly string[]; edgeKeys: readonly string[] },
): WritePlan {
  const plan: WritePlan = {
    nodeWrites: new Map(),
    nodeRemovals: [],
    edgeWrites: new Map(),
    edgeRemovals: new Map(),
    documentUrns: [],
    counts: { created: 0, updated: 0, unchanged: 0, removed: 0, edgesWritten: 0, edgesRemoved: 0 },
  };
  const documents = new SearchDocuments(documentOf);

  const reported = new Set<string>();
  for (const [index, node] of snapshot.nodes.entries()) {
    if (reported.has(node.urn)) throw new Error(`The snapshot of ${snapshot.provider} reports ${node.urn} twice`);
    reported.add(node.urn);
    const hash = hashes?.nodeHashes[index] ?? contentHash(node.properties);
    const before = existing.nodes.get(node.urn);
    if (before && before.hash === hash && before.status === 'ACTIVE') {
      plan.counts.unchanged++;
      continue;
    }
    const keys = Object.keys(node.properties).filter((key) => node.properties[key] !== null && node.properties[key] !== undefined);
    pushTo(plan.nodeWrites, node.label, { urn: node.urn, props: node.properties, hash, keys });
    if (before) plan.counts.updated++;
    else plan.counts.created++;
    documents.touch(node.urn);
  }

  const removed = new Set<string>();
  for (const [urn, before] of existing.nodes) {
    if (reported.has(urn) || before.status !== 'ACTIVE') continue;
    removed.add(urn);
    plan.nodeRemovals.push(urn);
    documents.touch(urn);
  }
  plan.counts.removed = removed.size;

  const reportedEdges = new Set<string>();
  for (const [index, edge] of snapshot.edges.entries()) {
    const key = hashes?.edgeKeys[index] ?? edgeKey(edge);
    if (reportedEdges.has(key)) continue;
    reportedEdges.add(key);
    const hash = hashes?.edgeHashes[index] ?? contentHash(edge.properties);
    if (existing.edges.get(key)?.hash === hash) continue;
    pushTo(plan.edgeWrites, edge.type, { from: edge.from, to: edge.to, props: edge.properties ?? {}, hash });
    plan.counts.edgesWritten++;
    documents.touch(edge.from);
  }
  for (const [key, { type, from, to }] of existing.edges) {
    if (reportedEdges.has(key) || removed.has(from)) continue;
    pushTo(plan.edgeRemovals, type, { from, to });
    plan.counts.edgesRemoved++;
    documents.touch(from);
  }

  plan.documentUrns = documents.list();
  return plan;
}
