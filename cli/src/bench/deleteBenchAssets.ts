import type { Driver } from 'neo4j-driver';

/**
 * Deletes every asset a bench wrote (each whose provider starts with `providerPrefix`) together with
 * the search, trust and policy outbox entries the graph writer queued for it, so that nothing of a
 * bench run is left for the indexer or the scorers of a later `polder start` to work through.
 * Implicit transactions (CALL ... IN TRANSACTIONS) keep memory flat however much there is.
 */
export async function deleteBenchAssets(driver: Driver, database: string | undefined, providerPrefix: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // Indexes: entity_provider (a prefix seek); constraints indexoutbox_urn, trustoutbox_urn, policyoutbox_urn.
    await session.run(
      `MATCH (n:Entity) WHERE n.provider STARTS WITH $providerPrefix
       CALL (n) {
         OPTIONAL MATCH (search:IndexOutbox {urn: n.urn})
         OPTIONAL MATCH (trust:TrustOutbox {urn: n.urn})
         OPTIONAL MATCH (policy:PolicyOutbox {urn: n.urn})
         DELETE search, trust, policy
         DETACH DELETE n
       } IN TRANSACTIONS OF 5000 ROWS`,
      { providerPrefix },
    );
  } finally {
    await session.close();
  }
}
