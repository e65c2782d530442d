/**
 * Incidents from check results a crawl brings (dbt test results, OpenLineage
 * data-quality assertions), the way writeCheckResults keeps them for the checks
 * Polder runs: per check, its newest judging result (PASS or FAIL, by
 * `evaluatedAt`) decides.
 *
 * - FAIL, no open incident: one opens, keyed by that result
 *   (`urn:polder:incident:(<the result's id parts>)`), RAISED_BY the check and
 *   ABOUT what it checks;
 * - FAIL, an open incident: a newer failure counts on it;
 * - PASS, an open incident: it is resolved (at the passing result's time).
 *
 * It reads the newest result rather than the one just written, so results that
 * arrive out of order (OpenLineage events, an old run_results.json crawled late)
 * and a result written twice leave the same incidents. ERROR, WARN and SKIPPED
 * say nothing about the data and change nothing. Runs in the writer's
 * transaction, after the results and their RESULT_OF edges are written.
 */
import type { ManagedTransaction } from 'neo4j-driver';

// Constraints: checkresult_urn (migration 001), incident_urn (migration 004).
const RECONCILE = `
UNWIND $resultUrns AS resultUrn
// The hint: without it, Neo4j was seen scanning every CheckResult's URN for the few written (3,000 read for 1).
MATCH (written:CheckResult {urn: resultUrn})-[:RESULT_OF]->(c:QualityCheck) USING INDEX written:CheckResult(urn)
// What names a result's check for the index on check and time (migration 014), for every source whose results the writer brings.
SET written.checkUrn = c.urn
WITH DISTINCT c
// The newest judging result, read in the order of the index on check and time (checkresult_check_time; ordered by
// check too, or Neo4j sorts the whole history), not a walk of every result.
CALL (c) {
  MATCH (r:CheckResult) WHERE r.checkUrn = c.urn AND r.evaluatedAt IS NOT NULL AND r.outcome IN ['PASS', 'FAIL']
  RETURN r AS latest ORDER BY r.checkUrn DESC, r.evaluatedAt DESC LIMIT 1
}
OPTIONAL MATCH (open:Incident {state: 'OPEN'})-[:RAISED_BY]->(c)
WITH c, latest, collect(open) AS opens
CALL (c, latest, opens) {
  WITH * WHERE latest.outcome = 'FAIL' AND size(opens) = 0
  MERGE (i:Incident {urn: 'urn:polder:incident:' + substring(latest.urn, size('urn:polder:checkResult:'))})
    ON CREATE SET i:Entity, i.title = 'Check ' + coalesce(c.name, c.urn) + ' failed', i.state = 'OPEN', i.openedAt = latest.evaluatedAt,
                  i.lastFailedAt = latest.evaluatedAt, i.failureCount = 1, i.message = latest.message, i.provider = c.provider,
                  i.status = 'ACTIVE', i.createdAt = $now, i.updatedAt = $now
  WITH c, i
  MERGE (i)-[:RAISED_BY {provider: c.provider}]->(c)
  WITH c, i
  MATCH (c)-[:CHECKS]->(target)
  MERGE (i)-[:ABOUT {provider: c.provider}]->(target)
}
CALL (latest, opens) {
  UNWIND opens AS i
  WITH i, latest WHERE latest.outcome = 'FAIL' AND latest.evaluatedAt > i.lastFailedAt
  SET i.lastFailedAt = latest.evaluatedAt, i.failureCount = i.failureCount + 1, i.message = latest.message, i.updatedAt = $now
}
CALL (latest, opens) {
  UNWIND opens AS i
  WITH i, latest WHERE latest.outcome = 'PASS' AND latest.evaluatedAt >= i.lastFailedAt
  SET i.state = 'RESOLVED', i.resolvedAt = latest.evaluatedAt, i.resolution = 'PASSED', i.updatedAt = $now
}
RETURN [(c)-[:CHECKS]->(target) | target.urn] AS targets`;

/** Opens and resolves the incidents of the checks these results belong to; returns the assets whose incidents may have changed. */
export async function reconcileIncidents(tx: ManagedTransaction, resultUrns: readonly string[], now: string): Promise<string[]> {
  if (resultUrns.length === 0) return [];
  const { records } = await tx.run(RECONCILE, { resultUrns, now });
  return [...new Set(records.flatMap((record) => record.get('targets') as string[]))];
}
