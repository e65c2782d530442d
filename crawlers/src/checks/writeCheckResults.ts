/**
 * Writes one run of checks to the graph in one transaction, one UNWIND statement:
 *
 *   (QualityCheck)-[:CHECKS]->(Dataset|Field)     merged: the check as declared
 *   (CheckResult)-[:RESULT_OF]->(QualityCheck)    created: one per run, kept as history
 *   (Incident)-[:RAISED_BY]->(QualityCheck)       opened by a failure, resolved by a pass
 *   (Incident)-[:ABOUT]->(Dataset|Field)
 *
 * A check has at most one OPEN incident: a failure opens one only when none is
 * open, and otherwise counts on the open one (lastFailedAt, failureCount,
 * message); a pass resolves it. An ERROR leaves it as it is: a query that could
 * not run says nothing about the data.
 *
 * Setting the QualityCheck's properties comes first and takes its write lock, so
 * two runs of the same check (the CLI beside the scheduler) take turns, and the
 * second sees the incident the first opened.
 *
 * A check whose dataset has not been crawled yet still records its result; its
 * CHECKS and ABOUT edges appear on a later run, once the dataset is in the graph.
 */
// Constraints: qualitycheck_urn, checkresult_urn (migration 001), incident_urn (migration 004).
import type { Driver } from 'neo4j-driver';
import { enqueueAssessments } from '../writer/assessmentOutbox.ts';
import type { CheckGraphRow } from './checkGraphRows.ts';

export interface CheckWriteCounts {
  results: number;
  incidentsOpened: number;
  incidentsStillOpen: number;
  incidentsResolved: number;
  /** Checks whose dataset (or field) is not in the graph, so they hang from nothing yet. */
  missingTargets: number;
}

const WRITE_RUN = `
UNWIND $rows AS row
MERGE (c:QualityCheck {urn: row.checkUrn})
  ON CREATE SET c:Entity, c.createdAt = $now
SET c += row.checkProps, c.provider = row.provider, c.status = 'ACTIVE', c.updatedAt = $now, c.removedAt = null
WITH c, row
CALL (c, row) {
  UNWIND row.targetUrns AS targetUrn
  OPTIONAL MATCH (t:Entity {urn: targetUrn}) WHERE t:Dataset OR t:Field
  FOREACH (target IN CASE WHEN t IS NULL THEN [] ELSE [t] END | MERGE (c)-[:CHECKS {provider: row.provider}]->(target))
  RETURN collect(t) AS targets
}
WITH c, row, targets, size(row.targetUrns) - size(targets) AS missingTargets
CREATE (r:CheckResult:Entity {urn: row.resultUrn})
SET r += row.resultProps, r.provider = row.provider, r.status = 'ACTIVE', r.createdAt = $now, r.updatedAt = $now
CREATE (r)-[:RESULT_OF {provider: row.provider}]->(c)
WITH c, row, targets, missingTargets
OPTIONAL MATCH (open:Incident {state: 'OPEN'})-[:RAISED_BY]->(c)
WITH c, row, targets, missingTargets, collect(open) AS openIncidents
CALL (c, row, targets, openIncidents) {
  WITH * WHERE row.outcome = 'FAIL' AND size(openIncidents) = 0
  CREATE (i:Incident:Entity {urn: row.incidentUrn})
  SET i.title = row.incidentTitle, i.state = 'OPEN', i.openedAt = row.resultProps.evaluatedAt,
      i.lastFailedAt = row.resultProps.evaluatedAt, i.failureCount = 1, i.message = row.resultProps.message,
      i.provider = row.provider, i.status = 'ACTIVE', i.createdAt = $now, i.updatedAt = $now
  CREATE (i)-[:RAISED_BY {provider: row.provider}]->(c)
  FOREACH (target IN targets | CREATE (i)-[:ABOUT {provider: row.provider}]->(target))
}
CALL (row, openIncidents) {
  UNWIND openIncidents AS i
  WITH i, row WHERE row.outcome = 'FAIL'
  SET i.lastFailedAt = row.resultProps.evaluatedAt, i.failureCount = i.failureCount + 1, i.message = row.resultProps.message, i.updatedAt = $now
}
CALL (row, openIncidents) {
  UNWIND openIncidents AS i
  WITH i, row WHERE row.outcome = 'PASS'
  SET i.state = 'RESOLVED', i.resolvedAt = row.resultProps.evaluatedAt, i.updatedAt = $now
}
RETURN row.outcome AS outcome, size(openIncidents) AS wasOpen, missingTargets`;

export async function writeCheckResults(driver: Driver, rows: readonly CheckGraphRow[], options: { database?: string; now?: Date } = {}): Promise<CheckWriteCounts> {
  const counts: CheckWriteCounts = { results: 0, incidentsOpened: 0, incidentsStillOpen: 0, incidentsResolved: 0, missingTargets: 0 };
  if (rows.length === 0) return counts;
  const session = driver.session({ database: options.database });
  try {
    const now = options.now ?? new Date();
    const records = await session.executeWrite(async (tx) => {
      const written = (await tx.run(WRITE_RUN, { rows, now: now.toISOString() })).records;
      // A new result moves the trust score of what the check is about, in the same transaction.
      await enqueueAssessments(tx, rows.flatMap((row) => row.targetUrns), now.getTime());
      return written;
    });
    for (const record of records) {
      const outcome = record.get('outcome') as string;
      const wasOpen = toNumber(record.get('wasOpen'));
      counts.results++;
      counts.missingTargets += toNumber(record.get('missingTargets')) > 0 ? 1 : 0;
      if (outcome === 'FAIL' && wasOpen === 0) counts.incidentsOpened++;
      if ((outcome === 'FAIL' || outcome === 'ERROR') && wasOpen > 0) counts.incidentsStillOpen++;
      if (outcome === 'PASS' && wasOpen > 0) counts.incidentsResolved++;
    }
    return counts;
  } finally {
    await session.close();
  }
}

// Neo4j integers arrive as the driver's Integer unless the driver was told otherwise.
function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number((value as { toNumber(): number }).toNumber());
}
