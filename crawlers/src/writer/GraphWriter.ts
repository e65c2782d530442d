/**
 * Writes to Neo4j in two modes:
 *
 * - `write(snapshot)`, a full run: read what the provider owns (or take it as read ahead by
 *   `readProviderState`, while the source was being read), plan (pure), then write
 *   the difference in one transaction, so a failed run changes nothing — as long as the run
 *   fits what the server lets one transaction hold (transactionBudget.ts: sized from its
 *   transaction memory limit, i.e. its heap). A larger run is written in stages
 *   (stageWritePlan.ts), each its own transaction, and says so (`transactions` > 1); node
 *   stages commit two at a time (stageGroups), edge stages once every node is in; what
 *   the source no longer reports is removed in the last stages, once every write has
 *   committed, so a run that dies half-way has added or updated some of what the source
 *   reports now and removed nothing; the next run skips what landed (by content hash) and
 *   finishes. A run whose snapshot hashes to the provider's digest, kept by the last run that
 *   made the graph match its snapshot, reads and writes nothing more (providerDigest.ts).
 * - `apply(delta)`, pushed facts (OpenLineage events), in one transaction: lock and read what
 *   the graph holds for the delta's nodes and edges, plan (pure), then upsert the properties
 *   whose facts win. Never removes anything. A delta lands whole or not at all. It drops the
 *   digests of the providers it writes anything for (an event may name a crawled store's table),
 *   so their next full run diffs in full.
 *
 * Both plans land through the same batched `UNWIND` statements (graphWrites.ts).
 *
 * Every changed search document is queued in the graph's outbox in the same
 * transaction as the change, so the search index can never miss a committed change;
 * the assets whose trust score or policy findings the change can move are queued
 * in the assessment outboxes (assessmentOutbox.ts) the same way. Check results a
 * source brings (dbt tests, OpenLineage assertions) open and resolve their checks'
 * incidents in the same transaction (reconcileIncidents.ts).
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { isUrn, type GraphSnapshot } from '@polder/graph-schema';
import { inReadTransaction, inWriteTransaction } from '@polder/runtime';
import { collapseDelta } from './collapseDelta.ts';
import type { GraphDelta } from './GraphDelta.ts';
import { deleteEdges, markNodesRemoved, upsertEdges, upsertNodes } from './graphWrites.ts';
import { enqueueSearchDocuments } from './outbox.ts';
import { reconcileIncidents } from '../checks/reconcileIncidents.ts';
import { resolveIncidentsOfRemovedChecks } from '../checks/resolveIncidentsOfRemovedChecks.ts';
import { enqueueAssessments } from './assessmentOutbox.ts';
import { assessmentInputsOfPlan } from './assessmentInputsOfPlan.ts';
import { planDelta, type DeltaPlan } from './planDelta.ts';
import { planWrite, type ExistingState, type WritePlan } from './planWrite.ts';
import { readDeltaState } from './readDeltaState.ts';
import { readProviderState } from './readProviderState.ts';
import { digestVouches, dropProviderDigest, hashSnapshot, readProviderDigest, touchProviderDigests, writeProviderDigest, type StoredDigest } from './providerDigest.ts';
import { rowCount, stageGroups, stageWritePlan, type WriteStage } from './stageWritePlan.ts';
import { readTransactionBudget } from './transactionBudget.ts';
import { rememberedDocumentOf } from './SearchDocuments.ts';

export { WRITE_BATCH_SIZE } from './graphWrites.ts';
// Re-exported here because the package's index lists the writer through this file.
export { CoalescingDeltaWriter, type CoalescedApply } from './CoalescingDeltaWriter.ts';

/** `transactions`: how many transactions the run's writes took; more than one means it was staged (not all-or-nothing). */
export type WriteCounts = WritePlan['counts'] & { danglingEdges: number; transactions: number };

/** Progress of a full run's writes: rows written so far, of the total the plan holds. */
export type WriteProgress = (written: number, total: number) => void;
export type DeltaCounts = DeltaPlan['counts'] & { danglingEdges: number };

/**
 * What a provider wrote before, read ahead of `write` by `readProviderState`: a crawl reads it
 * while its source is being read, so Neo4j and the store work at the same time. Its digest, and
 * everything it owns unless the digest may spare that read (`existing` is then left for `write`).
 */
export interface ProviderState {
  provider: string;
  digest: StoredDigest;
  existing?: ExistingState;
}

