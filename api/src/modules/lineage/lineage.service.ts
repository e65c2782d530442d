/**
 * Bounded lineage walks: one query per direction. Neo4j's `ANY SHORTEST` search
 * walks breadth-first from the start (it never enumerates every path, so a dense
 * graph cannot explode it), bounded by the depth, and gives each asset its hop
 * count; the node limit cuts the walk nearest first. When the limit cut it, the
 * result says so (`isPartial`). Only active datasets are walked through.
 */
import { isUrn } from '@polder/graph-schema';
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { apiError } from '../../errors.ts';
import { EntityType } from '../entity/entity.type.ts';
import { LineageDirection, type LineageEdge, type LineageInput, type LineageNode, type LineageResult } from './lineage.type.ts';
import type { ImpactInput, ImpactResult } from './impact.type.ts';
import { summariseImpact, type ImpactedDataset } from './countImpact.ts';

export interface LineageLimits {
  maxDepth: number;
  maxNodes: number;
}

interface ReachedRow {
  urn: string;
  name: string;
  qualifiedName: string | null;
  domain: string | null;
  status: string;
  hops: number;
  /** DERIVES_FROM edges from this asset to the assets it derives from (upstream), whoever they are. */
  derivesFrom: Array<{ urn: string; transformation: string | null }>;
}

// Constraint: dataset_urn. The quantified pattern's depth is a validated integer (1..maxDepth),
// the only value spliced into the text: Cypher takes no parameter there.
function walkQuery(direction: 'UPSTREAM' | 'DOWNSTREAM', depth: number): string {
  const hop = direction === 'UPSTREAM' ? "((:Dataset)-[:DERIVES_FROM]->(:Dataset {status: 'ACTIVE'}))" : "((:Dataset)<-[:DERIVES_FROM]-(:Dataset {status: 'ACTIVE'}))";
  return `MATCH (root:Dataset {urn: $urn})
    MATCH path = ANY SHORTEST (root)${hop}{1,${depth}}(n:Dataset)
    WITH n, length(path) AS hops ORDER BY hops, n.qualifiedName LIMIT $limit
    OPTIONAL MATCH (n)-[:IN_DOMAIN]->(d:Domain)
    RETURN n.urn AS urn, n.name AS name, n.qualifiedName AS qualifiedName, d.name AS domain, n.status AS status, hops,
           [(n)-[r:DERIVES_FROM]->(up:Dataset) | {urn: up.urn, transformation: r.transformation}] AS derivesFrom`;
}

export class LineageService {
  constructor(
    private readonly graph: GraphReader,
    private readonly limits: LineageLimits,
  ) {}

