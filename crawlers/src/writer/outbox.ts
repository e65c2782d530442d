/**
 * The search outbox: one `(:IndexOutbox {urn, enqueuedAt})` node per search
 * document waiting to be (re)indexed. Writers queue in their own transaction;
 * the indexer drains in batches and deletes an entry only if it was not queued
 * again meanwhile, so a change made during indexing is never lost.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { queueOutboxEntry } from '@polder/graph-schema';

export async function enqueueSearchDocuments(tx: ManagedTransaction, urns: string[], now: number): Promise<void> {
  if (urns.length === 0) return;
  await tx.run(
    `UNWIND $urns AS urn
     ${queueOutboxEntry('IndexOutbox', 'document', 'urn', '$now')}`,
    // Sorted: transactions queueing the same entries (a crawl's concurrent stages) take their locks in one order, so never deadlock.
    { urns: [...urns].sort(), now },
  );
}
