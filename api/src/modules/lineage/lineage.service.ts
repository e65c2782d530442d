/**
 * Bounded lineage walks. The walk goes breadth-first, one query per hop for the
 * whole frontier, so it is bounded by depth and by the node limit at every step:
 * there is no variable-length pattern that could explode on a dense graph.
 * When the limit cuts the walk, the result says so (`isPartial`).
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

interface HopRow {
  from: string;
  urn: string;
  name: string;
  qualifiedName: string | null;
  domain: string | null;
  status: string;
  transformation: string | null;
}

// Constraint: dataset_urn. Upstream follows DERIVES_FROM forward; downstream, backward.
// Removed datasets keep their last edges for history but are not walked through.
const HOP = {
  UPSTREAM: '(a:Dataset {urn: key})-[r:DERIVES_FROM]->(n:Dataset)',
  DOWNSTREAM: '(a:Dataset {urn: key})<-[r:DERIVES_FROM]-(n:Dataset)',
} as const;

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

    const [root] = await this.graph.read<Omit<HopRow, 'from' | 'transformation'>>(
      `MATCH (n:Dataset {urn: $urn})
       OPTIONAL MATCH (n)-[:IN_DOMAIN]->(d:Domain)
       RETURN n.urn AS urn, n.name AS name, n.qualifiedName AS qualifiedName, d.name AS domain, n.status AS status`,
      { urn: input.urn },
    );
    if (!root) throw apiError('NOT_FOUND', `No dataset ${input.urn}`);

    const nodes = new Map<string, LineageNode>([[root.urn, { ...root, type: EntityType.DATASET, degree: 0 }]]);
    const edges: LineageEdge[] = [];
    let isPartial = false;
    const directions =
      input.direction === LineageDirection.BOTH ? (['UPSTREAM', 'DOWNSTREAM'] as const) : ([input.direction] as const);

    for (const direction of directions) {
      const sign = direction === 'UPSTREAM' ? -1 : 1;
      let frontier = [root.urn];
      for (let hop = 1; hop <= input.depth && frontier.length > 0; hop++) {
        // One more row than the remaining budget tells us whether the limit cut the walk.
        const budget = limit - nodes.size;
        const rows = await this.graph.read<HopRow>(
          `UNWIND $frontier AS key
           MATCH ${HOP[direction]}
           WHERE n.status = 'ACTIVE'
           OPTIONAL MATCH (n)-[:IN_DOMAIN]->(d:Domain)
           RETURN a.urn AS from, n.urn AS urn, n.name AS name, n.qualifiedName AS qualifiedName,
                  d.name AS domain, n.status AS status, r.transformation AS transformation
           ORDER BY n.qualifiedName
           LIMIT $rowLimit`,
          { frontier, rowLimit: neo4j.int(Math.max(budget, 0) * 4 + 1) },
        );
        const next: string[] = [];
        for (const row of rows) {
          if (!nodes.has(row.urn)) {
            if (nodes.size >= limit) {
              isPartial = true;
              continue;
            }
            nodes.set(row.urn, { urn: row.urn, type: EntityType.DATASET, name: row.name, qualifiedName: row.qualifiedName, domain: row.domain, status: row.status, degree: sign * hop });
            next.push(row.urn);
          }
          const [from, to] = direction === 'UPSTREAM' ? [row.urn, row.from] : [row.from, row.urn];
          edges.push({ from, to, transformation: row.transformation });
        }
        if (rows.length > Math.max(budget, 0) * 4) isPartial = true;
        frontier = next;
      }
    }

    return {
      root: root.urn,
      nodes: [...nodes.values()],
      edges: dedupe(edges.filter((edge) => nodes.has(edge.from) && nodes.has(edge.to))),
      isPartial,
    };
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
