/**
 * Cuts a full run's plan into stages, each committed in a transaction of its
 * own, so that a source of any size fits Neo4j's transaction memory. Pure.
 *
 * A stage holds at most a budget's `capacity`, each row costing `cost(row)` of it: one
 * (`rowCount`), or the transaction memory the row holds (transactionBudget.ts).
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
 * A staged run's node writes, edge writes and removals never share a stage, and each stage
 * says which of them it holds (`phase`): the node-write stages touch distinct nodes, so the
 * writer may commit them side by side (CONCURRENT_NODE_STAGES); edges wait for every node.
 *
 * Each stage names the search documents its rows touch, for the outbox in the same
 * transaction.
 *
 *   stageWritePlan(plan with 30,000 node and 25,000 edge writes, 10 removals, rowCount(20,000))
 *   → [20,000 nodes] [10,000 nodes] [20,000 edges] [5,000 edges] [10 removals]
 */
import type { Label, RelationshipType } from '@polder/graph-schema';
import type { EdgeWriteRow, NodeWriteRow, WritePlan } from './planWrite.ts';
import { pushTo } from './pushTo.ts';
import { rememberedDocumentOf, SearchDocuments } from './SearchDocuments.ts';

/** Rows per stage: far below the default transaction memory limit of a 1 GiB heap, and few enough commits to cost little. */
export const STAGE_ROWS = 20_000;

/**
 * Node-write stages the writer commits at once. Neo4j runs one transaction's statements one
 * after another, on one core; two transactions writing distinct nodes keep a second core busy
 * (the 10,000-table first crawl of `npx polder bench postgres`: about 0.7 s less on 2 cores).
 * Edge stages stay one at a time: edges share their ends (every table's IN_DOMAIN edge ends at
 * the same domain), and transactions waiting on each other's locks would gain nothing.
 */
export const CONCURRENT_NODE_STAGES = 2;

/** What a stage holds: all of a run (`whole`, one transaction), or one kind of row of a staged run. */
export type StagePhase = 'whole' | 'nodes' | 'edges' | 'removals';

export interface WriteStage {
  phase: StagePhase;
  nodeWrites: Map<Label, NodeWriteRow[]>;
  edgeWrites: Map<RelationshipType, EdgeWriteRow[]>;
  nodeRemovals: string[];
  edgeRemovals: Map<RelationshipType, Array<{ from: string; to: string }>>;
  documentUrns: string[];
  rows: number;
}

/** One row of a plan, as a stage holds it. */
export type StagedRow =
  | { kind: 'nodeWrite'; label: Label; row: NodeWriteRow }
  | { kind: 'edgeWrite'; type: RelationshipType; row: EdgeWriteRow }
  | { kind: 'nodeRemoval'; urn: string }
  | { kind: 'edgeRemoval'; type: RelationshipType; row: { from: string; to: string } };

/** What a transaction may hold, and what a row costs of it. */
export interface StageBudget {
  /** A run within it is one transaction. */
  capacity: number;
  /** What each stage of a larger run holds, at most `capacity`: less when smaller transactions write faster (transactionBudget.ts). */
  stageCapacity: number;
  cost(row: StagedRow): number;
}

/** A budget of plain rows. */
export function rowCount(rows: number): StageBudget {
  return { capacity: rows, stageCapacity: rows, cost: () => 1 };
}

/**
 * `documentOf` names a URN's search document; the writer passes the one its plan used
 * (rememberedDocumentOf), so a staged run does not parse every URN a second time.
 */
