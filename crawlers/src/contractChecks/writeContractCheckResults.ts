/**
 * Writes one run of contract rules to the graph in one transaction, one UNWIND
 * statement, with the result and incident rules of Polder's own checks
 * (writeCheckResults.ts):
 *
 *   (CheckResult)-[:RESULT_OF]->(QualityCheck)   created: one per run, kept as history
 *   (Incident)-[:RAISED_BY]->(QualityCheck)      opened by a failure, resolved by a pass
 *   (Incident)-[:ABOUT]->(Dataset|Field)         the contract's dataset (and field) AND the crawled table (and column)
 *
 * A rule has at most one OPEN incident: a failure opens one only when none is
 * open, and otherwise counts on the open one; a pass resolves it; an ERROR leaves
 * it as it is.
 *
 * Why not writeCheckResults itself: a contract's QualityCheck belongs to the
 * contract crawl (provider `contract:<id>`). Merging it and setting its
 * properties and provider, as that statement does for the checks of polder.yaml,
 * would take it from its crawl; here it is only matched, never created (a rule
 * removed since it was read gets no result), and its incident is about more than
 * what it CHECKS. The write lock on the check is taken first, with a property
 * set and removed at once, so two runs of one rule (the CLI beside the
 * scheduler) take turns and the second sees the incident the first opened.
 */
// Constraints: qualitycheck_urn, checkresult_urn (migration 001), incident_urn (migration 004), entity_urn (001).
import type { Driver } from 'neo4j-driver';
import { enqueueAssessments } from '../writer/assessmentOutbox.ts';
import type { ContractResultRow } from './contractResultRows.ts';

export interface ContractCheckWriteCounts {
  results: number;
  incidentsOpened: number;
  incidentsStillOpen: number;
  incidentsResolved: number;
  /** Rules removed from the graph (a contract crawl) between reading and writing: their results are dropped. */
  missingChecks: number;
}

const WRITE_RUN = `
UNWIND $rows AS row
MATCH (c:QualityCheck {urn: row.checkUrn}) WHERE c.status = 'ACTIVE'
SET c.polderRunLock = true REMOVE c.polderRunLock
WITH c, row
CREATE (r:CheckResult:Entity {urn: row.resultUrn})
SET r += row.resultProps, r.provider = row.provider, r.status = 'ACTIVE', r.createdAt = $now, r.updatedAt = $now
CREATE (r)-[:RESULT_OF {provider: row.provider}]->(c)
WITH c, row
OPTIONAL MATCH (open:Incident {state: 'OPEN'})-[:RAISED_BY]->(c)
WITH c, row, collect(open) AS openIncidents
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
  SET i.state = 'RESOLVED', i.resolvedAt = row.resultProps.evaluatedAt, i.updatedAt = $now
}
RETURN row.outcome AS outcome, size(openIncidents) AS wasOpen`;

export async function writeContractCheckResults(
  driver: Driver,
  rows: readonly ContractResultRow[],
  options: { database?: string; now?: Date } = {},
): Promise<ContractCheckWriteCounts> {
  const counts: ContractCheckWriteCounts = { results: 0, incidentsOpened: 0, incidentsStillOpen: 0, incidentsResolved: 0, missingChecks: 0 };
  if (rows.length === 0) return counts;
  const session = driver.session({ database: options.database });
  try {
    const now = options.now ?? new Date();
    const records = await session.executeWrite(async (tx) => {
      const written = (await tx.run(WRITE_RUN, { rows, now: now.toISOString() })).records;
      // A new result moves the trust score of the contract's dataset and of the tables it ran on, in the same transaction.
      await enqueueAssessments(tx, rows.flatMap((row) => row.assessedUrns), now.getTime());
      return written;
    });
    for (const record of records) {
      const outcome = record.get('outcome') as string;
      const wasOpen = Number(record.get('wasOpen'));
      counts.results++;
      if (outcome === 'FAIL' && wasOpen === 0) counts.incidentsOpened++;
      if ((outcome === 'FAIL' || outcome === 'ERROR') && wasOpen > 0) counts.incidentsStillOpen++;
      if (outcome === 'PASS' && wasOpen > 0) counts.incidentsResolved++;
    }
    counts.missingChecks = rows.length - counts.results;
    return counts;
  } finally {
    await session.close();
  }
}
