/**
 * The statements of a drain of an outbox (graph-schema's outbox.ts): the oldest entries, and the
 * removal of those it has handled ($entries: {urn, timesQueued}), except those queued again meanwhile
 * (their timesQueued moved on). Shared by the search indexer, the trust scorer and the policy evaluator.
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
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import type { OutboxLabel } from '@polder/graph-schema';

export interface OutboxEntry {
  urn: string;
  /** When it was last queued, in ms since the epoch. */
  enqueuedAt: number;
  /** How many times it has been queued: what settling compares (0 for an entry queued before it was counted). */
  timesQueued: number;
}

/** The `$limit` oldest entries. Indexes: index_outbox_enqueued (002), trust_outbox_enqueued (006), policy_outbox_enqueued (007). */
export function oldestOutboxEntries(label: OutboxLabel): string {
  return `MATCH (o:${label}) RETURN o.urn AS urn, o.enqueuedAt AS enqueuedAt, coalesce(o.timesQueued, 0) AS timesQueued ORDER BY o.enqueuedAt LIMIT $limit`;
}

export function outboxEntryOf(record: Neo4jRecord): OutboxEntry {
  return { urn: record.get('urn') as string, enqueuedAt: toNumber(record.get('enqueuedAt')), timesQueued: toNumber(record.get('timesQueued')) };
}

function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value);
}

export function settleOutboxEntries(label: OutboxLabel): string {
  // The index hint: all entries of one crawl share an enqueuedAt, so a plan seeking by the index on it
  // would match them all for every entry (a first batch of 5,000 took 49 s, 50 ms with the hint).
  // Constraints: indexoutbox_urn (001), trustoutbox_urn (006), policyoutbox_urn (007).
  return `UNWIND $entries AS entry
MATCH (o:${label} {urn: entry.urn}) USING INDEX o:${label}(urn)
SET o._settling = true
REMOVE o._settling
WITH o, entry
WHERE coalesce(o.timesQueued, 0) = entry.timesQueued
DELETE o`;
}
