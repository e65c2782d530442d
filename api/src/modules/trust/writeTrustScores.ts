/**
 * Stores a batch of computed scores in one UNWIND statement:
 *
 * - on the asset: `trustScore` (which the search documents read), `trustComputedAt`,
 *   and `trustExplanation` (components and evidence, as JSON);
 * - when the score changed: a `(:TrustScore {subjectUrn, score, previousScore, computedAt})`
 *   history entry, the search document re-queued, the asset queued in the policy outbox
 *   (a policy may require a least score), and the data products that expose, consume or
 *   build on the dataset queued for their own recomputation;
 * - when the score fell below the certification threshold and the asset holds an active
 *   certification: the certification is suspended (the reason kept beside it), the asset's
 *   edit version bumped so no concurrent edit overwrites it, an audit entry written, and
 *   the asset queued again so its certification component reflects the suspension.
 *   Only an owner's new certification lifts a suspension (setCertification clears it).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { queueOutboxEntry } from '@polder/graph-schema';

/** Who the audit trail names for a suspension. */
export const TRUST_ACTOR = 'polder-trust';

export interface TrustScoreRow {
  urn: string;
  score: number;
  explanation: string;
  /** Set when the score is below the certification threshold. */
  suspensionReason: string | null;
}

// Constraints: entity_urn (001), indexoutbox_urn (001), trustoutbox_urn (006), policyoutbox_urn (007); index trustscore_subject (006).
const WRITE = `
UNWIND $rows AS row
MATCH (n:Entity {urn: row.urn})
WITH n, row, n.trustScore AS previous
SET n.trustScore = row.score, n.trustComputedAt = $now, n.trustExplanation = row.explanation
WITH n, row, previous
CALL (n, row) {
  WITH * WHERE row.suspensionReason IS NOT NULL AND n.editable_certified = true
    AND n.editable_certificationSuspendedAt IS NULL AND n.editable_certificationExpiresAt > $now
  SET n.editable_certificationSuspendedAt = $now, n.editable_certificationSuspendedReason = row.suspensionReason,
      n.editable_version = coalesce(n.editable_version, 0) + 1, n.editable_updatedAt = $now, n.editable_updatedBy = $actor
  CREATE (:Change {urn: 'urn:polder:change:' + randomUUID(), actor: $actor, action: 'suspendCertification', at: $now,
                   before: '{"certificationSuspended":false}', after: '{"certificationSuspended":true}',
                   version: n.editable_version, comment: row.suspensionReason})-[:ABOUT]->(n)
  ${queueOutboxEntry('TrustOutbox', 'again', 'n.urn', '$nowMs')}
  ${queueOutboxEntry('IndexOutbox', 'document', 'n.urn', '$nowMs')}
}
CALL (n, row, previous) {
  WITH * WHERE previous IS NULL OR previous <> row.score
  CREATE (:TrustScore {subjectUrn: n.urn, score: row.score, previousScore: previous, computedAt: $now})
  ${queueOutboxEntry('IndexOutbox', 'document', 'n.urn', '$nowMs')}
  ${queueOutboxEntry('PolicyOutbox', 'policies', 'n.urn', '$nowMs')}
  WITH n
  CALL (n) {
    MATCH (p:DataProduct)-[:EXPOSES|CONSUMES]->(n) RETURN p
    UNION
    MATCH (p:DataProduct)-[:EXPOSES]->(:Dataset)-[:DERIVES_FROM]->(n) RETURN p
  }
  ${queueOutboxEntry('TrustOutbox', 'queued', 'p.urn', '$nowMs')}
}
RETURN count(*) AS written`;

export async function writeTrustScores(tx: ManagedTransaction, rows: TrustScoreRow[], now: Date): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(WRITE, { rows, now: now.toISOString(), nowMs: now.getTime(), actor: TRUST_ACTOR });
}