  async walk(input: LineageInput): Promise<LineageResult> {
    if (!isUrn(input.urn, 'dataset')) throw apiError('BAD_USER_INPUT', `"${String(input.urn).slice(0, 200)}" is not a dataset URN`, { argument: 'input.urn' });
    if (!Number.isInteger(input.depth) || input.depth < 1 || input.depth > this.limits.maxDepth) {
      throw apiError('BAD_USER_INPUT', `depth must be between 1 and ${this.limits.maxDepth}`, { argument: 'input.depth' });
    }
    const limit = input.limit ?? this.limits.maxNodes;
    if (!Number.isInteger(limit) || limit < 1 || limit > this.limits.maxNodes) {
      throw apiError('BAD_USER_INPUT', `limit must be between 1 and ${this.limits.maxNodes}`, { argument: 'input.limit' });
    }

    const [root] = await this.graph.read<Omit<ReachedRow, 'hops'>>(
      `MATCH (n:Dataset {urn: $urn})
       OPTIONAL MATCH (n)-[:IN_DOMAIN]->(d:Domain)
       RETURN n.urn AS urn, n.name AS name, n.qualifiedName AS qualifiedName, d.name AS domain, n.status AS status,
              [(n)-[r:DERIVES_FROM]->(up:Dataset) | {urn: up.urn, transformation: r.transformation}] AS derivesFrom`,
      { urn: input.urn },
    );
    if (!root) throw apiError('NOT_FOUND', `No dataset ${input.urn}`);

    const nodes = new Map<string, LineageNode>([[root.urn, { urn: root.urn, type: EntityType.DATASET, name: root.name, qualifiedName: root.qualifiedName, domain: root.domain, status: root.status, degree: 0 }]]);
    const reached: Array<Pick<ReachedRow, 'urn' | 'derivesFrom'>> = [root];
    let isPartial = false;
    const directions = input.direction === LineageDirection.BOTH ? (['UPSTREAM', 'DOWNSTREAM'] as const) : ([input.direction] as const);
    for (const direction of directions) {
      const budget = limit - nodes.size;
      // One row more than the budget tells whether the limit cut the walk.
      const rows = budget > 0 ? await this.graph.read<ReachedRow>(walkQuery(direction, input.depth), { urn: root.urn, limit: neo4j.int(budget + 1) }) : [];
      if (rows.length > budget || (budget <= 0 && (await this.hasNeighbour(root.urn, direction)))) isPartial = true;
      const sign = direction === 'UPSTREAM' ? -1 : 1;
      for (const row of rows.slice(0, Math.max(budget, 0))) {
        nodes.set(row.urn, { urn: row.urn, type: EntityType.DATASET, name: row.name, qualifiedName: row.qualifiedName, domain: row.domain, status: row.status, degree: sign * row.hops });
        reached.push(row);
      }
    }

    // Every lineage edge between two assets returned, the start's included.
    const edges = reached.flatMap(({ urn, derivesFrom }) =>
      derivesFrom.filter((up) => nodes.has(up.urn)).map((up) => ({ from: up.urn, to: urn, transformation: up.transformation })),
    );
    return { root: root.urn, nodes: [...nodes.values()], edges: dedupe(edges), isPartial };
  }

  private async hasNeighbour(urn: string, direction: 'UPSTREAM' | 'DOWNSTREAM'): Promise<boolean> {
    const pattern = direction === 'UPSTREAM' ? "(:Dataset {urn: $urn})-[:DERIVES_FROM]->(n:Dataset {status: 'ACTIVE'})" : "(:Dataset {urn: $urn})<-[:DERIVES_FROM]-(n:Dataset {status: 'ACTIVE'})";
    const [row] = await this.graph.read<{ found: boolean }>(`RETURN EXISTS { MATCH ${pattern} } AS found`, { urn });
    return row?.found ?? false;
  }
}

// Constraint: dataset_urn. Product membership through EXPOSES/CONSUMES; owners as readers see them.
const IMPACTED = `UNWIND $urns AS key
  MATCH (d:Dataset {urn: key})
  OPTIONAL MATCH (d)-[:IN_DOMAIN]->(domain:Domain)
  RETURN domain.name AS domain,
         COLLECT { MATCH (p:DataProduct)-[:EXPOSES|CONSUMES]->(d) WHERE p.status = 'ACTIVE' RETURN DISTINCT p.name } AS products,
         coalesce(d.editable_owners, d.owners, CASE WHEN d.owner IS NULL THEN [] ELSE [d.owner] END) AS owners`;

/** Counts what a walk downstream reaches, by domain, product and owner: one walk, then one query. */
export async function impactOf(lineage: LineageService, graph: GraphReader, input: ImpactInput): Promise<ImpactResult> {
  const walk = await lineage.walk({ urn: input.urn, direction: LineageDirection.DOWNSTREAM, depth: input.depth });
  const downstream = walk.nodes.filter((node) => node.degree > 0).map((node) => node.urn);
  const rows = await graph.read<ImpactedDataset>(IMPACTED, { urns: downstream });
  return { root: walk.root, total: downstream.length, isPartial: walk.isPartial, ...summariseImpact(rows) };
}

function dedupe(edges: LineageEdge[]): LineageEdge[] {
  const seen = new Set<string>();
  return edges.filter((edge) => {
    const key = `${edge.from}|${edge.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
