/**
 * Reads what the trust scores of a batch of data products depend on, in one
 * query: their own documentation, owners, certification and open incidents (on
 * the product or an output port), and the current scores of their output ports
 * (a contract object linked to the crawled table it describes counts as that table)
 * and of their upstream (input ports, and what the output ports derive from
 * outside the product).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { DataProductTrustInputs, ScoredAsset } from './TrustInputs.ts';
import { CERTIFICATION_PROJECTION, certificationState } from './certificationState.ts';
import { toNumber } from './neo4jValues.ts';

// Constraint: dataproduct_urn (migration 001).
const READ = `
UNWIND $urns AS urn
MATCH (p:DataProduct {urn: urn}) WHERE p.status = 'ACTIVE'
RETURN p.urn AS urn,
       coalesce(p.editable_description, p.description) AS description,
       coalesce(p.editable_owners, p.owners, []) + [(p)-[:OWNED_BY]->(o) | coalesce(o.name, o.urn)] AS owners,
       p ${CERTIFICATION_PROJECTION} AS certification,
       [(i:Incident)-[:ABOUT]->(p) WHERE i.state = 'OPEN' AND i.status = 'ACTIVE' | {urn: i.urn, title: coalesce(i.title, i.urn)}]
         + [(p)-[:EXPOSES]->(:Dataset)<-[:ABOUT]-(i:Incident) WHERE i.state = 'OPEN' AND i.status = 'ACTIVE' | {urn: i.urn, title: coalesce(i.title, i.urn)}] AS openIncidents,
       // A contract's schema object that describes a table the product exposes is that table's promise, not a port of its own.
       [(p)-[:EXPOSES]->(d:Dataset) WHERE d.status = 'ACTIVE' AND NOT EXISTS { (d)-[:DESCRIBES]->(:Dataset)<-[:EXPOSES]-(p) }
          | {urn: d.urn, name: d.name, score: d.trustScore}] AS outputPorts,
       [(p)-[:CONSUMES]->(d:Dataset) WHERE d.status = 'ACTIVE' | {urn: d.urn, name: d.name, score: d.trustScore}]
         + [(p)-[:EXPOSES]->(:Dataset)-[:DERIVES_FROM]->(u:Dataset) WHERE u.status = 'ACTIVE' AND NOT (p)-[:EXPOSES]->(u) | {urn: u.urn, name: u.name, score: u.trustScore}] AS upstream`;

export async function readDataProductTrustInputs(tx: ManagedTransaction, urns: string[]): Promise<DataProductTrustInputs[]> {
  if (urns.length === 0) return [];
  const { records } = await tx.run(READ, { urns });
  return records.map((record) => ({
    urn: record.get('urn'),
    description: record.get('description'),
    owners: [...new Set(record.get('owners') as string[])],
    certification: certificationState(record.get('certification')),
    openIncidents: [...new Map((record.get('openIncidents') as Array<{ urn: string; title: string }>).map((incident) => [incident.urn, incident])).values()],
    outputPorts: scored(record.get('outputPorts')),
    upstream: scored(record.get('upstream')),
  }));
}

function scored(rows: Array<{ urn: string; name: string; score: unknown }>): ScoredAsset[] {
  const byUrn = new Map(rows.map((row) => [row.urn, { urn: row.urn, name: row.name, score: toNumber(row.score) }]));
  return [...byUrn.values()].sort((a, b) => a.urn.localeCompare(b.urn));
}
