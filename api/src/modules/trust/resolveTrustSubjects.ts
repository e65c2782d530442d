/**
 * Turns the URNs queued in the trust outbox into the assets to score: a dataset or a
 * data product is itself; a quality check the datasets it CHECKS (and, for a contract's
 * rule, the crawled tables its schema object DESCRIBES); a check result its check's
 * datasets; an incident the assets it is ABOUT. One query per batch.
 */
import type { ManagedTransaction } from 'neo4j-driver';

// Constraint: entity_urn (migration 001).
const RESOLVE = `
UNWIND $urns AS urn
MATCH (n:Entity {urn: urn})
CALL (n) {
  WITH * WHERE n:Dataset OR n:DataProduct
  RETURN n AS subject
  UNION
  MATCH (n:QualityCheck)-[:CHECKS]->(subject:Dataset)
  RETURN subject
  UNION
  MATCH (n:QualityCheck)-[:CHECKS]->(:Dataset)-[:DESCRIBES]->(subject:Dataset)
  RETURN subject
  UNION
  MATCH (n:CheckResult)-[:RESULT_OF]->(:QualityCheck)-[:CHECKS]->(subject:Dataset)
  RETURN subject
  UNION
  MATCH (n:CheckResult)-[:RESULT_OF]->(:QualityCheck)-[:CHECKS]->(:Dataset)-[:DESCRIBES]->(subject:Dataset)
  RETURN subject
  UNION
  MATCH (n:Incident)-[:ABOUT]->(subject) WHERE subject:Dataset OR subject:DataProduct
  RETURN subject
}
WITH DISTINCT subject WHERE subject.status = 'ACTIVE'
RETURN subject.urn AS urn, subject:Dataset AS isDataset`;

export async function resolveTrustSubjects(tx: ManagedTransaction, urns: string[]): Promise<{ datasets: string[]; dataProducts: string[] }> {
  const { records } = await tx.run(RESOLVE, { urns });
  const datasets: string[] = [];
  const dataProducts: string[] = [];
  for (const record of records) (record.get('isDataset') ? datasets : dataProducts).push(record.get('urn') as string);
  return { datasets, dataProducts };
}
