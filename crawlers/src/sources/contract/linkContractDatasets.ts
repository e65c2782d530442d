/**
 * The contract linker: after a crawl, links each schema object a data contract
 * declares (a `contract` dataset, the promise) with the crawled table it
 * describes, and makes that table an output port of the contract's product (a
 * table of the product's own domain only):
 *
 *   (promise)-[:DESCRIBES {provider: 'contract-link'}]->(table)
 *   (product)-[:EXPOSES   {provider: 'contract-link'}]->(table)
 *
 * A contract and the tables it describes come from different sources, crawled in
 * any order and on their own schedules, so no single crawl can draw these edges:
 * `crawlSource` runs this after every successful crawl, whichever source it was,
 * and it recomputes every link from the graph (README.md, "Matching a contract's
 * dataset with the crawled table", says why this way).
 *
 * Bounded by the contracts, not by the graph: it starts from the data products
 * (a handful), reaches their contract datasets, and looks each candidate table
 * up by `qualifiedName` (index dataset_qualified_name), so a crawl of 10,000
 * tables in a mesh without contracts pays three small reads. One transaction:
 * three reads, then only what changed is written (UNWIND batches), and the
 * products whose output ports changed, and the tables that gained or lost a
 * contract, are queued for search, trust and policies.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { inWriteTransaction } from '@polder/runtime';
import { enqueueSearchDocuments } from '../../writer/outbox.ts';
import { enqueueAssessments } from '../../writer/assessmentOutbox.ts';
import { batches } from '../../writer/graphWrites.ts';
import { crawledTableNames } from './crawledTableNames.ts';
import { planContractLinks, type ContractLink, type ContractMatch } from './planContractLinks.ts';

/** The provider of the linker's edges: no source owns them, so no crawl diff ever removes them. */
export const CONTRACT_LINK_PROVIDER = 'contract-link';

export interface ContractLinkCounts {
  /** Contract datasets that name a server of a store Polder crawls. */
  promises: number;
  /** Of those, how many describe at least one crawled table. */
  matched: number;
  added: number;
  removed: number;
}

// Starts from the few DataProducts rather than from every Dataset. The product is the contract's own (same
// provider): a contract dataset a person made another product's port does not make its table that product's too.
const PROMISES = `
MATCH (p:DataProduct)-[:EXPOSES]->(c:Dataset)
USING SCAN p:DataProduct
WHERE p.status = 'ACTIVE' AND c.status = 'ACTIVE' AND c.platform = 'contract' AND c.servers IS NOT NULL AND p.provider = c.provider
RETURN p.urn AS product, c.urn AS promise, properties(c) AS properties, [(p)-[:IN_DOMAIN]->(home:Domain) | home.id][0] AS domain`;

// Index: dataset_qualified_name (migration 002). A server that pins its Polder source matches that source's table only.
// Only a table of the product's own domain: an output port is what a domain owns (as setOutputPorts requires), and
// a contract's rules run on the tables it describes, so another domain's contract never queries this domain's stores.
const MATCHES = `
UNWIND $names AS name
MATCH (t:Dataset {qualifiedName: name.qualifiedName})
WHERE t.platform = name.platform AND t.status = 'ACTIVE'
  AND (name.source IS NULL OR EXISTS { (t)-[:FROM_SOURCE]->(:Source {id: name.source}) })
  AND EXISTS { (t)-[:IN_DOMAIN]->(:Domain {id: name.domain}) }
RETURN DISTINCT name.product AS product, name.promise AS promise, t.urn AS table`;

const EXISTING = `
MATCH (a:Dataset)-[r:DESCRIBES]->(b:Dataset) WHERE r.provider = $provider
RETURN 'DESCRIBES' AS type, a.urn AS from, b.urn AS to
UNION ALL
MATCH (a:DataProduct)-[r:EXPOSES]->(b:Dataset) WHERE r.provider = $provider
RETURN 'EXPOSES' AS type, a.urn AS from, b.urn AS to`;

