/**
 * Writes to Neo4j, one transaction per call, in two modes:
 *
 * - `write(snapshot)`, a full run: read what the provider owns, plan (pure), then
 *   write the difference; what the source no longer reports is removed.
 * - `apply(delta)`, pushed facts (OpenLineage events): lock and read what the graph
 *   holds for the delta's nodes and edges, plan (pure), then upsert the properties
 *   whose facts win. Never removes anything.
 *
 * Both plans land through the same batched `UNWIND` statements (graphWrites.ts).
 * Either the whole call lands or none of it does, so a failed run removes nothing
 * and the next run repairs whatever the failed one would have changed.
 *
 * Every changed search document is queued in the graph's outbox in the same
 * transaction, so the search index can never miss a committed change.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { GraphSnapshot } from '@polder/graph-schema';
import { collapseDelta } from './collapseDelta.ts';
import type { GraphDelta } from './GraphDelta.ts';
import { deleteEdges, markNodesRemoved, upsertEdges, upsertNodes } from './graphWrites.ts';
import { enqueueSearchDocuments } from './outbox.ts';
import { planDelta, type DeltaPlan } from './planDelta.ts';
import { planWrite, type WritePlan } from './planWrite.ts';
import { readDeltaState } from './readDeltaState.ts';
import { readProviderState } from './readProviderState.ts';

export { WRITE_BATCH_SIZE } from './graphWrites.ts';

export type WriteCounts = WritePlan['counts'] & { danglingEdges: number };

/** Progress of a full run's writes: rows written so far, of the total the plan holds. */
export type WriteProgress = (written: number, total: number) => void;
export type DeltaCounts = DeltaPlan['counts'] & { danglingEdges: number };

export class GraphWriter {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  async write(snapshot: GraphSnapshot, now: Date = new Date(), onProgress?: WriteProgress): Promise<WriteCounts> {
    return this.inTransaction(async (tx) => {
      const existing = await readProviderState(tx, snapshot.provider);
      const plan = planWrite(snapshot, existing);
      const danglingEdges = await writePlan(tx, snapshot.provider, plan, now.toISOString(), onProgress);
      await enqueueSearchDocuments(tx, plan.documentUrns, now.getTime());
      return { ...plan.counts, danglingEdges };
    });
  }

  async apply(delta: GraphDelta, now: Date = new Date()): Promise<DeltaCounts> {
    // Pure, so outside the transaction: a retried transaction (deadlock) only redoes the I/O.
    const collapsed = collapseDelta(delta);
    if (collapsed.nodes.size === 0 && collapsed.edges.size === 0) return { created: 0, updated: 0, unchanged: 0, edgesWritten: 0, danglingEdges: 0 };
    return this.inTransaction(async (tx) => {
      const existing = await readDeltaState(tx, collapsed, now.toISOString());
      const plan = planDelta(collapsed, existing);
      const [danglingEdges] = await Promise.all([
        writeDeltaPlan(tx, plan, now.toISOString()),
        enqueueSearchDocuments(tx, plan.documentUrns, now.getTime()),
      ]);
      return { ...plan.counts, danglingEdges };
    });
  }

  /** One transaction, retried by the driver on transient errors (deadlocks, leader switches). */
  private async inTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }
}

/** Writes a full run's plan; returns how many edges could not be written because an end is missing. */
async function writePlan(tx: ManagedTransaction, provider: string, plan: WritePlan, now: string, onProgress?: WriteProgress): Promise<number> {
  const sizes = (groups: Map<unknown, unknown[]>) => [...groups.values()].reduce((sum, rows) => sum + rows.length, 0);
  const total = sizes(plan.nodeWrites) + plan.nodeRemovals.length + sizes(plan.edgeWrites) + sizes(plan.edgeRemovals);
  let written = 0;
  const onBatch = onProgress && ((rows: number) => onProgress((written += rows), total));
  for (const [label, rows] of plan.nodeWrites) {
    const statementRows = rows.map((row) => ({ urn: row.urn, props: row.props, meta: { provider, contentHash: row.hash, crawledKeys: row.keys } }));
    await upsertNodes(tx, label, statementRows, now, onBatch);
  }
  await markNodesRemoved(tx, plan.nodeRemovals, now, onBatch);
  let dangling = 0;
  for (const [type, rows] of plan.edgeWrites) {
    const statementRows = rows.map((row) => ({ from: row.from, to: row.to, provider, props: row.props, meta: { provider, contentHash: row.hash } }));
    dangling += await upsertEdges(tx, type, statementRows, onBatch);
  }
  for (const [type, rows] of plan.edgeRemovals) await deleteEdges(tx, type, rows, provider, onBatch);
  return dangling;
}

/**
 * Writes a delta's plan. A delta is small (an event, a batch of events), so its time goes in
 * round trips rather than in the writes: the statements are sent at once, pipelined. Their
 * order does not matter: every node of the delta exists already (readDeltaState created it).
 */
async function writeDeltaPlan(tx: ManagedTransaction, plan: DeltaPlan, now: string): Promise<number> {
  const nodes = [...plan.nodeWrites].map(([label, rows]) => upsertNodes(tx, label, rows, now));
  const edges = [...plan.edgeWrites].map(([type, rows]) => upsertEdges(tx, type, rows));
  await Promise.all(nodes);
  return (await Promise.all(edges)).reduce((sum, dangling) => sum + dangling, 0);
}
