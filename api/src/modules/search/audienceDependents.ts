/**
 * Who may see a dataset's search document depends on more than the dataset: its domain's visibility and
 * whether a product exposes it; a job's, on the datasets it writes (access/assetVisibility.ts). When one
 * of those changes, these documents are queued again through the outbox, like any other change.
 */
import { queueOutboxEntry } from '@polder/graph-schema';

/** Queues `$datasets` (URNs) and the jobs that write them; `$now` is the enqueue time. Constraints: dataset_urn, indexoutbox_urn (001). */
export const REQUEUE_DATASETS_AND_WRITERS = `
UNWIND $datasets AS urn
MATCH (d:Dataset {urn: urn})
UNWIND [d.urn] + COLLECT { MATCH (j:Job)-[:WRITES]->(d) WHERE j.status = 'ACTIVE' RETURN j.urn } AS dependent
WITH DISTINCT dependent
${queueOutboxEntry('IndexOutbox', 'document', 'dependent', '$now')}`;

/**
 * The datasets whose audience may have changed with these domains or products (URNs): every dataset of a
 * domain, the private ones a product exposes. Constraint: entity_urn (001).
 */
export const DATASETS_DEPENDING_ON = `
UNWIND $urns AS urn
MATCH (n:Entity {urn: urn})
CALL (n) {
  MATCH (n:Domain)<-[:IN_DOMAIN]-(d:Dataset) WHERE d.status = 'ACTIVE' RETURN d
  UNION
  MATCH (n:DataProduct)-[:EXPOSES]->(d:Dataset)-[:IN_DOMAIN]->(:Domain {visibility: 'private'}) WHERE d.status = 'ACTIVE' RETURN d
}
RETURN collect(DISTINCT d.urn) AS datasets`;
