/**
 * Turns the URNs queued in the policy outbox into the assets to judge again: a
 * dataset or a data product is itself (removed ones too: a policy may target
 * them); a product also brings its output ports and a dataset the products
 * exposing it (port membership is a fact on both sides); a quality check, a
 * check result or an incident brings the assets it is about. One query per batch.
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
  MATCH (n:DataProduct)-[:EXPOSES]->(subject:Dataset)
  RETURN subject
  UNION
  MATCH (subject:DataProduct)-[:EXPOSES]->(n:Dataset)
  RETURN subject
  UNION
  MATCH (n:QualityCheck)-[:CHECKS]->(subject:Dataset)
  RETURN subject
  UNION
  MATCH (n:CheckResult)-[:RESULT_OF]->(:QualityCheck)-[:CHECKS]->(subject:Dataset)
  RETURN subject
  UNION
  MATCH (n:Incident)-[:ABOUT]->(subject) WHERE subject:Dataset OR subject:DataProduct
  RETURN subject
}
WITH DISTINCT subject
RETURN subject.urn AS urn, subject:Dataset AS isDataset`;

export async function resolvePolicySubjects(tx: ManagedTransaction, urns: string[]): Promise<{ datasets: string[]; dataProducts: string[] }> {
  const { records } = await tx.run(RESOLVE, { urns });
  const datasets: string[] = [];
  const dataProducts: string[] = [];
  for (const record of records) (record.get('isDataset') ? datasets : dataProducts).push(record.get('urn') as string);
  return { datasets, dataProducts };
}
