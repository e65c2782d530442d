/**
 * Stores what an evaluation found, for the assets it judged, in two batched
 * statements: each violation opens a finding (or refreshes the open one: its
 * severity, message and evidence follow the latest evaluation), and each open
 * finding of a judged asset that was not found again is resolved. A finding is
 * `(:PolicyFinding:Entity)-[:FINDING_OF]->(:Policy)` and `-[:ABOUT]->(asset)`;
 * a finding that opens again later is a new node, so its history (and the
 * compliance trend, complianceTrend.ts) keeps every period it was open.
 */
import { formatUrn, parseUrn } from '@polder/graph-schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { toNumber } from '../trust/neo4jValues.ts';
import type { Violation } from './evaluatePolicies.ts';

export interface FindingCounts {
  opened: number;
  stillOpen: number;
  resolved: number;
}

// Constraints: policy_urn (001); policyfinding_openkey (007): one open finding per policy and asset.
// A policy withdrawn since the evaluation read the policies in force opens no finding any more.
const OPEN = `
UNWIND $violations AS v
MATCH (p:Policy {urn: v.policyUrn}) WHERE p.status = 'ACTIVE'
MERGE (f:PolicyFinding {openKey: v.policyId + '|' + v.assetUrn})
ON CREATE SET f:Entity, f.urn = v.findingUrn, f.policyId = v.policyId, f.assetUrn = v.assetUrn, f.assetType = v.assetType,
              f.state = 'OPEN', f.openedAt = $now, f.status = 'ACTIVE', f.createdAt = $now
WITH p, f, v, f.openedAt = $now AS opened
SET f.severity = v.severity, f.domain = v.domain, f.message = v.message, f.evidence = v.evidence, f.tellsClassification = v.tellsClassification,
    f.lastSeenAt = $now, f.updatedAt = $now
WITH p, f, v, opened
CALL (p, f, v, opened) {
  WITH * WHERE opened
  MATCH (a:Entity {urn: v.assetUrn})
  CREATE (f)-[:FINDING_OF]->(p), (f)-[:ABOUT]->(a)
}
RETURN count(*) AS written, count(CASE WHEN opened THEN 1 END) AS opened`;

// Index: policyfinding_asset (migration 007).
// A finding of a policy the evaluation did not apply was withdrawn after the evaluation read the policies
// in force, and before the withdrawal (applyPolicySet.ts) resolved it: resolved here, it is resolved as that.
const RESOLVE = `
UNWIND $assets AS asset
MATCH (f:PolicyFinding {assetUrn: asset.urn, state: 'OPEN'})
WHERE NOT f.policyId IN asset.failing
SET f.state = 'RESOLVED', f.resolvedAt = $now, f.updatedAt = $now,
    f.resolution = CASE WHEN f.policyId IN $applied THEN 'fixed' ELSE 'policy withdrawn' END
REMOVE f.openKey
RETURN count(f) AS resolved`;

/** `appliedPolicyIds`: the policies the evaluation applied (those in force when it read them). */
export async function writeFindings(tx: ManagedTransaction, judgedAssetUrns: readonly string[], violations: readonly Violation[], appliedPolicyIds: readonly string[], now: Date): Promise<FindingCounts> {
  const at = now.toISOString();
  const failing = new Map<string, string[]>(judgedAssetUrns.map((urn) => [urn, []]));
  for (const violation of violations) failing.get(violation.assetUrn)?.push(violation.policyId);
  const rows = violations.map((violation) => ({
    ...violation,
    evidence: JSON.stringify(violation.evidence),
    policyUrn: formatUrn('policy', violation.policyId),
    findingUrn: formatUrn('policyFinding', violation.policyId, parseUrn(violation.assetUrn), String(now.getTime())),
  }));
  const written = rows.length === 0 ? undefined : (await tx.run(OPEN, { violations: rows, now: at })).records[0];
  const opened = toNumber(written?.get('opened')) ?? 0;
  const resolved = toNumber((await tx.run(RESOLVE, { assets: [...failing].map(([urn, policies]) => ({ urn, failing: policies })), applied: appliedPolicyIds, now: at })).records[0]?.get('resolved')) ?? 0;
  return { opened, stillOpen: (toNumber(written?.get('written')) ?? 0) - opened, resolved };
}
