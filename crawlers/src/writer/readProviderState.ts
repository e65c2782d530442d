/**
 * What a provider wrote before, for a full run to diff against: every node and
 * edge it owns, with their content hashes. Except its incidents: they follow its
 * check results (reconcileIncidents.ts) rather than its snapshots, so a run that
 * does not list them must not remove them.
 *
 * One query: each node comes with the edges it starts that the provider owns (an edge a
 * provider writes starts at a node it writes), so the graph is walked once and a start's URN
 * is sent once rather than once per edge. An unchanged re-crawl is mostly this read, so it
 * holds only what the plan compares: which keys a node's crawl wrote (`crawledKeys`) matters
 * only to a node written again, and its write statement reads them there (graphWrites.ts).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { RelationshipType } from '@polder/graph-schema';
import { existingEdgeEntry, type ExistingEdge, type ExistingNode, type ExistingState } from './planWrite.ts';

// Index: entity_provider (migration 002).
export async function readProviderState(tx: ManagedTransaction, provider: string): Promise<ExistingState> {
  const nodes = new Map<string, ExistingNode>();
  const edges = new Map<string, ExistingEdge>();
  const result = await tx.run(
    `MATCH (n:Entity {provider: $provider}) WHERE NOT n:Incident
     RETURN n.urn AS urn, n.contentHash AS hash, n.status AS status,
            [(n)-[r]->(b:Entity) WHERE r.provider = $provider | [type(r), b.urn, r.contentHash]] AS edges`,
    { provider },
  );
  for (const record of result.records) {
    const from = record.get('urn') as string;
    nodes.set(from, { hash: record.get('hash'), status: record.get('status') });
    for (const [type, to, hash] of record.get('edges') as Array<[RelationshipType, string, string | null]>) edges.set(...existingEdgeEntry({ type, from, to, hash }));
  }
  return { nodes, edges };
}
