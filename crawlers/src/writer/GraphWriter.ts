/**
 * Applies a source's snapshot to Neo4j as one transaction: read what the provider
 * owns, plan (pure), then write the difference with batched `UNWIND` statements.
 * Either the whole run lands or none of it does, so a failed run removes nothing
 * and the next run repairs whatever the failed one would have changed.
 *
 * Every changed search document is queued in the graph's outbox in the same
 * transaction, so the search index can never miss a committed change.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { isLabel, isRelationshipType, type GraphSnapshot } from '@polder/graph-schema';
import { planWrite, type ExistingNode, type ExistingState, type WritePlan } from './planWrite.ts';
import { enqueueSearchDocuments } from './outbox.ts';

export const WRITE_BATCH_SIZE = 5_000;

export type WriteCounts = WritePlan['counts'] & { danglingEdges: number };

export class GraphWriter {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  async write(snapshot: GraphSnapshot, now: Date = new Date()): Promise<WriteCounts> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(async (tx) => {
        const existing = await readExisting(tx, snapshot.provider);
        const plan = planWrite(snapshot, existing);
        const danglingEdges = await applyPlan(tx, snapshot.provider, plan, now.toISOString());
        await enqueueSearchDocuments(tx, plan.documentUrns, now.getTime());
        return { ...plan.counts, danglingEdges };
      });
    } finally {
      await session.close();
    }
  }
}

// Index: entity_provider (migration 002).
async function readExisting(tx: ManagedTransaction, provider: string): Promise<ExistingState> {
  const nodes = new Map<string, ExistingNode>();
  const nodeResult = await tx.run(
    `MATCH (n:Entity {provider: $provider})
     RETURN n.urn AS urn, n.contentHash AS hash, coalesce(n.crawledKeys, []) AS keys, n.status AS status`,
    { provider },
  );
  for (const record of nodeResult.records) {
    nodes.set(record.get('urn'), { hash: record.get('hash'), keys: record.get('keys'), status: record.get('status') });
  }
  const edges = new Map<string, string | null>();
  const edgeResult = await tx.run(
    `MATCH (a:Entity {provider: $provider})-[r]->(b:Entity)
     WHERE r.provider = $provider
     RETURN type(r) + '|' + a.urn + '|' + b.urn AS key, r.contentHash AS hash`,
    { provider },
  );
  for (const record of edgeResult.records) edges.set(record.get('key'), record.get('hash'));
  return { nodes, edges };
}

/** Writes the plan; returns how many edges could not be written because an end is missing. */
async function applyPlan(tx: ManagedTransaction, provider: string, plan: WritePlan, now: string): Promise<number> {
  for (const [label, rows] of plan.nodeWrites) {
    if (!isLabel(label)) throw new Error(`Refusing to write unknown label ${label}`);
    for (const batch of batches(rows)) {
      await tx.run(
        `UNWIND $rows AS row
         MERGE (n:${label} {urn: row.urn})
         ON CREATE SET n:Entity, n.createdAt = $now
         SET n += row.props, n.provider = $provider, n.contentHash = row.hash, n.crawledKeys = row.keys,
             n.status = 'ACTIVE', n.updatedAt = $now, n.removedAt = null`,
        { rows: batch, provider, now },
      );
    }
  }
  for (const batch of batches(plan.nodeRemovals)) {
    await tx.run(
      `UNWIND $urns AS urn
       MATCH (n:Entity {urn: urn})
       SET n.status = 'REMOVED', n.removedAt = $now, n.updatedAt = $now`,
      { urns: batch, now },
    );
  }

  let dangling = 0;
  for (const [type, rows] of plan.edgeWrites) {
    if (!isRelationshipType(type)) throw new Error(`Refusing to write unknown relationship ${type}`);
    for (const batch of batches(rows)) {
      const result = await tx.run(
        `UNWIND $rows AS row
         MATCH (a:Entity {urn: row.from})
         MATCH (b:Entity {urn: row.to})
         MERGE (a)-[r:${type} {provider: $provider}]->(b)
         SET r = row.props, r.provider = $provider, r.contentHash = row.hash
         RETURN count(r) AS written`,
        { rows: batch, provider },
      );
      dangling += batch.length - (result.records[0]?.get('written') as number);
    }
  }
  for (const [type, rows] of plan.edgeRemovals) {
    if (!isRelationshipType(type)) throw new Error(`Refusing to delete unknown relationship ${type}`);
    for (const batch of batches(rows)) {
      await tx.run(
        `UNWIND $rows AS row
         MATCH (:Entity {urn: row.from})-[r:${type} {provider: $provider}]->(:Entity {urn: row.to})
         DELETE r`,
        { rows: batch, provider },
      );
    }
  }
  return dangling;
}

function* batches<T>(rows: T[], size = WRITE_BATCH_SIZE): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}
