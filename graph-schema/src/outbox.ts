/**
 * The outboxes: one `(:<label> {urn, enqueuedAt, timesQueued})` node per thing waiting for a consumer
 * — a search document to (re)index (IndexOutbox), an asset's trust score (TrustOutbox) or policy
 * findings (PolicyOutbox) to recompute. Writers queue in their own transaction; each consumer drains
 * in batches, oldest first, and removes an entry only when it was not queued again meanwhile: when
 * its `timesQueued` is still what the drain read. Not its enqueuedAt: the stages of one crawl, each a
 * transaction of its own, queue with the same time, so a drain between two of them would take the
 * second stage's change for the first's, and the document would miss it until the next change.
 */
import { cypherVariable } from './cypherVariable.ts';

export type OutboxLabel = 'IndexOutbox' | 'TrustOutbox' | 'PolicyOutbox';

/**
 * Cypher that queues `urn` (a Cypher expression) in an outbox at `now` (an expression), for a
 * statement of any size: constant text around the label, the expressions and `variable`, a name the
 * statement does not use otherwise. Constraints: indexoutbox_urn (001), trustoutbox_urn (006),
 * policyoutbox_urn (007).
 *
 * Why the entry is merged twice: a writer's MERGE can match the entry just before a drain deletes
 * it; the writer's SET then waits for the drain's lock and lands on the deleted node, and the
 * change is silently never handled (a lost edit in search). The second MERGE looks again once
 * the SET holds the lock: it finds the entry (nothing more to do) or creates it anew.
 *
 *   UNWIND $urns AS urn ${queueOutboxEntry('IndexOutbox', 'queued', 'urn', '$now')}
 */
export function queueOutboxEntry(label: OutboxLabel, variable: string, urn: string, now: string): string {
  cypherVariable(variable);
  return `MERGE (${variable}:${label} {urn: ${urn}}) SET ${variable}.enqueuedAt = ${now}, ${variable}.timesQueued = coalesce(${variable}.timesQueued, 0) + 1
  MERGE (${variable}Again:${label} {urn: ${urn}}) ON CREATE SET ${variable}Again.enqueuedAt = ${now}, ${variable}Again.timesQueued = 1`;
}
