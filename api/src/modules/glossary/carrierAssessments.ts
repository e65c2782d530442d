/**
 * A term's name, synonyms, classifications and status are facts the policies judge the assets carrying it
 * on (governance/readPolicyFacts.ts: a column is PII when its term is). So a write that changes any of them
 * queues, in its own transaction, the assets that carry the term (a dataset itself, or one of its columns)
 * for assessment, as an edit of the asset would (edits/edit.service.ts, crawlers' assessmentOutbox.ts).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { enqueueAssessments } from '@polder/crawlers';

/** The term content the policy facts read (besides the status, which every status change changes). */
const POLICY_FACT_FIELDS = ['name', 'synonyms', 'classifications'] as const;

export function changesPolicyFacts(before: Partial<Record<(typeof POLICY_FACT_FIELDS)[number], unknown>>, after: typeof before): boolean {
  return POLICY_FACT_FIELDS.some((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
}

/**
 * Queues the datasets carrying any of `termUrns` (MEANS from the dataset or from one of its columns), removed
 * ones too (a policy may judge those). Two queries whatever the number of terms and carriers: one read of the
 * distinct datasets, one UNWIND that queues them all (enqueueAssessments).
 * Constraint: glossaryterm_urn (migration 001).
 */
export async function enqueueCarrierAssessments(tx: ManagedTransaction, termUrns: readonly string[], now: number): Promise<void> {
  if (termUrns.length === 0) return;
  const carriers = await tx.run(
    `UNWIND $terms AS term
     MATCH (t:GlossaryTerm {urn: term})
     CALL (t) {
       MATCH (d:Dataset)-[:MEANS]->(t) RETURN d.urn AS dataset
       UNION
       MATCH (d:Dataset)-[:HAS_FIELD]->(:Field)-[:MEANS]->(t) RETURN d.urn AS dataset
     }
     RETURN collect(DISTINCT dataset) AS datasets`,
    { terms: [...termUrns] },
  );
  await enqueueAssessments(tx, (carriers.records[0]?.get('datasets') as string[] | undefined) ?? [], now);
}