// Constraint: entity_urn (migration 001). The relationship types are literals, one statement each.
const ADD: Record<ContractLink['type'], string> = {
  DESCRIBES: `UNWIND $rows AS row
    MATCH (a:Entity {urn: row.from}) MATCH (b:Entity {urn: row.to})
    MERGE (a)-[r:DESCRIBES {provider: $provider}]->(b) ON CREATE SET r.linkedAt = $now`,
  EXPOSES: `UNWIND $rows AS row
    MATCH (a:Entity {urn: row.from}) MATCH (b:Entity {urn: row.to})
    MERGE (a)-[r:EXPOSES {provider: $provider}]->(b) ON CREATE SET r.linkedAt = $now`,
};
const REMOVE: Record<ContractLink['type'], string> = {
  DESCRIBES: `UNWIND $rows AS row
    MATCH (:Entity {urn: row.from})-[r:DESCRIBES {provider: $provider}]->(:Entity {urn: row.to}) DELETE r`,
  EXPOSES: `UNWIND $rows AS row
    MATCH (:Entity {urn: row.from})-[r:EXPOSES {provider: $provider}]->(:Entity {urn: row.to}) DELETE r`,
};

export async function linkContractDatasets(driver: Driver, options: { database?: string; now?: Date } = {}): Promise<ContractLinkCounts> {
  const now = options.now ?? new Date();
  return await inWriteTransaction(driver, options.database, (tx) => relink(tx, now));
}

async function relink(tx: ManagedTransaction, now: Date): Promise<ContractLinkCounts> {
  const promises = (await tx.run(PROMISES)).records.map((record) => ({
    product: record.get('product') as string,
    promise: record.get('promise') as string,
    properties: record.get('properties') as Record<string, unknown>,
    domain: record.get('domain') as string | null,
  }));
  const names = promises.flatMap(({ product, promise, properties, domain }) =>
    crawledTableNames(properties).map(({ platform, qualifiedName, source }) => ({ product, promise, platform, qualifiedName, source, domain })),
  );
  const matches: ContractMatch[] = [];
  for (const batch of batches(names)) {
    const { records } = await tx.run(MATCHES, { names: batch });
    matches.push(...records.map((record) => ({ product: record.get('product'), promise: record.get('promise'), table: record.get('table') })));
  }
  const existing = (await tx.run(EXISTING, { provider: CONTRACT_LINK_PROVIDER })).records.map(
    (record) => ({ type: record.get('type'), from: record.get('from'), to: record.get('to') }) as ContractLink,
  );

  const plan = planContractLinks(matches, existing);
  for (const type of ['DESCRIBES', 'EXPOSES'] as const) {
    for (const rows of batches(plan.remove.filter((link) => link.type === type))) await tx.run(REMOVE[type], { rows, provider: CONTRACT_LINK_PROVIDER });
    for (const rows of batches(plan.add.filter((link) => link.type === type))) await tx.run(ADD[type], { rows, provider: CONTRACT_LINK_PROVIDER, now: now.toISOString() });
  }
  // A table that becomes, or stops being, an output port changes who may see it (private domains): its document too.
  const changed = [...plan.add, ...plan.remove];
  const ports = changed.filter((link) => link.type === 'EXPOSES').map((link) => link.to);
  // A promise linked to its table leaves search (the table is the hit); unlinked, it comes back.
  const describing = changed.filter((link) => link.type === 'DESCRIBES').map((link) => link.from);
  await enqueueSearchDocuments(tx, [...new Set([...plan.products, ...ports, ...describing])], now.getTime());
  // A table that gains or loses a contract is judged again: its trust counts the contract's rules, and the
  // contractConformance requirement compares it with the promise. Not through its product: an unlinked
  // table is no longer among the product's ports when the outbox drains.
  const described = changed.filter((link) => link.type === 'DESCRIBES').map((link) => link.to);
  await enqueueAssessments(tx, [...plan.products, ...described], now.getTime());
  return {
    promises: new Set(names.map((name) => name.promise)).size,
    matched: new Set(matches.map((match) => match.promise)).size,
    added: plan.add.length,
    removed: plan.remove.length,
  };
}
