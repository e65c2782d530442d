/**
 * The trust outbox: one `(:TrustOutbox {urn, enqueuedAt})` node per asset whose
 * trust score must be recomputed, queued by whoever changes one of its inputs
 * (a crawl, a check result, an edit) in the same transaction as the change. The
 * API's TrustScorer drains it in batches, as the search indexer drains the
 * search outbox, so scores follow their inputs without a nightly full scan.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { trustSubjectUrn } from './trustSubjectUrn.ts';

// Constraint: trustoutbox_urn (migration 005).
export async function enqueueTrustSubjects(tx: ManagedTransaction, changedUrns: Iterable<string>, now: number): Promise<void> {
  const urns = [...new Set([...changedUrns].map(trustSubjectUrn).filter((urn): urn is string => urn !== undefined))];
  if (urns.length === 0) return;
  await tx.run(
    `UNWIND $urns AS urn
     MERGE (o:TrustOutbox {urn: urn})
     SET o.enqueuedAt = $now`,
    { urns, now },
  );
}

