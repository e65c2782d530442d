/**
 * Reads data products and what they are made of: the datasets they expose
 * (output ports), those they consume (input ports), the products of a domain
 * or of a dataset, and which contract objects describe which crawled tables.
 * Every method takes a list of keys and sends one query, so the loaders batch a
 * whole GraphQL level.
 */
import type { GraphReader } from '../../graph/GraphReader.ts';
import { toDataset } from '../dataset/dataset.service.ts';
import type { Dataset } from '../dataset/dataset.type.ts';
import type { InputPort } from './inputPort.type.ts';
import { visibleAsset, visibleDataset } from '../access/visibleInCypher.ts';

type Props = Record<string, unknown>;

/** How many hops of lineage an input-port walk follows through the product's own domain. */
export const INPUT_PORT_HOPS = 3;

/**
 * One hop from a product, a domain or a dataset:
 *
 *   outputPorts        product → the datasets it EXPOSES (crawled tables first, then what its contract declares)
 *   productsOfDomain   domain  → its data products
 *   productsOfDataset  dataset → the data products that EXPOSE it
 *   describes          contract dataset → the crawled tables it DESCRIBES
 *   describedBy        crawled table → the contract datasets that describe it
 */
export type ProductNeighbourKind = 'outputPorts' | 'productsOfDomain' | 'productsOfDataset' | 'describes' | 'describedBy';
export interface ProductNeighbourKey {
  urn: string;
  kind: ProductNeighbourKind;
}

// Constraint: entity_urn. Each COLLECT runs only for the kind its key asked for; removed assets are not neighbours.
const NEIGHBOURS = `
UNWIND range(0, size($keys) - 1) AS index
WITH index, $keys[index] AS key
MATCH (n:Entity {urn: key.urn}) WHERE ${visibleAsset('n')}
RETURN index,
  // A port of an active product is visible to all; one of a removed product is a dataset like any other.
  COLLECT { MATCH (n)-[:EXPOSES]->(x:Dataset) WHERE key.kind = 'outputPorts' AND x.status = 'ACTIVE' AND ${visibleDataset('x')}
            WITH DISTINCT x RETURN properties(x) AS related ORDER BY related.platform = 'contract', related.qualifiedName }
  + COLLECT { MATCH (n)<-[:IN_DOMAIN]-(x:DataProduct) WHERE key.kind = 'productsOfDomain' AND x.status = 'ACTIVE'
              RETURN properties(x) AS related ORDER BY toLower(related.name), related.urn }
  + COLLECT { MATCH (n)<-[:EXPOSES]-(x:DataProduct) WHERE key.kind = 'productsOfDataset' AND x.status = 'ACTIVE'
              WITH DISTINCT x RETURN properties(x) AS related ORDER BY toLower(related.name), related.urn }
  + COLLECT { MATCH (n)-[:DESCRIBES]->(x:Dataset) WHERE key.kind = 'describes' AND x.status = 'ACTIVE' AND ${visibleDataset('x')}
              WITH DISTINCT x RETURN properties(x) AS related ORDER BY related.qualifiedName }
  + COLLECT { MATCH (n)<-[:DESCRIBES]-(x:Dataset) WHERE key.kind = 'describedBy' AND x.status = 'ACTIVE' AND ${visibleDataset('x')}
              WITH DISTINCT x RETURN properties(x) AS related ORDER BY related.urn } AS related`;

/**
 * Input ports: what the product declares it CONSUMES, and what its output ports
 * derive from that is someone else's: a dataset another active product exposes,
 * or one of another domain. The walk upstream goes at most INPUT_PORT_HOPS hops
 * and only through the product's own output ports and its domain's internal
 * datasets (exposed by no product), so it stops at the first dataset that
 * belongs to someone else and never wanders across the mesh.
 */
// Constraint: dataproduct_urn (migration 001).
const INPUT_PORTS = `
UNWIND $urns AS urn
MATCH (p:DataProduct {urn: urn})
OPTIONAL MATCH (p)-[:IN_DOMAIN]->(home:Domain)
CALL (p, home) {
  MATCH (p)-[:CONSUMES]->(d:Dataset) WHERE d.status = 'ACTIVE'
  RETURN d, null AS port
  UNION
  MATCH (p)-[:EXPOSES]->(port:Dataset) WHERE port.status = 'ACTIVE'
  MATCH path = (port)-[:DERIVES_FROM*1..${INPUT_PORT_HOPS}]->(d:Dataset)
  WHERE d.status = 'ACTIVE' AND NOT EXISTS { (p)-[:EXPOSES]->(d) }
    AND (NOT EXISTS { (d)-[:IN_DOMAIN]->(home) } OR EXISTS { MATCH (q:DataProduct)-[:EXPOSES]->(d) WHERE q.status = 'ACTIVE' })
    AND all(x IN nodes(path)[1..-1] WHERE x.status = 'ACTIVE' AND (
          EXISTS { (p)-[:EXPOSES]->(x) }
          OR (EXISTS { (x)-[:IN_DOMAIN]->(home) } AND NOT EXISTS { MATCH (q:DataProduct)-[:EXPOSES]->(x) WHERE q.status = 'ACTIVE' })))
  RETURN d, port
}
WITH urn, p, d, port WHERE ${visibleDataset('d')} AND (port IS NULL OR ${visibleDataset('port')})
WITH urn, p, d, collect(DISTINCT port) AS ports
RETURN urn, properties(d) AS dataset, EXISTS { (p)-[:CONSUMES]->(d) } AS declared,
       [port IN ports | properties(port)] AS feeds
ORDER BY urn, dataset.qualifiedName, dataset.urn`;

export class DataProductService {
  constructor(private readonly graph: GraphReader) {}

  async neighbours(keys: readonly ProductNeighbourKey[]): Promise<Props[][]> {
    const rows = await this.graph.read<{ index: number; related: Props[] }>(NEIGHBOURS, { keys: keys.map(({ urn, kind }) => ({ urn, kind })) });
    const found = new Map(rows.map((row) => [row.index, row.related]));
    return keys.map((_, index) => found.get(index) ?? []);
  }

  async inputPorts(productUrns: readonly string[]): Promise<InputPort[][]> {
    const rows = await this.graph.read<{ urn: string; dataset: Props; declared: boolean; feeds: Props[] }>(INPUT_PORTS, { urns: productUrns });
    const byProduct = new Map<string, InputPort[]>(productUrns.map((urn) => [urn, []]));
    for (const row of rows) {
      byProduct.get(row.urn)?.push({ dataset: toDataset(row.dataset), declared: row.declared, feeds: byQualifiedName(row.feeds.map(toDataset)) });
    }
    return productUrns.map((urn) => byProduct.get(urn)!);
  }
}

function byQualifiedName(datasets: Dataset[]): Dataset[] {
  return datasets.sort((a, b) => a.qualifiedName.localeCompare(b.qualifiedName));
}