export class GraphWriter {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
    /** Rows one transaction may hold; by default what the server's transaction memory allows (transactionBudget.ts). */
    private readonly stageRows?: number,
  ) {}

  /**
   * What `provider` wrote before, for `write` to diff against: read it ahead when there is something else to wait for.
   * With `fullDiff`, the digest is not consulted: the run diffs in full (and writes a digest for the next).
   */
  async readProviderState(provider: string, now: Date = new Date(), options: { fullDiff?: boolean } = {}): Promise<ProviderState> {
    return this.inReadTransaction(async (tx) => {
      const stored = await readProviderDigest(tx, provider);
      const digest = options.fullDiff ? { ...stored, digest: null } : stored;
      // With no digest that may vouch for the next snapshot, the diff will be needed: read it now, ahead.
      const mayVouch = digest.digest !== null && digestVouches(digest, { digest: digest.digest }, now);
      return { provider, digest, existing: mayVouch ? undefined : await readProviderState(tx, provider) };
    });
  }

  /**
   * `before`: the provider's state read ahead (readProviderState), by the caller who knows no
   * other run of this provider can write between that read and this write (runs of one source
   * never overlap); read here otherwise. The read is its own transaction either way.
   */
  async write(snapshot: GraphSnapshot, now: Date = new Date(), onProgress?: WriteProgress, before?: ProviderState): Promise<WriteCounts> {
    const provider = snapshot.provider;
    const state = before?.provider === provider ? before : await this.readProviderState(provider, now);
    const hashed = hashSnapshot(snapshot);
    if (digestVouches(state.digest, hashed, now)) {
      return { created: 0, updated: 0, unchanged: snapshot.nodes.length, removed: 0, edgesWritten: 0, edgesRemoved: 0, danglingEdges: 0, transactions: 0 };
    }
    const existing = state.existing ?? (await this.inReadTransaction((tx) => readProviderState(tx, provider)));
    // One resolver of search documents for the plan and its stages: each URN is parsed once.
    const documentOf = rememberedDocumentOf();
    const plan = planWrite(snapshot, existing, documentOf, hashed);
    const budget = this.stageRows === undefined ? await readTransactionBudget(this.driver, this.database) : rowCount(this.stageRows);
    const stages = stageWritePlan(plan, budget, documentOf);
    // The graph matches the snapshot once the last stage commits; before the first, the old digest goes.
    const generation = state.digest.generation;
    if (stages.length === 0) await this.inTransaction((tx) => writeProviderDigest(tx, provider, hashed, generation, now));
    if (stages.length > 1) await this.inTransaction((tx) => dropProviderDigest(tx, provider));
    const total = stages.reduce((sum, stage) => sum + stage.rows, 0);
    let written = 0;
    let danglingEdges = 0;
    const results = stages.flatMap((stage) => writtenCheckResults(stage.nodeWrites));
    const removedChecks = stages.flatMap((stage) => stage.nodeRemovals.filter((urn) => isUrn(urn, 'qualityCheck')));
    const writeStageInTransaction = async (stage: WriteStage, index: number): Promise<void> => {
      let stageWritten = 0;
      const onBatch =
        onProgress &&
        ((rows: number) => {
          stageWritten += rows;
          written += rows;
          onProgress(written, total);
        });
      // A retried stage (deadlock, leader switch) redoes only itself: its MERGEs and SETs are idempotent.
      danglingEdges += await this.inTransaction(async (tx) => {
        written -= stageWritten;
        stageWritten = 0;
        const dangling = await writeStage(tx, provider, stage, now.toISOString(), onBatch);
        await enqueueSearchDocuments(tx, stage.documentUrns, now.getTime());
        // Incidents once every result and its RESULT_OF edge is in: in the last stage's transaction (stageGroups runs it alone).
        const last = index === stages.length - 1;
        const incidentAssets = last
          ? [...(await reconcileIncidents(tx, results, now.toISOString())), ...(await resolveIncidentsOfRemovedChecks(tx, removedChecks, now.toISOString()))]
          : [];
        await enqueueAssessments(tx, [...assessmentInputsOfPlan(stage), ...incidentAssets], now.getTime());
        // A run that left edges dangling keeps no digest: the next run tries them again.
        if (last) await (danglingEdges + dangling === 0 ? writeProviderDigest(tx, provider, hashed, generation, now) : dropProviderDigest(tx, provider));
        return dangling;
      });
    };
    for (const group of stageGroups(stages)) {
      // Settled together: when one stage fails, the run reports it only once its partner has committed or failed too.
      const outcomes = await Promise.allSettled(group.map((index) => writeStageInTransaction(stages[index]!, index)));
      const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
      if (failure) throw failure.reason;
    }
    return { ...plan.counts, danglingEdges, transactions: stages.length };
  }

  async apply(delta: GraphDelta, now: Date = new Date()): Promise<DeltaCounts> {
    // Pure, so outside the transaction: a retried transaction (deadlock) only redoes the I/O.
    const collapsed = collapseDelta(delta);
    if (collapsed.nodes.size === 0 && collapsed.edges.size === 0) return { created: 0, updated: 0, unchanged: 0, edgesWritten: 0, danglingEdges: 0 };
    return this.inTransaction(async (tx) => {
      const existing = await readDeltaState(tx, collapsed, now.toISOString());
      const plan = planDelta(collapsed, existing);
      const written = [...plan.nodeWrites.values(), ...plan.edgeWrites.values()].flatMap((rows) => rows.map((row) => String(row.meta.provider)));
      await touchProviderDigests(tx, [...new Set(written)].sort());
      const [danglingEdges] = await Promise.all([writeDeltaPlan(tx, plan, now.toISOString()), enqueueSearchDocuments(tx, plan.documentUrns, now.getTime())]);
      const incidentAssets = await reconcileIncidents(tx, writtenCheckResults(plan.nodeWrites), now.toISOString());
      await enqueueAssessments(tx, [...assessmentInputsOfPlan(plan), ...incidentAssets], now.getTime());
      return { ...plan.counts, danglingEdges };
    });
  }

  /** One transaction, retried by the driver on transient errors (deadlocks, leader switches). */
  private inTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return inWriteTransaction(this.driver, this.database, work);
  }

  private inReadTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return inReadTransaction(this.driver, this.database, work);
  }
}

