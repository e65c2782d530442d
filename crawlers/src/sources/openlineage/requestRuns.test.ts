import { describe, expect, it } from 'vitest';
import type { LineageEvent, RunEvent } from './LineageEvent.ts';
import { requestRuns } from './requestRuns.ts';

const run = (runId: string, name: string): RunEvent => ({
  kind: 'RunEvent',
  eventType: 'START',
  eventTime: '2020-02-22T22:00:00.000Z',
  version: '2020-02-22T22:00:00.000000000Z',
  runId,
  job: { namespace: 'food', name, description: 'Loads.' },
  inputs: [],
  outputs: [],
});

describe('requestRuns', () => {
  it('is each run once, with its job and its first event', () => {
    const jobEvent: LineageEvent = { kind: 'JobEvent', eventTime: '2020-02-22T22:00:00.000Z', version: '2020-02-22T22:00:00.000000000Z', job: { namespace: 'food', name: 'etl' }, inputs: [], outputs: [] };
    expect(requestRuns([jobEvent, run('r1', 'etl'), run('r2', 'load'), run('r1', 'etl')], (index) => `/${index}`)).toEqual([
      { runId: 'r1', urn: 'urn:polder:run:r1', job: { namespace: 'food', name: 'etl' }, jobUrn: 'urn:polder:job:(food,etl)', at: '/1' },
      { runId: 'r2', urn: 'urn:polder:run:r2', job: { namespace: 'food', name: 'load' }, jobUrn: 'urn:polder:job:(food,load)', at: '/2' },
    ]);
  });
});
