/**
 * What a provider wrote before, for a full run to diff against: every node and
 * edge it owns, with their content hashes. Except its incidents: they follow its
 * check results (reconcileIncidents.ts) rather than its snapshots, so a run that
 * does not list them must not remove them.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { ExistingNode, ExistingState } from './planWrite.ts';

// Index: entity_provider (migration 002).
export async function readProviderState(tx: ManagedTransaction, provider: string): Promise<ExistingState> {
  const nodes = new Map<string, ExistingNode>();
  const nodeResult = await tx.run(
    `MATCH (n:Entity {provider: $provider}) WHERE NOT n:Incident
     RETURN n.urn AS urn, n.contentHash AS hash, coalesce(n.crawledKeys, []) AS keys, n.status AS status`,
    { provider },
  );
  for (const record of nodeResult.records) {
    nodes.set(record.get('urn'), { hash: record.get('hash'), keys: record.get('keys'), status: record.get('status') });
  }
  const edges = new Map<string, string | null>();
  const edgeResult = await tx.run(
    `MATCH (a:Entity {provider: $provider})-[r]->(b:Entity)
     WHERE r.provider = $provider AND NOT a:Incident
     RETURN type(r) + '|' + a.urn + '|' + b.urn AS key, r.contentHash AS hash`,
    { provider },
  );
  for (const record of edgeResult.records) edges.set(record.get('key'), record.get('hash'));
  return { nodes, edges };
}
