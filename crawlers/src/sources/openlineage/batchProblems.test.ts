import { describe, expect, it } from 'vitest';
import { runOfAnotherJob } from './batchProblems.ts';

describe('runOfAnotherJob', () => {
  it('names the run, both jobs, and where each was given', () => {
    expect(runOfAnotherJob('/2', 'r1', { namespace: 'ns', name: 'jobB' }, { namespace: 'ns', name: 'jobA', where: '/0' })).toBe(
      '/2/run/runId r1 is a run of job "jobA" in namespace "ns" (/0), not of job "jobB" in namespace "ns": one run has one job',
    );
  });

  it('quotes names as JSON, so a name holding a quote or a space reads unambiguously', () => {
    expect(runOfAnotherJob('', 'r1', { namespace: 's3://b', name: 'say "hi"' }, { namespace: 'ns', name: 'a b', where: 'recorded already' })).toBe(
      '/run/runId r1 is a run of job "a b" in namespace "ns" (recorded already), not of job "say \\"hi\\"" in namespace "s3://b": one run has one job',
    );
  });
});
