import { describe, expect, it } from 'vitest';
import type { GraphSnapshot } from '@polder/graph-schema';
import { planWrite, type ExistingState } from './planWrite.ts';
import { stageWritePlan } from './stageWritePlan.ts';

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
  nodes: new Map([[ds('gone'), { hash: 'h', keys: [], status: 'ACTIVE' }]]),
  edges: new Map([[`DERIVES_FROM|${ds('a')}|${ds('b')}`, 'h']]),
};
const plan = planWrite(snapshot, existing);

describe('stageWritePlan', () => {
  it('writes nodes, then edges, in stages of at most the given size, and removes only in the stages after', () => {
    const stages = stageWritePlan(plan, 3);
    expect(stages.map((stage) => ({
      nodes: [...stage.nodeWrites].map(([label, rows]) => [label, rows.map((row) => row.urn)]),
      edges: [...stage.edgeWrites].map(([type, rows]) => [type, rows.map((row) => row.from)]),
      nodeRemovals: stage.nodeRemovals,
      edgeRemovals: [...stage.edgeRemovals],
      rows: stage.rows,
    }))).toEqual([
      { nodes: [['Dataset', [ds('a'), ds('b')]], ['Field', [fd('a', 'id')]]], edges: [], nodeRemovals: [], edgeRemovals: [], rows: 3 },
      { nodes: [['Field', [fd('b', 'id')]]], edges: [['HAS_FIELD', [ds('a'), ds('b')]]], nodeRemovals: [], edgeRemovals: [], rows: 3 },
      { nodes: [], edges: [], nodeRemovals: [ds('gone')], edgeRemovals: [['DERIVES_FROM', [{ from: ds('a'), to: ds('b') }]]], rows: 2 },
    ]);
  });

  it('names in each stage the search documents its rows touch', () => {
    expect(stageWritePlan(plan, 3).map((stage) => stage.documentUrns)).toEqual([[ds('a'), ds('b')], [ds('a'), ds('b')], [ds('a'), ds('gone')]]);
  });

  it('writes a run that fits one stage in one stage, removals included (one transaction)', () => {
    expect(stageWritePlan(plan, 100).map((stage) => stage.rows)).toEqual([8]);
    expect(stageWritePlan(plan, 8).map((stage) => stage.rows)).toEqual([8]);
  });

  it('keeps the removals out of the write stages once the run needs several', () => {
    expect(stageWritePlan(plan, 7).map((stage) => stage.rows)).toEqual([6, 2]);
  });

  it('has no stage when there is nothing to write', () => {
    expect(stageWritePlan(planWrite({ ...snapshot, nodes: [], edges: [] }, { nodes: new Map(), edges: new Map() }))).toEqual([]);
  });
});
