/**
 * The assessment outboxes: whoever changes an input of an asset's assessment (a
 * crawl, a check result, an edit) queues the asset, in the same transaction as
 * the change, for the two consumers that judge it again:
 *
 * - `(:TrustOutbox {urn, enqueuedAt})`, drained by the API's TrustScorer;
 * - `(:PolicyOutbox {urn, enqueuedAt})`, drained by the PolicyEvaluator.
 *
 * One outbox per consumer, as the search indexer has its own: each drains at its
 * own pace and a consumer that is failing holds back only its own work. So trust
 * scores and policy findings follow their inputs without a nightly full scan.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { queueOutboxEntry } from '@polder/graph-schema';
import { assessedAssetUrn } from './assessedAssetUrn.ts';

export async function enqueueAssessments(tx: ManagedTransaction, changedUrns: Iterable<string>, now: number): Promise<void> {
  // Sorted, as the search outbox's (outbox.ts): concurrent transactions lock shared entries in one order.
  const urns = [...new Set([...changedUrns].map(assessedAssetUrn).filter((urn): urn is string => urn !== undefined))].sort();
  if (urns.length === 0) return;
  await tx.run(
    `UNWIND $urns AS urn
     ${queueOutboxEntry('TrustOutbox', 'trust', 'urn', '$now')}
     ${queueOutboxEntry('PolicyOutbox', 'policy', 'urn', '$now')}`,
    { urns, now },
  );
}
