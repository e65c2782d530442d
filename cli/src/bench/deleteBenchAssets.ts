import type { Driver } from 'neo4j-driver';
import { queueOutboxEntry } from '@polder/graph-schema';
import { SEARCHABLE_NODE } from '@polder/api';

/**
 * Deletes every asset a bench wrote (each whose provider starts with `providerPrefix`) with the trust and
 * policy outbox entries queued for it and the history of its trust score, so that nothing of a bench run is left for the scorers of a later
 * `polder start` to work through. Its search outbox entries:
 * - by default, deleted too: the bench's documents never reached the catalog's index;
 * - with `indexed`, queued (again) instead: the bench ran the catalog's own indexer, so its documents are
 *   in the catalog's index, and the next drain removes them, like any removal. The caller drains.
 * Implicit transactions (CALL ... IN TRANSACTIONS) keep memory flat however much there is.
 */
export async function deleteBenchAssets(driver: Driver, database: string | undefined, providerPrefix: string, options: { indexed?: boolean } = {}): Promise<void> {
  const search = options.indexed
    ? `CALL (n) { WITH n WHERE ${SEARCHABLE_NODE} ${queueOutboxEntry('IndexOutbox', 'removal', 'n.urn', 'timestamp()')} }`
    : `OPTIONAL MATCH (search:IndexOutbox {urn: n.urn}) DELETE search`;
  const session = driver.session({ database });
  try {
    // Indexes: entity_provider (a prefix seek), trustscore_subject; constraints indexoutbox_urn, trustoutbox_urn, policyoutbox_urn.
    await session.run(
      `MATCH (n:Entity) WHERE n.provider STARTS WITH $providerPrefix
       CALL (n) {
         ${search}
         WITH n
         OPTIONAL MATCH (trust:TrustOutbox {urn: n.urn})
         OPTIONAL MATCH (policy:PolicyOutbox {urn: n.urn})
         DELETE trust, policy
         WITH n
         CALL (n) { MATCH (history:TrustScore) WHERE history.subjectUrn = n.urn AND history.computedAt IS NOT NULL DELETE history }
         DETACH DELETE n
       } IN TRANSACTIONS OF 5000 ROWS`,
      { providerPrefix },
    );
  } finally {
    await session.close();
  }
}
