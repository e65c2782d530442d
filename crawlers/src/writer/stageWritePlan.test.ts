import { describe, expect, it } from 'vitest';
import type { GraphSnapshot } from '@polder/graph-schema';
import { existingEdgeEntry, planWrite, type ExistingState } from './planWrite.ts';
import { rowCount, stageGroups, stageWritePlan, type StagedRow } from './stageWritePlan.ts';

const ds = (t: string) => `urn:polder:dataset:(postgres,db,db.public.${t})`;
const fd = (t: string, c: string) => `urn:polder:field:(${ds(t)},${c})`;

// Two tables of one column each; the provider also owned a table `gone`, and an edge `a` → `b` it no longer reports.
const snapshot: GraphSnapshot = {
  provider: 'postgres:db',
  nodes: [
    { label: 'Dataset', urn: ds('a'), properties: { name: 'a' } },
    { label: 'Dataset', urn: ds('b'), properties: { name: 'b' } },
    { label: 'Field', urn: fd('a', 'id'), properties: { name: 'id' } },
    { label: 'Field', urn: fd('b', 'id'), properties: { name: 'id' } },
  ],
  edges: [
    { type: 'HAS_FIELD', from: ds('a'), to: fd('a', 'id') },
    { type: 'HAS_FIELD', from: ds('b'), to: fd('b', 'id') },
  ],
  warnings: [],
};
const existing: ExistingState = {
  nodes: new Map([[ds('gone'), { hash: 'h', status: 'ACTIVE' }]]),
  edges: new Map([existingEdgeEntry({ type: 'DERIVES_FROM', from: ds('a'), to: ds('b'), hash: 'h' })]),
};
const plan = planWrite(snapshot, existing);

describe('stageWritePlan', () => {
  it('writes nodes, then edges, in stages of at most the given size and never both in one, and removes only in the stages after', () => {
    const stages = stageWritePlan(plan, rowCount(3));
    expect(stages.map((stage) => ({
      phase: stage.phase,
      nodes: [...stage.nodeWrites].map(([label, rows]) => [label, rows.map((row) => row.urn)]),
      edges: [...stage.edgeWrites].map(([type, rows]) => [type, rows.map((row) => row.from)]),
      nodeRemovals: stage.nodeRemovals,
      edgeRemovals: [...stage.edgeRemovals],
      rows: stage.rows,
    }))).toEqual([
      { phase: 'nodes', nodes: [['Dataset', [ds('a'), ds('b')]], ['Field', [fd('a', 'id')]]], edges: [], nodeRemovals: [], edgeRemovals: [], rows: 3 },
      { phase: 'nodes', nodes: [['Field', [fd('b', 'id')]]], edges: [], nodeRemovals: [], edgeRemovals: [], rows: 1 },
      { phase: 'edges', nodes: [], edges: [['HAS_FIELD', [ds('a'), ds('b')]]], nodeRemovals: [], edgeRemovals: [], rows: 2 },
      { phase: 'removals', nodes: [], edges: [], nodeRemovals: [ds('gone')], edgeRemovals: [['DERIVES_FROM', [{ from: ds('a'), to: ds('b') }]]], rows: 2 },
    ]);
  });

  it('names in each stage the search documents its rows touch', () => {
    expect(stageWritePlan(plan, rowCount(3)).map((stage) => stage.documentUrns)).toEqual([[ds('a'), ds('b')], [ds('b')], [ds('a'), ds('b')], [ds('a'), ds('gone')]]);
  });

  it('writes a run that fits one stage in one stage, removals included (one transaction)', () => {
    expect(stageWritePlan(plan, rowCount(100)).map((stage) => [stage.phase, stage.rows])).toEqual([['whole', 8]]);
    expect(stageWritePlan(plan, rowCount(8)).map((stage) => stage.rows)).toEqual([8]);
  });

  it('keeps the removals out of the write stages once the run needs several', () => {
    expect(stageWritePlan(plan, rowCount(7)).map((stage) => [stage.phase, stage.rows])).toEqual([['nodes', 4], ['edges', 2], ['removals', 2]]);
  });

  it('has no stage when there is nothing to write', () => {
    expect(stageWritePlan(planWrite({ ...snapshot, nodes: [], edges: [] }, { nodes: new Map(), edges: new Map() }))).toEqual([]);
  });

  it("names the plan's own documents when the run is one stage", () => {
    expect(stageWritePlan(plan, rowCount(100))[0]!.documentUrns).toEqual(plan.documentUrns);
  });

  it('fills each stage up to the budget by what its rows cost, a row dearer than the budget alone', () => {
    // Nodes cost 3, edges and removals 1: [a b] [id(a) id(b)] [both edges] [gone + 1 edge removal]
    const cost = (row: StagedRow) => (row.kind === 'nodeWrite' ? 3 : 1);
    expect(stageWritePlan(plan, { capacity: 7, stageCapacity: 7, cost }).map((stage) => stage.rows)).toEqual([2, 2, 2, 2]);
    expect(stageWritePlan(plan, { capacity: 2, stageCapacity: 2, cost }).map((stage) => stage.rows)).toEqual([1, 1, 1, 1, 2, 2]);
    expect(stageWritePlan(plan, { capacity: 16, stageCapacity: 2, cost }).map((stage) => stage.rows)).toEqual([8]);
  });

  it('cuts a run beyond the capacity into stages of the smaller stage capacity', () => {
    expect(stageWritePlan(plan, { capacity: 7, stageCapacity: 2, cost: () => 1 }).map((stage) => stage.rows)).toEqual([2, 2, 2, 2]);
  });
  it("reads each URN's search document once for the plan and its stages, given the plan's resolver", () => {
    const read: string[] = [];
    const documentOf = (urn: string) => {
      read.push(urn);
      return urn.startsWith('urn:polder:dataset:') ? urn : undefined;
    };
    const remembered = new Map<string, string | undefined>();
    const once = (urn: string) => (remembered.has(urn) ? remembered.get(urn) : remembered.set(urn, documentOf(urn)).get(urn));
    const staged = stageWritePlan(planWrite(snapshot, existing, once), rowCount(3), once);
    expect(staged.map((stage) => stage.documentUrns)).toEqual([[ds('a'), ds('b')], [], [ds('a'), ds('b')], [ds('a'), ds('gone')]]);
    expect(read.sort()).toEqual([ds('a'), ds('b'), ds('gone'), fd('a', 'id'), fd('b', 'id')].sort());
  });
});

describe('stageGroups', () => {
  const phases = (...names: Array<'whole' | 'nodes' | 'edges' | 'removals'>) => names.map((phase) => ({ phase }));

  it('commits node-write stages two at a time, every other stage alone, in order', () => {
    expect(stageGroups(phases('nodes', 'nodes', 'nodes', 'edges', 'edges', 'removals'))).toEqual([[0, 1], [2], [3], [4], [5]]);
    expect(stageGroups(phases('nodes', 'nodes', 'nodes', 'nodes', 'nodes', 'edges'), 3)).toEqual([[0, 1, 2], [3, 4], [5]]);
  });

  it('runs the last stage alone, after every other has committed, even when it writes nodes', () => {
    expect(stageGroups(phases('nodes', 'nodes', 'nodes'))).toEqual([[0, 1], [2]]);
    expect(stageGroups(phases('nodes', 'nodes'))).toEqual([[0], [1]]);
    expect(stageGroups(phases('whole'))).toEqual([[0]]);
    expect(stageGroups([])).toEqual([]);
  });
});
