/**
 * Writes one run of checks — Polder's own (polder.yaml) or a contract's rules —
 * to the graph in one transaction, one UNWIND statement:
 *
 *   (QualityCheck)-[:CHECKS]->(Dataset|Field)     merged, for a check the run declares
 *   (CheckResult)-[:RESULT_OF]->(QualityCheck)    created: one per run, kept as history
 *   (Incident)-[:RAISED_BY]->(QualityCheck)       opened by a failure, resolved by a pass
 *   (Incident)-[:ABOUT]->(Dataset|Field)          the row's `aboutUrns` that are in the graph
 *
 * Who owns the QualityCheck is the one difference, and each row says it:
 *
 * - `declaredCheck` set (polder.yaml's checks): the run declares the check, so
 *   it is merged, its properties and provider set, its CHECKS edges merged. A
 *   check whose dataset has not been crawled yet still records its result; its
 *   CHECKS and ABOUT edges appear on a later run, once the dataset is in the graph.
 * - `declaredCheck` null (a contract's rules): the check belongs to another
 *   provider's crawl (`contract:<id>`), which must keep it; it is only matched,
 *   ACTIVE, never created nor set (a rule removed since it was read gets no
 *   result: `missingChecks`). The row's provider (`contract-check:<id>`) writes
 *   the result and the incident, so the contract's crawl does not remove them.
 *
 * Either way the check's write lock is taken first (by setting its properties,
 * or a property set and removed at once), so two runs of one check (the CLI
 * beside the scheduler) take turns and the second sees the incident the first
 * opened.
 *
 * A check has at most one OPEN incident: a failure opens one only when none is
 * open, and otherwise counts on the open one (lastFailedAt, failureCount,
 * message); a pass resolves it. An ERROR leaves it as it is: a query that could
 * not run says nothing about the data. (Results a crawl brings, from dbt or
 * OpenLineage, keep the same rules in reconcileIncidents.ts, judged by the
 * newest result rather than the one written, since they may arrive out of order.)
 */
// Constraints: qualitycheck_urn, checkresult_urn (migration 001), incident_urn (migration 004), entity_urn (001).
import type { Driver } from 'neo4j-driver';
import { inWriteTransaction } from '@polder/runtime';
import type { PropertyMap } from '@polder/graph-schema';
import { enqueueAssessments } from '../writer/assessmentOutbox.ts';
import type { CheckOutcome } from './CheckRunResult.ts';

/** A check as the run that writes its result declares it. */
export interface DeclaredCheck {
  properties: PropertyMap;
  /** The Dataset, and the Field for a column check: what the check CHECKS. */
  targetUrns: string[];
}

export interface CheckResultRow {
  checkUrn: string;
  /** Who writes the result and its incident (and the check, when declared). */
  provider: string;
  outcome: CheckOutcome;
  /** Set: this run declares the check and owns it. Null: another provider's crawl owns it; it is only matched. */
  declaredCheck: DeclaredCheck | null;
  resultUrn: string;
  resultProps: PropertyMap;
  /** Used only if this run opens an incident. */
  incidentUrn: string;
  incidentTitle: string;
  /** What a new incident is ABOUT (those of them in the graph, Datasets and Fields). */
  aboutUrns: string[];
  /** Whose trust and policies a new result may move. */
  assessedUrns: string[];
}

export interface CheckWriteCounts {
  results: number;
  incidentsOpened: number;
  incidentsStillOpen: number;
  incidentsResolved: number;
  /** Declared checks whose dataset (or field) is not in the graph, so they hang from nothing yet. */
  missingTargets: number;
  /** Their URNs, for a message that names them. */
  checksMissingTargets: string[];
  /** Checks not declared by the run and removed from the graph (a contract crawl) between reading and writing: their results are dropped. */
  missingChecks: number;
}

