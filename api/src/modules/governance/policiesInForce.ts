/**
 * The policy set in force is the one stored on the graph (applyPolicySet.ts), not
 * whatever polder.yaml says right now: an invalid edit of polder.yaml is refused
 * and the stored set keeps being enforced.
 */
import type { Policy } from '@polder/runtime';
import type { ManagedTransaction } from 'neo4j-driver';

export async function policiesInForce(tx: ManagedTransaction): Promise<Policy[]> {
  const { records } = await tx.run(`MATCH (p:Policy) WHERE p.status = 'ACTIVE' RETURN p.definition AS definition ORDER BY p.id`);
  return records.map((record) => JSON.parse(record.get('definition') as string) as Policy);
}
