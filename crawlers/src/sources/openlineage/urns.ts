/**
 * How OpenLineage names become Polder URNs and providers.
 *
 *   job food_delivery/etl_orders        → urn:polder:job:(food_delivery,etl_orders)
 *   run 4d3b8069-...                    → urn:polder:run:4d3b8069-...
 *   dataset postgres://db:5432/public.t → urn:polder:dataset:(openlineage,postgres://db:5432,public.t)
 *   its field id                        → urn:polder:field:(urn:polder:dataset:(...),id)
 *   assertion not_null on id            → urn:polder:qualityCheck:(urn:polder:field:(...),not_null)
 *   ... its outcome in run 4d3b8069-... → urn:polder:checkResult:(urn:polder:qualityCheck:(...),4d3b8069-...)
 *
 * Namespaces hold ':' and '/', which URNs allow; ',' '(' ')' they do not (urn.ts).
 *
 * A node's provider comes from its own namespace (`openlineage:<namespace>`), not
 * from the event that mentions it: a dataset that jobs of two namespaces read has
 * one owner whatever the order the events arrive in.
 */
import { formatUrn, parseUrn, type Urn } from '@polder/graph-schema';

export function openLineageProvider(namespace: string): string {
  return `openlineage:${namespace}`;
}

export function jobUrn(namespace: string, name: string): string {
  return formatUrn('job', namespace, name);
}

export function runUrn(runId: string): string {
  return formatUrn('run', runId);
}

export function datasetUrn(namespace: string, name: string): string {
  return formatUrn('dataset', ...datasetId(namespace, name).parts);
}

export function fieldUrn(namespace: string, name: string, field: string): string {
  return formatUrn('field', datasetId(namespace, name), field);
}

function datasetId(namespace: string, name: string): Urn {
  return { type: 'dataset', parts: ['openlineage', namespace, name] };
}

/** A data-quality assertion is a check of the dataset, or of its column when it names one. */
export function assertionCheckUrn(namespace: string, name: string, assertion: string, column: string | undefined): string {
  const target: Urn = column === undefined ? datasetId(namespace, name) : { type: 'field', parts: [datasetId(namespace, name), column] };
  return formatUrn('qualityCheck', target, assertion);
}

/** An assertion's outcome in one run (or, reported without a run, at one event time). */
export function assertionResultUrn(checkUrn: string, resultId: string): string {
  return formatUrn('checkResult', parseUrn(checkUrn), resultId);
}
