/**
 * What is wrong with a batch as a whole, beyond each of its events (validate.ts):
 *
 * - Too much lineage for one request. A job's every output derives from its every input, so an
 *   event of 2,500 inputs and 2,500 outputs, 150 kB of JSON, is 6.25 million edges to map and
 *   write: enough to exhaust the API's heap. Past MAX_LINEAGE_PAIRS in one request it is refused,
 *   with what to do instead.
 * - One run of two jobs. A run's URN is its runId alone, and a run is a run of one job: two events
 *   that give one runId different jobs (another name, or another namespace) cannot both be true,
 *   and writing both would list the run under both jobs, with the state of whichever came last.
 *   The graph's runs are checked the same way by the API (openlineage.service.ts), with the same message.
 */
import type { LineageEvent, LineageJob } from './LineageEvent.ts';

/** The most output × input pairs (DERIVES_FROM edges) one request may make. */
export const MAX_LINEAGE_PAIRS = 100_000;

export function batchProblems(events: readonly LineageEvent[], pointerOf: (index: number) => string): string[] {
  const problems: string[] = [];
  let pairs = 0;
  const runs = new Map<string, { job: LineageJob; at: string }>();
  events.forEach((event, index) => {
    if (event.kind === 'DatasetEvent') return;
    pairs += event.inputs.length * event.outputs.length;
    if (event.kind !== 'RunEvent') return;
    const at = pointerOf(index);
    const first = runs.get(event.runId);
    if (!first) runs.set(event.runId, { job: event.job, at });
    else if (first.job.namespace !== event.job.namespace || first.job.name !== event.job.name) {
      problems.push(runOfAnotherJob(at, event.runId, event.job, { ...first.job, where: first.at || 'the first event' }));
    }
  });
  if (pairs > MAX_LINEAGE_PAIRS) {
    problems.push(
      `the request's jobs derive ${pairs.toLocaleString('en-US')} outputs from inputs (each output from each input), over the ${MAX_LINEAGE_PAIRS.toLocaleString('en-US')} one request may carry: send fewer events per request, or a job's datasets in several events`,
    );
  }
  return problems;
}

/**
 * The problem of the event at `at` that gives run `runId` the job `job`, when it is a run of `recorded`
 * (`where`: the event of the same request that said so, or the graph):
 *
 *   /1/run/runId 41fb... is a run of job "jobA" in namespace "ns" (/0), not of job "jobB" in namespace "ns": one run has one job
 */
export function runOfAnotherJob(at: string, runId: string, job: Pick<LineageJob, 'namespace' | 'name'>, recorded: Pick<LineageJob, 'namespace' | 'name'> & { where: string }): string {
  return `${at}/run/runId ${runId} is a run of job ${jobName(recorded)} (${recorded.where}), not of job ${jobName(job)}: one run has one job`;
}

function jobName(job: Pick<LineageJob, 'namespace' | 'name'>): string {
  return `${JSON.stringify(job.name)} in namespace ${JSON.stringify(job.namespace)}`;
}
