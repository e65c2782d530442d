/**
 * Turns the URNs queued in an assessment outbox (crawlers' assessmentOutbox.ts)
 * into the assets to assess again: a dataset or a data product is itself; a
 * quality check brings the datasets it CHECKS; a check result its check's
 * datasets; an incident the assets it is ABOUT. One query per batch.
 *
 * The two consumers read different facts, so each says which further rules it needs:
 *
 *   rule              what it adds                                                trust  policies
 *   outputPorts       a product's output ports, and a dataset's products          no     yes (port membership is a fact on both sides)
 *   contractTables    for a contract's check (or its result), the crawled         yes    no  (a table's trust counts its contract's checks)
 *                     tables its schema object DESCRIBES
 *   describedTables   for every dataset found, the crawled tables it DESCRIBES     no     yes (a table's contractConformance
 *                     (it is a contract's schema object)                                     compares it with that promise)
 *   includeRemoved    removed datasets and products too                           no     yes (a policy may target them)
 */
import type { ManagedTransaction } from 'neo4j-driver';

export interface SubjectRules {
  outputPorts: boolean;
  contractTables: boolean;
  describedTables: boolean;
  includeRemoved: boolean;
}

export interface AssessmentSubjects {
  datasets: string[];
  dataProducts: string[];
}

// Constraint: entity_urn (migration 001). The rules are parameters: one plan for both consumers.
const RESOLVE = `
UNWIND $urns AS urn
MATCH (n:Entity {urn: urn})
CALL (n) {
  WITH * WHERE n:Dataset OR n:DataProduct
  RETURN n AS subject
  UNION
  WITH * WHERE $outputPorts
  MATCH (n:DataProduct)-[:EXPOSES]->(subject:Dataset)
  RETURN subject
  UNION
  WITH * WHERE $outputPorts
  MATCH (subject:DataProduct)-[:EXPOSES]->(n:Dataset)
  RETURN subject
  UNION
  MATCH (n:QualityCheck)-[:CHECKS]->(subject:Dataset)
  RETURN subject
  UNION
  WITH * WHERE $contractTables
  MATCH (n:QualityCheck)-[:CHECKS]->(:Dataset)-[:DESCRIBES]->(subject:Dataset)
  RETURN subject
  UNION
  MATCH (n:CheckResult)-[:RESULT_OF]->(:QualityCheck)-[:CHECKS]->(subject:Dataset)
  RETURN subject
  UNION
  WITH * WHERE $contractTables
  MATCH (n:CheckResult)-[:RESULT_OF]->(:QualityCheck)-[:CHECKS]->(:Dataset)-[:DESCRIBES]->(subject:Dataset)
  RETURN subject
  UNION
  MATCH (n:Incident)-[:ABOUT]->(subject) WHERE subject:Dataset OR subject:DataProduct
  RETURN subject
}
WITH DISTINCT subject
CALL (subject) {
  RETURN subject AS asset
  UNION
  WITH * WHERE $describedTables
  MATCH (subject:Dataset)-[:DESCRIBES]->(asset:Dataset)
  RETURN asset
}
WITH DISTINCT asset WHERE $includeRemoved OR asset.status = 'ACTIVE'
RETURN asset.urn AS urn, asset:Dataset AS isDataset`;

export async function resolveAssessmentSubjects(tx: ManagedTransaction, urns: string[], rules: SubjectRules): Promise<AssessmentSubjects> {
  const { records } = await tx.run(RESOLVE, { urns, ...rules });
  const datasets: string[] = [];
  const dataProducts: string[] = [];
  for (const record of records) (record.get('isDataset') ? datasets : dataProducts).push(record.get('urn') as string);
  return { datasets, dataProducts };
}
