/**
 * Reads what the graph holds for the nodes and edges of a delta, and locks them
 * for the rest of the transaction.
 *
 * The lock is what keeps the merge rule true under concurrency: two requests
 * carrying the START and the COMPLETE of one run could otherwise both read the
 * old state and the later commit would win, whichever event is newer. Neo4j
 * locks a node when a transaction writes to it and holds the lock until the
 * transaction ends, so each statement writes a throw-away `_LOCK_` property
 * before reading (the lost-update pattern of the Neo4j Cypher manual) and
 * removes it at once: the lock stays, the property does not.
 *
 * Missing nodes are created here, under the URN constraint's lock, so a node two
 * requests create at the same time is created once and merged in turn.
 */
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import { isLabel, isRelationshipType, type Label, type PropertyMap, type PropertyValue, type RelationshipType } from '@polder/graph-schema';
import type { CollapsedDelta } from './collapseDelta.ts';
import { batches } from './graphWrites.ts';
import type { ExistingDeltaState, ExistingVersionedEdge, ExistingVersionedNode } from './planDelta.ts';
import { pushTo } from './pushTo.ts';

/** The writer's own properties on an edge, kept out of the properties a delta merges into. */
const EDGE_BOOKKEEPING = ['provider', 'propertyVersions', 'contentHash'];

export async function readDeltaState(tx: ManagedTransaction, delta: CollapsedDelta, now: string): Promise<ExistingDeltaState> {
  const byLabel = new Map<Label, Array<{ urn: string; provider: string; keys: string[] }>>();
  // The delta's nodes are sorted by label then URN: every transaction locks in the same order.
  for (const node of delta.nodes.values()) pushTo(byLabel, node.label, { urn: node.urn, provider: node.provider, keys: [...node.facts.keys()] });

  // The statements are sent without waiting for each other's results (the driver pipelines them and
  // the server runs them in order): a delta costs one round trip to read, not one per label.
  const nodeReads: Array<Promise<QueryResult>> = [];
  for (const [label, rows] of byLabel) {
    if (!isLabel(label)) throw new Error(`Refusing to write unknown label ${label}`);
    for (const batch of batches(rows)) {
      // Constraint: <label>_urn (migration 001), the MERGE key.
      nodeReads.push(tx.run(
        `UNWIND $rows AS row
         MERGE (n:${label} {urn: row.urn})
         ON CREATE SET n:Entity, n._LOCK_ = 'created', n.createdAt = $now, n.updatedAt = $now, n.status = 'ACTIVE', n.provider = row.provider
         ON MATCH SET n._LOCK_ = 'matched'
         WITH n, row, n._LOCK_ = 'created' AS created
         REMOVE n._LOCK_
         RETURN row.urn AS urn, row.keys AS keys, created, n.propertyVersions AS versions, [key IN row.keys | n[key]] AS values`,
        { rows: batch, now },
      ));
    }
  }

  // An edge is read, and later merged, under the lock of its start node. The delta's own nodes are
  // locked above; a start node from outside the delta is locked here, in the same sorted order.
  const outsideStarts = [...new Set([...delta.edges.values()].map((edge) => edge.from).filter((urn) => !delta.nodes.has(urn)))].sort();
  const locks: Array<Promise<QueryResult>> = [];
  for (const batch of batches(outsideStarts)) {
    // Constraint: entity_urn (migration 001).
    locks.push(tx.run(`UNWIND $urns AS urn MATCH (a:Entity {urn: urn}) SET a._LOCK_ = true REMOVE a._LOCK_`, { urns: batch }));
  }

  const edgeReads: Array<Promise<QueryResult>> = [];
  const byType = new Map<RelationshipType, Array<{ key: string; from: string; to: string; provider: string }>>();
  for (const [key, edge] of delta.edges) pushTo(byType, edge.type, { key, from: edge.from, to: edge.to, provider: edge.provider });
  for (const [type, rows] of byType) {
    if (!isRelationshipType(type)) throw new Error(`Refusing to read unknown relationship ${type}`);
    for (const batch of batches(rows)) {
      // Constraint: entity_urn (migration 001), for both ends; then the start's relationships of this one type.
      edgeReads.push(tx.run(
        `UNWIND $rows AS row
         MATCH (a:Entity {urn: row.from})-[r:${type} {provider: row.provider}]->(b:Entity {urn: row.to})
         RETURN row.key AS key, r.propertyVersions AS versions, properties(r) AS props`,
        { rows: batch },
      ));
    }
  }

  await Promise.all(locks);
  const nodes = new Map<string, ExistingVersionedNode>();
  for (const result of await Promise.all(nodeReads)) {
    for (const record of result.records) {
      const keys = record.get('keys') as string[];
      const values = record.get('values') as PropertyValue[];
      nodes.set(record.get('urn'), {
        created: record.get('created'),
        versions: parseVersions(record.get('versions')),
        values: Object.fromEntries(keys.map((key, index) => [key, values[index] ?? null])),
      });
    }
  }
  const edges = new Map<string, ExistingVersionedEdge>();
  for (const result of await Promise.all(edgeReads)) {
    for (const record of result.records) {
      const props = { ...(record.get('props') as PropertyMap) };
      for (const key of EDGE_BOOKKEEPING) delete props[key];
      edges.set(record.get('key'), { versions: parseVersions(record.get('versions')), props });
    }
  }
  return { nodes, edges };
}

function parseVersions(stored: unknown): Record<string, string> {
  return typeof stored === 'string' ? (JSON.parse(stored) as Record<string, string>) : {};
}
