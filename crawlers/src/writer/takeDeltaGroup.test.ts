import { describe, expect, it } from 'vitest';
import type { GraphDelta } from './GraphDelta.ts';
import { takeDeltaGroup } from './takeDeltaGroup.ts';

const run = (id: string) => ({ label: 'Run' as const, urn: `urn:polder:run:${id}`, provider: 'openlineage:ns', version: 'v', properties: {} });
/** A delta of `size` rows (nodes), named for the test. */
const delta = (size: number): GraphDelta => ({ nodes: Array.from({ length: size }, (_, i) => run(String(i))), edges: [] });
const sizes = (deltas: GraphDelta[]) => deltas.map((d) => d.nodes.length + d.edges.length);

describe('takeDeltaGroup', () => {
  it('takes waiting deltas in order of arrival while their rows fit the cap', () => {
    const { group, rest } = takeDeltaGroup([delta(3), delta(4), delta(5), delta(1)], (d) => d, 8);
    expect(sizes(group)).toEqual([3, 4]);
    expect(sizes(rest)).toEqual([5, 1]);
  });

  it('takes a delta larger than the cap alone', () => {
    const { group, rest } = takeDeltaGroup([delta(10), delta(1)], (d) => d, 8);
    expect(sizes(group)).toEqual([10]);
    expect(sizes(rest)).toEqual([1]);
  });

  it('takes nothing from nothing', () => {
    expect(takeDeltaGroup([], (d: GraphDelta) => d, 8)).toEqual({ group: [], rest: [] });
  });
});
