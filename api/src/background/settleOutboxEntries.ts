/**
 * The statement that removes the outbox entries a drain has handled ($entries: {urn, enqueuedAt}),
 * except those queued again meanwhile (their enqueuedAt moved on). Shared by the search indexer,
 * the trust scorer and the policy evaluator.
 *
 * Why the lock comes first: Neo4j reads committed data, so a plain `MATCH ... WHERE o.enqueuedAt =
 * entry.enqueuedAt DELETE o` compares against the value from before a writer's transaction that
 * is re-queueing the entry right now, then waits for that writer's lock, and deletes the entry
 * once the writer commits: the writer's change is lost (an edit never indexed, the freshness bench
 * waiting 30 s). Taking the entry's write lock before reading it (Neo4j's cure for lost updates,
 * as edits do with `_editLock`) makes the comparison see the writer's value.
 *
 * The other half of the race is the writer's: a writer whose `MERGE` matched the entry just before
 * this deletes it lands its `SET` on the deleted node; `queueOutboxEntry` (graph-schema) merges again.
 */
import type { OutboxLabel } from '@polder/graph-schema';

export function settleOutboxEntries(label: OutboxLabel): string {
  // The index hint: all entries of one crawl share an enqueuedAt, so a plan seeking by it instead
  // would match them all for every entry (a first batch of 5,000 took 49 s, 50 ms with the hint).
  // Constraints: indexoutbox_urn (001), trustoutbox_urn (006), policyoutbox_urn (007).
  return `UNWIND $entries AS entry
MATCH (o:${label} {urn: entry.urn}) USING INDEX o:${label}(urn)
SET o._settling = true
REMOVE o._settling
WITH o, entry
WHERE o.enqueuedAt = entry.enqueuedAt
DELETE o`;
}
