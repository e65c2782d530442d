/**
 * The runs one request reports, each with its job and the first event that names it: what the API
 * checks against the runs the graph already holds, since a run is a run of one job (batchProblems.ts
 * checks the events of one request among themselves, and has refused a request whose events disagree).
 *
 *   [START of run r1 for food/etl, COMPLETE of r1 for food/etl] → [{ runId: 'r1', urn: 'urn:polder:run:r1', job: food/etl, jobUrn, at: '/0' }]
 */
import type { LineageEvent, LineageJob } from './LineageEvent.ts';
import { jobUrn, runUrn } from './urns.ts';

export interface RequestRun {
  runId: string;
  urn: string;
  job: Pick<LineageJob, 'namespace' | 'name'>;
  jobUrn: string;
  /** The JSON pointer of the first event that names it: '' for a single event, `/3` in a batch. */
  at: string;
}

export function requestRuns(events: readonly LineageEvent[], pointerOf: (index: number) => string): RequestRun[] {
  const runs = new Map<string, RequestRun>();
  events.forEach((event, index) => {
    if (event.kind !== 'RunEvent' || runs.has(event.runId)) return;
    const job = { namespace: event.job.namespace, name: event.job.name };
    runs.set(event.runId, { runId: event.runId, urn: runUrn(event.runId), job, jobUrn: jobUrn(job.namespace, job.name), at: pointerOf(index) });
  });
  return [...runs.values()];
}
