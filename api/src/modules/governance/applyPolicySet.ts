/**
 * Puts a validated policy set in force, in one transaction: each policy becomes
 * (or updates) a `(:Policy:Entity)` node holding its definition; a policy no
 * longer in the set is withdrawn (status REMOVED) and its open findings resolved
 * as withdrawn; a refusal of an earlier set (policySetRejection.ts) is
 * forgotten. Findings of the new set appear when it is evaluated
 * (PolicyEvaluator.evaluateAll), which the callers run right after.
 */
import { formatUrn } from '@polder/graph-schema';
import { inWriteTransaction, type PolicySet } from '@polder/runtime';
import type { Driver } from 'neo4j-driver';
import { clearPolicySetRejection } from './policySetRejection.ts';

export interface AppliedPolicies {
  added: string[];
  changed: string[];
  withdrawn: string[];
  unchanged: number;
}

// Constraint: policy_urn (migration 001).
const APPLY = `
UNWIND $rows AS row
MERGE (p:Policy {urn: row.urn})
ON CREATE SET p:Entity, p.createdAt = $now
// A withdrawn policy put in force again is added back, not "unchanged", whatever its definition.
WITH p, row, CASE WHEN p.status = 'ACTIVE' THEN p.definition END AS before
SET p.id = row.id, p.description = row.description, p.severity = row.severity, p.rationale = row.rationale,
    p.domain = row.domain, p.targetDomains = row.targetDomains, p.targetClassifications = row.targetClassifications, p.definition = row.definition, p.status = 'ACTIVE',
    p.updatedAt = CASE WHEN before = row.definition THEN p.updatedAt ELSE $now END
RETURN row.id AS id, CASE WHEN before IS NULL THEN 'added' WHEN before = row.definition THEN 'unchanged' ELSE 'changed' END AS outcome`;

const WITHDRAW = `
MATCH (p:Policy) WHERE p.status = 'ACTIVE' AND NOT p.id IN $ids
SET p.status = 'REMOVED', p.updatedAt = $now
WITH p
CALL (p) {
  MATCH (f:PolicyFinding {policyId: p.id, state: 'OPEN'})
  SET f.state = 'RESOLVED', f.resolvedAt = $now, f.updatedAt = $now, f.resolution = 'policy withdrawn'
  REMOVE f.openKey
}
RETURN p.id AS id`;

export async function applyPolicySet(driver: Driver, set: PolicySet, options: { database?: string; now?: Date } = {}): Promise<AppliedPolicies> {
  const now = (options.now ?? new Date()).toISOString();
  const rows = set.policies.map((policy) => ({
    urn: formatUrn('policy', policy.id),
    id: policy.id,
    description: policy.description,
    severity: policy.severity,
    rationale: policy.rationale,
    domain: policy.domain,
    // Which domains' compliance it measures (null: every domain's), readable in Cypher: the trend of a
    // domain counts from the first policy that applies to it (governance.service.ts).
    targetDomains: policy.target.domains?.length ? policy.target.domains : null,
    // Which classifications it selects by (null: none): its findings on a restricted dataset would tell them,
    // so they are shown only to those who may see that dataset's classifications (governance.service.ts).
    targetClassifications: policy.target.classifications?.length ? policy.target.classifications : null,
    definition: JSON.stringify(policy),
  }));
  return await inWriteTransaction(driver, options.database, async (tx) => {
    const applied = await tx.run(APPLY, { rows, now });
    const withdrawn = await tx.run(WITHDRAW, { ids: rows.map((row) => row.id), now });
    await clearPolicySetRejection(tx);
    const outcomes = applied.records.map((record) => ({ id: record.get('id') as string, outcome: record.get('outcome') as string }));
    return {
      added: outcomes.filter((row) => row.outcome === 'added').map((row) => row.id),
      changed: outcomes.filter((row) => row.outcome === 'changed').map((row) => row.id),
      withdrawn: withdrawn.records.map((record) => record.get('id') as string),
      unchanged: outcomes.filter((row) => row.outcome === 'unchanged').length,
    };
  });
}
