/**
 * The write statements both write modes share: a full run (`GraphWriter.write`)
 * and a delta (`GraphWriter.apply`) differ in how they decide what to write, not
 * in how a row lands. Labels and relationship types are the only identifiers
 * spliced into the Cypher, and only after checking them against the fixed model;
 * everything else is a parameter. Rows go in `UNWIND` batches.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { isLabel, isRelationshipType, type Label, type PropertyMap, type PropertyValue, type RelationshipType } from '@polder/graph-schema';

export const WRITE_BATCH_SIZE = 5_000;

/** Told how many rows each batch wrote, for progress reports on long runs. */
export type BatchListener = (rows: number) => void;

export interface NodeStatementRow {
  urn: string;
  /** Properties to set; `null` removes a key (`SET +=`). Keys not named are left as they are. */
  props: PropertyMap;
  /** The writer's bookkeeping: provider, and contentHash + crawledKeys (full) or propertyVersions (delta). */
  meta: Record<string, PropertyValue>;
}

export interface EdgeStatementRow {
  from: string;
  to: string;
  /** Part of the edge's identity: two providers may assert the same edge. */
  provider: string;
  /** Every property the edge keeps: the edge's properties are replaced by these. */
  props: PropertyMap;
  meta: Record<string, PropertyValue>;
}

// Constraint: <label>_urn (migration 001), the MERGE key.
export async function upsertNodes(tx: ManagedTransaction, label: Label, rows: NodeStatementRow[], now: string, onBatch?: BatchListener): Promise<void> {
  if (!isLabel(label)) throw new Error(`Refusing to write unknown label ${label}`);
  for (const batch of batches(rows)) {
    await tx.run(
      `UNWIND $rows AS row
       MERGE (n:${label} {urn: row.urn})
       ON CREATE SET n:Entity, n.createdAt = $now
       SET n += row.props, n += row.meta, n.status = 'ACTIVE', n.updatedAt = $now, n.removedAt = null`,
      { rows: batch, now },
    );
    onBatch?.(batch.length);
  }
}

/** Soft delete: the node keeps its last known shape and edges, for history. */
export async function markNodesRemoved(tx: ManagedTransaction, urns: string[], now: string, onBatch?: BatchListener): Promise<void> {
  for (const batch of batches(urns)) {
    await tx.run(
      `UNWIND $urns AS urn
       MATCH (n:Entity {urn: urn})
       SET n.status = 'REMOVED', n.removedAt = $now, n.updatedAt = $now`,
      { urns: batch, now },
    );
    onBatch?.(batch.length);
  }
}

/** Writes edges between existing nodes; returns how many could not be written because an end is missing. */
export async function upsertEdges(tx: ManagedTransaction, type: RelationshipType, rows: EdgeStatementRow[], onBatch?: BatchListener): Promise<number> {
  if (!isRelationshipType(type)) throw new Error(`Refusing to write unknown relationship ${type}`);
  let dangling = 0;
  for (const batch of batches(rows)) {
    // One map per row, props and bookkeeping together: a second SET would cost the plan another Eager pass.
    const statementRows = batch.map((row) => ({ from: row.from, to: row.to, provider: row.provider, props: { ...row.props, ...row.meta } }));
    const result = await tx.run(
      `UNWIND $rows AS row
       MATCH (a:Entity {urn: row.from})
       MATCH (b:Entity {urn: row.to})
       MERGE (a)-[r:${type} {provider: row.provider}]->(b)
       SET r = row.props
       RETURN count(r) AS written`,
      { rows: statementRows },
    );
    dangling += batch.length - (result.records[0]?.get('written') as number);
    onBatch?.(batch.length);
  }
  return dangling;
}

export async function deleteEdges(
  tx: ManagedTransaction,
  type: RelationshipType,
  rows: Array<{ from: string; to: string }>,
  provider: string,
  onBatch?: BatchListener,
): Promise<void> {
  if (!isRelationshipType(type)) throw new Error(`Refusing to delete unknown relationship ${type}`);
  for (const batch of batches(rows)) {
    await tx.run(
      `UNWIND $rows AS row
       MATCH (:Entity {urn: row.from})-[r:${type} {provider: $provider}]->(:Entity {urn: row.to})
       DELETE r`,
      { rows: batch, provider },
    );
    onBatch?.(batch.length);
  }
}

export function* batches<T>(rows: T[], size = WRITE_BATCH_SIZE): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}