/** The check results a plan writes (dbt test results, OpenLineage assertions): their checks' incidents follow them. */
function writtenCheckResults(nodeWrites: Map<string, Array<{ urn: string }>>): string[] {
  return (nodeWrites.get('CheckResult') ?? []).map((row) => row.urn);
}

/**
 * Writes one stage of a full run; returns how many edges could not be written because an end is missing.
 * Every statement is sent before the first answer (pipelined, graphWrites.ts), in the order
 * they must run: nodes, then the edges between them, then the removals.
 */
async function writeStage(tx: ManagedTransaction, provider: string, stage: WriteStage, now: string, onBatch?: (rows: number) => void): Promise<number> {
  const nodes = [...stage.nodeWrites].map(([label, rows]) => {
    const statementRows = rows.map((row) => ({ urn: row.urn, props: row.props, meta: { provider, contentHash: row.hash, crawledKeys: row.keys } }));
    return upsertNodes(tx, label, statementRows, now, onBatch);
  });
  const edges = [...stage.edgeWrites].map(([type, rows]) => {
    const statementRows = rows.map((row) => ({ from: row.from, to: row.to, provider, props: row.props, meta: { provider, contentHash: row.hash } }));
    return upsertEdges(tx, type, statementRows, onBatch);
  });
  const removals = [markNodesRemoved(tx, stage.nodeRemovals, now, onBatch), ...[...stage.edgeRemovals].map(([type, rows]) => deleteEdges(tx, type, rows, provider, onBatch))];
  const [, dangling] = await Promise.all([Promise.all(nodes), Promise.all(edges), Promise.all(removals)]);
  return dangling.reduce((sum, count) => sum + count, 0);
}

/**
 * Writes a delta's plan. A delta is small (an event, a batch of events), so its time goes in
 * round trips rather than in the writes: the statements are sent at once, pipelined. Their
 * order does not matter: every node of the delta exists already (readDeltaState created it).
 */
async function writeDeltaPlan(tx: ManagedTransaction, plan: DeltaPlan, now: string): Promise<number> {
  const nodes = [...plan.nodeWrites].map(([label, rows]) => upsertNodes(tx, label, rows, now));
  const edges = [...plan.edgeWrites].map(([type, rows]) => upsertEdges(tx, type, rows));
  // Awaited together: were the nodes awaited first, a failure there would leave the edges' rejections unhandled.
  const [, dangling] = await Promise.all([Promise.all(nodes), Promise.all(edges)]);
  return dangling.reduce((sum, count) => sum + count, 0);
}