const WRITE_RUN = `
UNWIND $rows AS row
CALL (row) {
  WITH * WHERE row.declaredCheck IS NOT NULL
  MERGE (c:QualityCheck {urn: row.checkUrn})
    ON CREATE SET c:Entity, c.createdAt = $now
  SET c += row.declaredCheck.properties, c.provider = row.provider, c.status = 'ACTIVE', c.updatedAt = $now, c.removedAt = null
  WITH c, row
  CALL (c, row) {
    UNWIND row.declaredCheck.targetUrns AS targetUrn
    OPTIONAL MATCH (t:Entity {urn: targetUrn}) WHERE t:Dataset OR t:Field
    FOREACH (target IN CASE WHEN t IS NULL THEN [] ELSE [t] END | MERGE (c)-[:CHECKS {provider: row.provider}]->(target))
    RETURN count(t) AS found
  }
  RETURN c, size(row.declaredCheck.targetUrns) - found AS missingTargets
  UNION ALL
  WITH * WHERE row.declaredCheck IS NULL
  MATCH (c:QualityCheck {urn: row.checkUrn}) WHERE c.status = 'ACTIVE'
  SET c.polderRunLock = true REMOVE c.polderRunLock
  RETURN c, 0 AS missingTargets
}
CREATE (r:CheckResult:Entity {urn: row.resultUrn})
SET r += row.resultProps, r.checkUrn = c.urn, r.provider = row.provider, r.status = 'ACTIVE', r.createdAt = $now, r.updatedAt = $now
CREATE (r)-[:RESULT_OF {provider: row.provider}]->(c)
WITH c, row, missingTargets
OPTIONAL MATCH (open:Incident {state: 'OPEN'})-[:RAISED_BY]->(c)
WITH c, row, missingTargets, collect(open) AS openIncidents
CALL (c, row, openIncidents) {
  WITH * WHERE row.outcome = 'FAIL' AND size(openIncidents) = 0
  CREATE (i:Incident:Entity {urn: row.incidentUrn})
  SET i.title = row.incidentTitle, i.state = 'OPEN', i.openedAt = row.resultProps.evaluatedAt,
      i.lastFailedAt = row.resultProps.evaluatedAt, i.failureCount = 1, i.message = row.resultProps.message,
      i.provider = row.provider, i.status = 'ACTIVE', i.createdAt = $now, i.updatedAt = $now
  CREATE (i)-[:RAISED_BY {provider: row.provider}]->(c)
  WITH i, row
  UNWIND row.aboutUrns AS aboutUrn
  MATCH (about:Entity {urn: aboutUrn}) WHERE about:Dataset OR about:Field
  CREATE (i)-[:ABOUT {provider: row.provider}]->(about)
}
CALL (row, openIncidents) {
  UNWIND openIncidents AS i
  WITH i, row WHERE row.outcome = 'FAIL'
  SET i.lastFailedAt = row.resultProps.evaluatedAt, i.failureCount = i.failureCount + 1, i.message = row.resultProps.message, i.updatedAt = $now
}
CALL (row, openIncidents) {
  UNWIND openIncidents AS i
  WITH i, row WHERE row.outcome = 'PASS'
  SET i.state = 'RESOLVED', i.resolvedAt = row.resultProps.evaluatedAt, i.resolution = 'PASSED', i.updatedAt = $now
}
RETURN row.outcome AS outcome, size(openIncidents) AS wasOpen, missingTargets, c.urn AS checkUrn`;

export async function writeCheckResults(driver: Driver, rows: readonly CheckResultRow[], options: { database?: string; now?: Date } = {}): Promise<CheckWriteCounts> {
  const counts: CheckWriteCounts = { results: 0, incidentsOpened: 0, incidentsStillOpen: 0, incidentsResolved: 0, missingTargets: 0, checksMissingTargets: [], missingChecks: 0 };
  if (rows.length === 0) return counts;
  const now = options.now ?? new Date();
  const records = await inWriteTransaction(driver, options.database, async (tx) => {
    const written = (await tx.run(WRITE_RUN, { rows, now: now.toISOString() })).records;
    // A new result moves the trust score of what the check is about, in the same transaction.
    await enqueueAssessments(tx, rows.flatMap((row) => row.assessedUrns), now.getTime());
    return written;
  });
  for (const record of records) {
    const outcome = record.get('outcome') as string;
    const wasOpen = toNumber(record.get('wasOpen'));
    counts.results++;
    if (toNumber(record.get('missingTargets')) > 0) counts.checksMissingTargets.push(record.get('checkUrn') as string);
    if (outcome === 'FAIL' && wasOpen === 0) counts.incidentsOpened++;
    if ((outcome === 'FAIL' || outcome === 'ERROR') && wasOpen > 0) counts.incidentsStillOpen++;
    if (outcome === 'PASS' && wasOpen > 0) counts.incidentsResolved++;
  }
  counts.missingTargets = counts.checksMissingTargets.length;
  counts.missingChecks = rows.length - counts.results;
  return counts;
}

// Neo4j integers arrive as the driver's Integer unless the driver was told otherwise.
function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number((value as { toNumber(): number }).toNumber());
}
