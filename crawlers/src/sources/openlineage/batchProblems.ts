/**
 * What is wrong with a batch as a whole, beyond each of its events (validate.ts):
 *
 * - Too much lineage for one request. A job's every output derives from its every input, so an
 *   event of 2,500 inputs and 2,500 outputs, 150 kB of JSON, is 6.25 million edges to map and
 *   write: enough to exhaust the API's heap. Past MAX_LINEAGE_PAIRS in one request it is refused,
 *   with what to do instead.
 * - One run of two namespaces. A run's URN is its runId alone, but it belongs to its job's
 *   namespace; two events that give one runId jobs of different namespaces cannot both be true.
 */
import type { LineageEvent } from './LineageEvent.ts';

/** The most output × input pairs (DERIVES_FROM edges) one request may make. */
export const MAX_LINEAGE_PAIRS = 100_000;

export function batchProblems(events: readonly LineageEvent[], pointerOf: (index: number) => string): string[] {
  const problems: string[] = [];
  let pairs = 0;
  const runs = new Map<string, { namespace: string; at: string }>();
  events.forEach((event, index) => {
    if (event.kind === 'DatasetEvent') return;
    pairs += event.inputs.length * event.outputs.length;
    if (event.kind !== 'RunEvent') return;
    const at = pointerOf(index);
    const first = runs.get(event.runId);
    if (!first) runs.set(event.runId, { namespace: event.job.namespace, at });
    else if (first.namespace !== event.job.namespace) {
      problems.push(`${at}/run/runId ${event.runId} is a run of a job in namespace "${first.namespace}" (${first.at || 'the first event'}), not "${event.job.namespace}": one run has one job`);
    }
  });
  if (pairs > MAX_LINEAGE_PAIRS) {
    problems.push(
      `the request's jobs derive ${pairs.toLocaleString('en-US')} outputs from inputs (each output from each input), over the ${MAX_LINEAGE_PAIRS.toLocaleString('en-US')} one request may carry: send fewer events per request, or a job's datasets in several events`,
    );
  }
  return problems;
}
