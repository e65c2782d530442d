/**
 * The write statements both write modes share: a full run (`GraphWriter.write`)
 * and a delta (`GraphWriter.apply`) differ in how they decide what to write, not
 * in how a row lands. Labels and relationship types are the only identifiers
 * spliced into the Cypher, and only after checking them against the fixed model;
 * everything else is a parameter. Rows go in `UNWIND` batches.
 *
 * A function sends all its batches at once, before any answer comes back (pipelined: the
 * server runs a transaction's statements in the order they were sent), so the client encodes
 * the next batch while the server writes the previous one, and no batch waits a round trip.
 * A caller may send several such calls before awaiting any, in the order they must run; it
 * awaits them together (Promise.all), so that a failed statement fails the transaction and
 * the statements behind it, which the server then ignores, leave no unhandled rejection.
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
  /**
   * The writer's bookkeeping: provider, and contentHash + crawledKeys (full) or propertyVersions
   * (delta). A full run's `crawledKeys` lists the keys its props hold a value for.
   */
  meta: Record<string, PropertyValue>;
  /**
   * False when a pushed fact only won a newer version of the value the node already held: its bookkeeping
   * is written, but it did not change, so it keeps its `updatedAt` (which its search document carries, and
   * no document is queued for it). Absent for a full run's rows, which are written only when they changed.
   */
  valueChanged?: boolean;
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

/**
 * A row of a full run (`meta.crawledKeys` set) also drops the keys the previous run's crawl wrote
 * and this one no longer reports: `crawledKeys` names them, so a key someone else wrote (a
 * person's `editable_*`, `usage_*`) is never touched. Read here rather than with the provider's
 * state: only the nodes written again need them, and an unchanged re-crawl writes none.
 */
// Constraint: <label>_urn (migration 001), the MERGE key.
export async function upsertNodes(tx: ManagedTransaction, label: Label, rows: NodeStatementRow[], now: string, onBatch?: BatchListener): Promise<void> {
  if (!isLabel(label)) throw new Error(`Refusing to write unknown label ${label}`);
  const cypher = `UNWIND $rows AS row
     MERGE (n:${label} {urn: row.urn})
     ON CREATE SET n:Entity, n.createdAt = $now
     FOREACH (key IN CASE WHEN row.meta.crawledKeys IS NULL THEN [] ELSE [k IN coalesce(n.crawledKeys, []) WHERE NOT k IN row.meta.crawledKeys] END |
       SET n[key] = null)
     // Before the status is set: a removed node coming back has changed, whatever its values.
     SET n.updatedAt = CASE WHEN row.valueChanged = false AND n.status = 'ACTIVE' THEN n.updatedAt ELSE $now END
     SET n += row.props, n += row.meta, n.status = 'ACTIVE', n.removedAt = null`;
  await Promise.all([...batches(rows)].map((batch) => tx.run(cypher, { rows: batch, now }).then(() => onBatch?.(batch.length))));
}

/** Soft delete: the node keeps its last known shape and edges, for history. */
export async function markNodesRemoved(tx: ManagedTransaction, urns: string[], now: string, onBatch?: BatchListener): Promise<void> {
  const cypher = `UNWIND $urns AS urn
     MATCH (n:Entity {urn: urn})
     SET n.status = 'REMOVED', n.removedAt = $now, n.updatedAt = $now`;
  await Promise.all([...batches(urns)].map((batch) => tx.run(cypher, { urns: batch, now }).then(() => onBatch?.(batch.length))));
}

/** Writes edges between existing nodes; returns how many could not be written because an end is missing. */
export async function upsertEdges(tx: ManagedTransaction, type: RelationshipType, rows: EdgeStatementRow[], onBatch?: BatchListener): Promise<number> {
  if (!isRelationshipType(type)) throw new Error(`Refusing to write unknown relationship ${type}`);
  const cypher = `UNWIND $rows AS row
     MATCH (a:Entity {urn: row.from})
     MATCH (b:Entity {urn: row.to})
     MERGE (a)-[r:${type} {provider: row.provider}]->(b)
     SET r = row.props
     RETURN count(r) AS written`;
  const dangling = await Promise.all(
    [...batches(rows)].map((batch) => {
      // One map per row, props and bookkeeping together: a second SET would cost the plan another Eager pass.
      const statementRows = batch.map((row) => ({ from: row.from, to: row.to, provider: row.provider, props: { ...row.props, ...row.meta } }));
      return tx.run(cypher, { rows: statementRows }).then((result) => {
        onBatch?.(batch.length);
        return batch.length - (result.records[0]?.get('written') as number);
      });
    }),
  );
  return dangling.reduce((sum, count) => sum + count, 0);
}

export async function deleteEdges(
  tx: ManagedTransaction,
  type: RelationshipType,
  rows: Array<{ from: string; to: string }>,
  provider: string,
  onBatch?: BatchListener,
): Promise<void> {
  if (!isRelationshipType(type)) throw new Error(`Refusing to delete unknown relationship ${type}`);
  const cypher = `UNWIND $rows AS row
     MATCH (:Entity {urn: row.from})-[r:${type} {provider: $provider}]->(:Entity {urn: row.to})
     DELETE r`;
  await Promise.all([...batches(rows)].map((batch) => tx.run(cypher, { rows: batch, provider }).then(() => onBatch?.(batch.length))));
}

export function* batches<T>(rows: T[], size = WRITE_BATCH_SIZE): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}
