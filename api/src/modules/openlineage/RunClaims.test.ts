import { describe, expect, it } from 'vitest';
import type { RequestRun } from '@polder/crawlers';
import { RunClaims } from './RunClaims.ts';

const run = (runId: string, name: string): RequestRun => ({ runId, urn: `urn:polder:run:${runId}`, job: { namespace: 'ns', name }, jobUrn: `urn:polder:job:(ns,${name})`, at: '' });

describe('RunClaims', () => {
  it('refuses a run held for another job, claiming none of the request, until the holder releases it', () => {
    const claims = new RunClaims();
    const first = claims.claim([run('r1', 'jobA')]);
    expect(first.ok).toBe(true);
    expect(claims.claim([run('r2', 'jobB'), run('r1', 'jobB')])).toEqual({ ok: false, conflicts: [{ run: run('r1', 'jobB'), heldFor: { namespace: 'ns', name: 'jobA' } }] });
    // r2 was not claimed by the refused request: another job may have it.
    expect(claims.claim([run('r2', 'jobC')]).ok).toBe(true);
    if (first.ok) first.release();
    expect(claims.claim([run('r1', 'jobB')]).ok).toBe(true);
  });

  it('shares a run between requests of its one job, held until the last releases it', () => {
    const claims = new RunClaims();
    const start = claims.claim([run('r1', 'jobA')]);
    const complete = claims.claim([run('r1', 'jobA')]);
    expect([start.ok, complete.ok]).toEqual([true, true]);
    if (start.ok) {
      start.release();
      start.release();
    }
    expect(claims.claim([run('r1', 'jobB')]).ok).toBe(false);
    if (complete.ok) complete.release();
    expect(claims.claim([run('r1', 'jobB')]).ok).toBe(true);
  });
});