export function stageWritePlan(
  plan: WritePlan,
  { capacity, stageCapacity, cost }: StageBudget = rowCount(STAGE_ROWS),
  documentOf: (urn: string) => string | undefined = rememberedDocumentOf(),
): WriteStage[] {
  const writes: StagedRow[] = [];
  for (const [label, rows] of plan.nodeWrites) for (const row of rows) writes.push({ kind: 'nodeWrite', label, row });
  for (const [type, rows] of plan.edgeWrites) for (const row of rows) writes.push({ kind: 'edgeWrite', type, row });
  const removals: StagedRow[] = plan.nodeRemovals.map((urn) => ({ kind: 'nodeRemoval', urn }));
  for (const [type, rows] of plan.edgeRemovals) for (const row of rows) removals.push({ kind: 'edgeRemoval', type, row });
  if (writes.length + removals.length === 0) return [];
  const rows = [...writes, ...removals];
  // A run that fits one stage is one transaction: it lands whole or not at all, removals included.
  // Its search documents are the plan's own: the same rows name them.
  if (totalCost(rows, cost) <= capacity) return [{ phase: 'whole', ...groupRows(rows), documentUrns: plan.documentUrns }];
  // Otherwise node writes, edge writes and removals never share a stage: the removals wait until every write has committed.
  const nodeWrites = writes.filter((row) => row.kind === 'nodeWrite');
  const edgeWrites = writes.filter((row) => row.kind === 'edgeWrite');
  const phases: Array<[StagePhase, StagedRow[]]> = [['nodes', nodeWrites], ['edges', edgeWrites], ['removals', removals]];
  return phases.flatMap(([phase, phaseRows]) =>
    [...chunks(phaseRows, stageCapacity, cost)].map((chunk) => ({ phase, ...groupRows(chunk), documentUrns: documentsOf(chunk, documentOf) })),
  );
}

function totalCost(rows: StagedRow[], cost: (row: StagedRow) => number): number {
  let total = 0;
  for (const row of rows) total += cost(row);
  return total;
}

/** Consecutive runs of rows costing at most `capacity` each; a row that alone costs more is a chunk of its own. */
function* chunks(rows: StagedRow[], capacity: number, cost: (row: StagedRow) => number): Generator<StagedRow[]> {
  let start = 0;
  let used = 0;
  for (let index = 0; index < rows.length; index++) {
    const rowCost = cost(rows[index]!);
    if (index > start && used + rowCost > capacity) {
      yield rows.slice(start, index);
      start = index;
      used = 0;
    }
    used += rowCost;
  }
  if (start < rows.length) yield rows.slice(start);
}

function groupRows(rows: StagedRow[]): Omit<WriteStage, 'documentUrns' | 'phase'> {
  const stage: Omit<WriteStage, 'documentUrns' | 'phase'> = { nodeWrites: new Map(), edgeWrites: new Map(), nodeRemovals: [], edgeRemovals: new Map(), rows: rows.length };
  for (const row of rows) {
    if (row.kind === 'nodeWrite') pushTo(stage.nodeWrites, row.label, row.row);
    else if (row.kind === 'edgeWrite') pushTo(stage.edgeWrites, row.type, row.row);
    else if (row.kind === 'nodeRemoval') stage.nodeRemovals.push(row.urn);
    else pushTo(stage.edgeRemovals, row.type, row.row);
  }
  return stage;
}

/** The search documents a stage's rows touch: a node's own, an edge's start's. */
function documentsOf(rows: StagedRow[], documentOf: (urn: string) => string | undefined): string[] {
  const documents = new SearchDocuments(documentOf);
  for (const row of rows) {
    if (row.kind === 'nodeWrite') documents.touch(row.row.urn);
    else if (row.kind === 'edgeWrite') documents.touch(row.row.from);
    else if (row.kind === 'nodeRemoval') documents.touch(row.urn);
    else documents.touch(row.row.from);
  }
  return documents.list();
}

/**
 * The order the writer commits a plan's stages in: groups run one after another, the stages of a
 * group at once. Only node-write stages share a group (CONCURRENT_NODE_STAGES at most), and the
 * last stage always runs alone, once every other has committed: its transaction reconciles the
 * run's incidents, which needs every check result and its edges in place.
 *
 *   phases [nodes nodes nodes edges removals] → [[0, 1], [2], [3], [4]]
 */
export function stageGroups(stages: Array<Pick<WriteStage, 'phase'>>, concurrent: number = CONCURRENT_NODE_STAGES): number[][] {
  const groups: number[][] = [];
  for (const [index, stage] of stages.entries()) {
    const group = groups.at(-1);
    const last = index === stages.length - 1;
    const joins = group !== undefined && !last && stage.phase === 'nodes' && stages[group[0]!]!.phase === 'nodes' && group.length < concurrent;
    if (joins) group.push(index);
    else groups.push([index]);
  }
  return groups;
}
