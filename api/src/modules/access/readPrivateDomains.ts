/**
 * The ids of the mesh's private domains, as the graph holds them (`Domain.visibility`, written
 * from polder.yaml with the mesh). One small query, sent once per request by GraphReader before
 * the first read that uses them, and only for callers who do not see every domain: the graph is the
 * truth, so a domain made private is hidden from the next request on, with no cache to go stale.
 * (A query may work them out itself instead: HIDDEN_DOMAINS_IN_QUERY, visibleInCypher.ts.)
 */
import type { Driver } from 'neo4j-driver';

export async function readPrivateDomains(driver: Driver, database: string | undefined): Promise<string[]> {
  const { records } = await driver.executeQuery(`MATCH (d:Domain {visibility: 'private'}) RETURN collect(d.id) AS ids`, {}, { database, routing: 'READ' });
  return (records[0]?.get('ids') as string[] | undefined) ?? [];
}
