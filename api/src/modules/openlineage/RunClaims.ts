/**
 * The runs of the requests this process is checking or writing right now, with their jobs. The graph
 * is asked whether a run is already another job's before a request is written, but two requests that
 * give one new run two jobs, sent at once, would both find it in no job and both be written: the
 * second is refused here instead, as it would be once the first is in the graph.
 *
 * Claims are held from before the graph is asked until the write has ended (or failed), and one
 * request claims all its runs or none. Requests of the same run and the same job share a claim: a
 * START and a COMPLETE sent together are the usual case, not a conflict.
 *
 * One process's: two API processes behind one load balancer can still write one run for two jobs
 * if they race (the graph writer, which holds the locks, would have to check it to close that).
 */
import type { RequestRun } from '@polder/crawlers';

export type RunClaim = { ok: true; release: () => void } | { ok: false; conflicts: Array<{ run: RequestRun; heldFor: RequestRun['job'] }> };

export class RunClaims {
  private readonly held = new Map<string, { run: RequestRun; holders: number }>();

  claim(runs: readonly RequestRun[]): RunClaim {
    const conflicts = runs.flatMap((run) => {
      const holder = this.held.get(run.urn);
      return holder && holder.run.jobUrn !== run.jobUrn ? [{ run, heldFor: holder.run.job }] : [];
    });
    if (conflicts.length > 0) return { ok: false, conflicts };
    for (const run of runs) {
      const holder = this.held.get(run.urn);
      if (holder) holder.holders++;
      else this.held.set(run.urn, { run, holders: 1 });
    }
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        for (const run of runs) {
          const holder = this.held.get(run.urn)!;
          if (--holder.holders === 0) this.held.delete(run.urn);
        }
      },
    };
  }
}
