import { describe, expect, it } from 'vitest';
import { collapseDelta, deltaEdgeKey } from './collapseDelta.ts';
import type { DeltaNode } from './GraphDelta.ts';

const run = 'urn:polder:run:r1';
const job = 'urn:polder:job:(ns,j)';
const node = (version: string, properties: DeltaNode['properties']): DeltaNode => ({ label: 'Run', urn: run, provider: 'openlineage:ns', version, properties });

describe('collapseDelta', () => {
  it('keeps, per property, the fact with the greatest version, whatever the order', () => {
    const start = node('2020-01-01T00:00:00.000000000Z', { runId: 'r1', state: 'START', startedAt: 't0' });
    const complete = node('2020-01-01T00:05:00.000000000Z', { runId: 'r1', state: 'COMPLETE', endedAt: 't5' });
    const expected = new Map([
      ['runId', { value: 'r1', version: '2020-01-01T00:05:00.000000000Z' }],
      ['state', { value: 'COMPLETE', version: '2020-01-01T00:05:00.000000000Z' }],
      ['startedAt', { value: 't0', version: '2020-01-01T00:00:00.000000000Z' }],
      ['endedAt', { value: 't5', version: '2020-01-01T00:05:00.000000000Z' }],
    ]);
    expect(collapseDelta({ nodes: [start, complete], edges: [] }).nodes.get(run)!.facts).toEqual(expected);
    expect(collapseDelta({ nodes: [complete, start, complete], edges: [] }).nodes.get(run)!.facts).toEqual(expected);
  });

  it('breaks a tie of versions by value, and ignores null values', () => {
    const facts = (first: DeltaNode, second: DeltaNode) => collapseDelta({ nodes: [first, second], edges: [] }).nodes.get(run)!.facts;
    const a = node('v1', { state: 'FAIL', endedAt: null });
    const b = node('v1', { state: 'COMPLETE' });
    expect(facts(a, b)).toEqual(new Map([['state', { value: 'FAIL', version: 'v1' }]]));
    expect(facts(b, a)).toEqual(new Map([['state', { value: 'FAIL', version: 'v1' }]]));
  });

  it('sorts nodes by label then URN, the order they are locked in', () => {
    const delta = collapseDelta({
      nodes: [node('v', {}), { label: 'Job', urn: job, provider: 'openlineage:ns', version: 'v', properties: {} }],
      edges: [],
    });
    expect([...delta.nodes.keys()]).toEqual([job, run]);
  });

  it('merges the facts of one edge by type, ends and provider', () => {
    const edge = { type: 'RUN_OF' as const, from: run, to: job, provider: 'openlineage:ns' };
    const delta = collapseDelta({ nodes: [], edges: [{ ...edge, version: 'v2', properties: { a: 2 } }, { ...edge, version: 'v1', properties: { a: 1, b: 1 } }] });
    expect([...delta.edges]).toEqual([
      [deltaEdgeKey(edge), { ...edge, facts: new Map([['a', { value: 2, version: 'v2' }], ['b', { value: 1, version: 'v1' }]]) }],
    ]);
  });

  it('refuses a node named with two owners', () => {
    const other = { ...node('v', {}), provider: 'openlineage:other' };
    expect(() => collapseDelta({ nodes: [node('v', {}), other], edges: [] })).toThrow(
      `The delta names ${run} as Run of openlineage:ns and as Run of openlineage:other`,
    );
  });
});
