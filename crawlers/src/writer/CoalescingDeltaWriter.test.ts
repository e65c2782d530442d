import { describe, expect, it } from 'vitest';
import { CoalescingDeltaWriter } from './CoalescingDeltaWriter.ts';
import type { GraphDelta } from './GraphDelta.ts';
import type { DeltaCounts } from './GraphWriter.ts';

const run = (id: string) => ({ label: 'Run' as const, urn: `urn:polder:run:${id}`, provider: 'openlineage:ns', version: 'v', properties: {} });
const delta = (...ids: string[]): GraphDelta => ({ nodes: ids.map(run), edges: [] });
const counts = (created: number): DeltaCounts => ({ created, updated: 0, unchanged: 0, edgesWritten: 0, danglingEdges: 0 });

/**
 * Stands in for GraphWriter.apply (which the integration tests run against Neo4j): it records
 * the URNs of each delta it is given, and fails any delta that names `bad`.
 */
function recordingWriter() {
  const applied: string[][] = [];
  let release: () => void = () => {};
  const firstWrite = new Promise<void>((resolve) => (release = resolve));
  return {
    applied,
    release: () => release(),
    async apply(d: GraphDelta): Promise<DeltaCounts> {
      // The first write stays open until released, so that others arrive meanwhile.
      if (applied.length === 0) {
        applied.push(d.nodes.map((node) => node.urn));
        await firstWrite;
      } else applied.push(d.nodes.map((node) => node.urn));
      if (d.nodes.some((node) => node.urn.endsWith(':bad'))) throw new Error('bad delta');
      return counts(d.nodes.length);
    },
  };
}

describe('CoalescingDeltaWriter', () => {
  it('writes the requests that arrive during a write together, in the next write', async () => {
    const writer = recordingWriter();
    const coalescing = new CoalescingDeltaWriter(writer);
    const results = [coalescing.apply(delta('a')), coalescing.apply(delta('b')), coalescing.apply(delta('c', 'd'))];
    writer.release();
    expect(await Promise.all(results)).toEqual([
      { counts: counts(1), requests: 1 },
      { counts: counts(3), requests: 2 },
      { counts: counts(3), requests: 2 },
    ]);
    expect(writer.applied).toEqual([['urn:polder:run:a'], ['urn:polder:run:b', 'urn:polder:run:c', 'urn:polder:run:d']]);
  });

  it('writes the requests of a failed group one by one, so only the failing one fails', async () => {
    const writer = recordingWriter();
    const coalescing = new CoalescingDeltaWriter(writer);
    const results = [coalescing.apply(delta('a')), coalescing.apply(delta('b')), coalescing.apply(delta('bad')), coalescing.apply(delta('c'))].map((p) =>
      p.then((result) => result.requests, (error: Error) => error.message),
    );
    writer.release();
    expect(await Promise.all(results)).toEqual([1, 1, 'bad delta', 1]);
    expect(writer.applied).toEqual([
      ['urn:polder:run:a'],
      ['urn:polder:run:b', 'urn:polder:run:bad', 'urn:polder:run:c'],
      ['urn:polder:run:b'],
      ['urn:polder:run:bad'],
      ['urn:polder:run:c'],
    ]);
  });

  it('keeps a group within its cap of rows', async () => {
    const writer = recordingWriter();
    const coalescing = new CoalescingDeltaWriter(writer, 2);
    const results = [coalescing.apply(delta('a')), coalescing.apply(delta('b')), coalescing.apply(delta('c')), coalescing.apply(delta('d'))];
    writer.release();
    await Promise.all(results);
    expect(writer.applied).toEqual([['urn:polder:run:a'], ['urn:polder:run:b', 'urn:polder:run:c'], ['urn:polder:run:d']]);
  });
});
