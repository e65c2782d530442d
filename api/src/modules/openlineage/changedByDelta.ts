/**
 * What an OpenLineage delta changes, as opposed to what it only reads. Lineage between domains is the
 * mesh's point: a job of one domain reads another's datasets, and a push records that (READS, and the
 * names of the datasets read). Two things a push states are changes to someone's data:
 *
 * - datasets: that its job writes one (WRITES), what a written dataset or column derives from
 *   (DERIVES_FROM), and quality assertions with their results (CHECKS), which count in a dataset's
 *   trust and open incidents on it;
 * - jobs: every job it names. A push adds runs to the job (a failed one too), what it reads, and may
 *   rewrite its description and SQL; all of it shows on the datasets the job already writes (their
 *   runs, their upstream through the job, the lineage part of their trust). A job has no domain of its
 *   own: it is as much the domains' of the datasets it writes.
 *
 * Pure: which domains those datasets and jobs' outputs are in is the service's look-up.
 */
import { datasetUrnOf } from '@polder/graph-schema';
import type { GraphDelta } from '@polder/crawlers';

export interface DeltaChanges {
  /** Datasets the delta writes to, derives or asserts on. */
  datasets: string[];
  /** Jobs the delta records runs of or describes. */
  jobs: string[];
}

export function changedByDelta(delta: GraphDelta): DeltaChanges {
  const datasets = new Set<string>();
  for (const edge of delta.edges) {
    const asset = edge.type === 'DERIVES_FROM' ? edge.from : edge.type === 'WRITES' || edge.type === 'CHECKS' ? edge.to : undefined;
    const dataset = asset === undefined ? undefined : datasetUrnOf(asset);
    if (dataset) datasets.add(dataset);
  }
  const jobs = new Set(delta.nodes.filter((node) => node.label === 'Job').map((node) => node.urn));
  return { datasets: [...datasets], jobs: [...jobs] };
}
