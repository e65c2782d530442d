/**
 * An open incident is resolved by a passing run of its check. A check that is gone (a polder.yaml
 * check taken out of the file, a dbt test out of the project, a contract rule out of the contract)
 * has no more runs, so its incident would stay open for ever, and keep counting against the trust
 * score of what it is about. When a check stops being ACTIVE, its open incident is resolved with
 * `resolution: 'CHECK_REMOVED'` (a passing run's is 'PASSED'), so the history says why.
 */
import type { ManagedTransaction } from 'neo4j-driver';

// Constraint: qualitycheck_urn (migration 001).
const RESOLVE = `
UNWIND $checkUrns AS checkUrn
MATCH (i:Incident {state: 'OPEN'})-[:RAISED_BY]->(c:QualityCheck {urn: checkUrn}) WHERE c.status <> 'ACTIVE'
SET i.state = 'RESOLVED', i.resolvedAt = $now, i.resolution = 'CHECK_REMOVED', i.updatedAt = $now
WITH i
MATCH (i)-[:ABOUT]->(about)
RETURN DISTINCT about.urn AS urn`;

/** Resolves the open incidents of these checks that are no longer ACTIVE; returns the assets they were about. */
export async function resolveIncidentsOfRemovedChecks(tx: ManagedTransaction, checkUrns: readonly string[], now: string): Promise<string[]> {
  if (checkUrns.length === 0) return [];
  const { records } = await tx.run(RESOLVE, { checkUrns, now });
  return records.map((record) => record.get('urn') as string);
}
