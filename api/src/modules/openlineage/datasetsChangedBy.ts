/**
 * The datasets an OpenLineage delta changes, as opposed to those it only reads. Lineage between domains is
 * the mesh's point: a job of one domain reads another's datasets, and a push records that (READS, and the
 * names of the datasets read). What the push states about the data its job writes is another matter:
 * that the job writes it (WRITES), what it derives from (DERIVES_FROM, from the written dataset or
 * column), and quality assertions with their results (CHECKS), which count in a dataset's trust and open
 * incidents on it. Those are changes to the dataset. Pure.
 */
import { datasetUrnOf } from '@polder/graph-schema';
import type { GraphDelta } from '@polder/crawlers';

export function datasetsChangedBy(delta: GraphDelta): string[] {
  const changed = new Set<string>();
  for (const edge of delta.edges) {
    const asset = edge.type === 'DERIVES_FROM' ? edge.from : edge.type === 'WRITES' || edge.type === 'CHECKS' ? edge.to : undefined;
    const dataset = asset === undefined ? undefined : datasetUrnOf(asset);
    if (dataset) changed.add(dataset);
  }
  return [...changed];
}
