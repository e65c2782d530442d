import { describe, expect, it } from 'vitest';
import { collapseDelta, deltaEdgeKey } from './collapseDelta.ts';
import type { GraphDelta } from './GraphDelta.ts';
import { planDelta, type ExistingDeltaState, type ExistingVersionedNode } from './planDelta.ts';

const ds = 'urn:polder:dataset:(openlineage,ns,public.orders)';
const field = `urn:polder:field:(${ds},id)`;
const provider = 'openlineage:ns';
const delta: GraphDelta = {
  nodes: [
    { label: 'Dataset', urn: ds, provider, version: 'v2', properties: { name: 'public.orders', description: 'Orders.' } },
    { label: 'Field', urn: field, provider, version: 'v2', properties: { name: 'id' } },
  ],
  edges: [{ type: 'HAS_FIELD', from: ds, to: field, provider, version: 'v2' }],
};
const hasField = deltaEdgeKey({ type: 'HAS_FIELD', from: ds, to: field, provider });
const created: ExistingDeltaState = {
  nodes: new Map<string, ExistingVersionedNode>([
    [ds, { created: true, versions: {}, values: { name: null, description: null } }],
    [field, { created: true, versions: {}, values: { name: null } }],
  ]),
  edges: new Map(),
};

describe('planDelta', () => {
  it('writes every fact of new nodes and edges, with their versions, and names the documents to refresh', () => {
    const plan = planDelta(collapseDelta(delta), created);
    expect(plan.counts).toEqual({ created: 2, updated: 0, unchanged: 0, edgesWritten: 1 });
    expect(plan.nodeWrites.get('Dataset')).toEqual([
      {
        urn: ds,
        props: { name: 'public.orders', description: 'Orders.' },
        meta: { provider, propertyVersions: '{"description":"v2","name":"v2"}' },
        valueChanged: true,
      },
    ]);
    expect(plan.edgeWrites.get('HAS_FIELD')).toEqual([{ from: ds, to: field, provider, props: {}, meta: { provider, propertyVersions: '{}' } }]);
    expect(plan.documentUrns).toEqual([ds]);
  });

  it('writes nothing when the graph already holds the same facts (the same event twice)', () => {
    const existing: ExistingDeltaState = {
      nodes: new Map<string, ExistingVersionedNode>([
        [ds, { created: false, versions: { name: 'v2', description: 'v2' }, values: { name: 'public.orders', description: 'Orders.' } }],
        [field, { created: false, versions: { name: 'v2' }, values: { name: 'id' } }],
      ]),
      edges: new Map([[hasField, { versions: {}, props: {} }]]),
    };
    const plan = planDelta(collapseDelta(delta), existing);
    expect(plan.counts).toEqual({ created: 0, updated: 0, unchanged: 2, edgesWritten: 0 });
    expect(plan.nodeWrites.size).toBe(0);
    expect(plan.edgeWrites.size).toBe(0);
    expect(plan.documentUrns).toEqual([]);
  });

  it('never lets an older fact overwrite a newer one, and keeps properties the delta does not name', () => {
    const existing: ExistingDeltaState = {
      nodes: new Map<string, ExistingVersionedNode>([
        [ds, { created: false, versions: { name: 'v2', description: 'v3', owners: 'v1' }, values: { name: 'public.orders', description: 'Newer.' } }],
        [field, { created: false, versions: { name: 'v1' }, values: { name: 'id' } }],
      ]),
      edges: new Map([[hasField, { versions: {}, props: {} }]]),
    };
    const plan = planDelta(collapseDelta(delta), existing);
    expect(plan.counts).toEqual({ created: 0, updated: 1, unchanged: 1, edgesWritten: 0 });
    // The field's name is the same value at a newer version: its version moves on, but it did not change (its
    // updatedAt stays, graphWrites.ts) and neither did any document.
    expect(plan.nodeWrites.get('Field')).toEqual([{ urn: field, props: { name: 'id' }, meta: { provider, propertyVersions: '{"name":"v2"}' }, valueChanged: false }]);
    expect(plan.nodeWrites.get('Dataset')).toBeUndefined();
    expect(plan.documentUrns).toEqual([]);
  });

  it("merges an edge's winning facts into every property it keeps", () => {
    const derives = { type: 'DERIVES_FROM' as const, from: ds, to: 'urn:polder:dataset:(openlineage,ns,public.raw)', provider };
    const existing: ExistingDeltaState = {
      nodes: new Map(),
      edges: new Map([[deltaEdgeKey(derives), { versions: { job: 'v1', confidence: 'v1' }, props: { job: 'urn:polder:job:(ns,a)', confidence: 1 } }]]),
    };
    const plan = planDelta(collapseDelta({ nodes: [], edges: [{ ...derives, version: 'v2', properties: { job: 'urn:polder:job:(ns,b)' } }] }), existing);
    expect(plan.edgeWrites.get('DERIVES_FROM')).toEqual([
      {
        from: derives.from,
        to: derives.to,
        provider,
        props: { job: 'urn:polder:job:(ns,b)', confidence: 1 },
        meta: { provider, propertyVersions: '{"confidence":"v1","job":"v2"}' },
      },
    ]);
  });
});
