/**
 * Cuts a full run's plan into stages, each committed in a transaction of its
 * own, so that a source of any size fits Neo4j's transaction memory. Pure.
 *
 * The order is what keeps an interrupted run honest:
 *
 * 1. node writes (label by label), then edge writes (type by type): every stage only
 *    adds or updates what the source reports now, and an edge's ends are committed
 *    no later than the edge itself;
 * 2. only then the removals (nodes marked REMOVED, edges deleted): they run once
 *    every write has committed, so a run that dies before the end never removes
 *    anything, and the next run (which skips what already landed, by content hash)
 *    finishes the job.
 *
 * A run small enough for one stage (most sources) is one transaction, so it keeps
 * the stronger promise: a failed run changes nothing.
 *
 * Each stage names the search documents its rows touch, for the outbox in the same
 * transaction.
 *
 *   stageWritePlan(plan with 30,000 node and 25,000 edge writes, 10 removals, 20,000)
 *   → [20,000 nodes] [10,000 nodes + 10,000 edges] [15,000 edges] [10 removals]
 */
import type { Label, RelationshipType } from '@polder/graph-schema';
import type { EdgeWriteRow, NodeWriteRow, WritePlan } from './planWrite.ts';
import { pushTo } from './pushTo.ts';
import { SearchDocuments } from './SearchDocuments.ts';

/** Rows per stage: far below the default transaction memory limit of a 1 GiB heap, and few enough commits to cost little. */
export const STAGE_ROWS = 20_000;

export interface WriteStage {
  nodeWrites: Map<Label, NodeWriteRow[]>;
  edgeWrites: Map<RelationshipType, EdgeWriteRow[]>;
  nodeRemovals: string[];
  edgeRemovals: Map<RelationshipType, Array<{ from: string; to: string }>>;
  documentUrns: string[];
  rows: number;
}

type Row =
  | { kind: 'nodeWrite'; label: Label; row: NodeWriteRow }
  | { kind: 'edgeWrite'; type: RelationshipType; row: EdgeWriteRow }
  | { kind: 'nodeRemoval'; urn: string }
  | { kind: 'edgeRemoval'; type: RelationshipType; row: { from: string; to: string } };

export function stageWritePlan(plan: WritePlan, maxRows: number = STAGE_ROWS): WriteStage[] {
  const writes: Row[] = [];
  for (const [label, rows] of plan.nodeWrites) for (const row of rows) writes.push({ kind: 'nodeWrite', label, row });
  for (const [type, rows] of plan.edgeWrites) for (const row of rows) writes.push({ kind: 'edgeWrite', type, row });
  const removals: Row[] = plan.nodeRemovals.map((urn) => ({ kind: 'nodeRemoval', urn }));
  for (const [type, rows] of plan.edgeRemovals) for (const row of rows) removals.push({ kind: 'edgeRemoval', type, row });
  // A run that fits one stage is one transaction: it lands whole or not at all, removals included.
  if (writes.length + removals.length <= maxRows) return writes.length + removals.length === 0 ? [] : [toStage([...writes, ...removals])];
  // Otherwise writes and removals never share a stage: the removals wait until every write has committed.
  return [...chunks(writes, maxRows), ...chunks(removals, maxRows)].map(toStage);
}

function* chunks<T>(rows: T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

function toStage(rows: Row[]): WriteStage {
  const stage: WriteStage = { nodeWrites: new Map(), edgeWrites: new Map(), nodeRemovals: [], edgeRemovals: new Map(), documentUrns: [], rows: rows.length };
  const documents = new SearchDocuments();
  for (const row of rows) {
    if (row.kind === 'nodeWrite') {
      pushTo(stage.nodeWrites, row.label, row.row);
      documents.touch(row.row.urn);
    } else if (row.kind === 'edgeWrite') {
      pushTo(stage.edgeWrites, row.type, row.row);
      documents.touch(row.row.from);
    } else if (row.kind === 'nodeRemoval') {
      stage.nodeRemovals.push(row.urn);
      documents.touch(row.urn);
    } else {
      pushTo(stage.edgeRemovals, row.type, row.row);
      documents.touch(row.row.from);
    }
  }
  stage.documentUrns = documents.list();
  return stage;
}
