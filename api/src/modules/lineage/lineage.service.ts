/**
 * Bounded lineage walks: one query per direction. Neo4j's `ANY SHORTEST` search
 * walks breadth-first from the start (it never enumerates every path, so a dense
 * graph cannot explode it), bounded by the depth, and gives each asset its hop
 * count; the node limit cuts the walk nearest first. When the limit cut it, the
 * result says so (`isPartial`). Only active assets are walked through.
 *
 * Two levels, the same walk: DATASET follows (Dataset)-[:DERIVES_FROM]->(Dataset);
 * FIELD follows (Field)-[:DERIVES_FROM]->(Field), from one column, or from every
 * column of a dataset at once (the pattern's first hop is the dataset's HAS_FIELD,
 * so it is still one breadth-first search from one node).
 */
import { isUrn, parseUrn } from '@polder/graph-schema';
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { apiError } from '../../errors.ts';
import { EntityType } from '../entity/entity.type.ts';
import { LineageDirection, LineageLevel, type LineageEdge, type LineageInput, type LineageNode, type LineageResult } from './lineage.type.ts';
import type { ImpactInput, ImpactResult } from './impact.type.ts';
import { summariseImpact, type ImpactedDataset } from './countImpact.ts';
import { visibleAsset, visibleDataset } from '../access/visibleInCypher.ts';

export interface LineageLimits {
  maxDepth: number;
  maxNodes: number;
}

type Direction = 'UPSTREAM' | 'DOWNSTREAM';

/**
 * An upstream edge as the walk returns it: the upstream asset's URN, the transformation and the
 * confidence. A list, not a map: a 1,000-node walk returns about as many edges, and the driver
 * decodes a map's keys again for each one.
 */
type UpstreamEdge = [urn: string, transformation: string | null, confidence: number | null];

interface ReachedRow {
  urn: string;
  name: string;
  qualifiedName: string | null;
  domain: string | null;
  /** The dataset holding a column; null at DATASET level. */
  datasetUrn: string | null;
  status: string;
  hops: number;
  /** DERIVES_FROM edges from this asset to the assets it derives from (upstream), whoever they are. */
  derivesFrom: UpstreamEdge[];
}

/**
 * Where a walk starts: a dataset (DATASET level), a column, or a dataset whose columns
 * are the start (FIELD level). Labels and patterns here are fixed text, never input.
 */
interface Start {
  /** The label walked. */
  label: 'Dataset' | 'Field';
  /** The start node's label and what it is called in errors. */
  rootLabel: 'Dataset' | 'Field';
  /** The first hop of every path: the dataset's own columns when they are the start. */
  prefix: string;
}

const START_DATASET: Start = { label: 'Dataset', rootLabel: 'Dataset', prefix: '' };
const START_FIELD: Start = { label: 'Field', rootLabel: 'Field', prefix: '' };
const START_FIELDS_OF_DATASET: Start = { label: 'Field', rootLabel: 'Dataset', prefix: "-[:HAS_FIELD]->(:Field {status: 'ACTIVE'})" };

/**
 * What every reached asset returns; a column also its dataset (by the field's `datasetUrn`, constraint dataset_urn).
 * Its upstream edges come unordered (a pattern comprehension costs less than an ordered subquery per node): `walk` keeps the surest.
 */
function reachedColumns(start: Start): string {
  const derivesFrom = `[(n)-[r:DERIVES_FROM]->(up:${start.label}) | [up.urn, r.transformation, r.confidence]] AS derivesFrom`;
  return start.label === 'Dataset'
    ? `OPTIONAL MATCH (n)-[:IN_DOMAIN]->(d:Domain)
       RETURN n.urn AS urn, n.name AS name, n.qualifiedName AS qualifiedName, d.name AS domain, null AS datasetUrn, n.status AS status, hops, ${derivesFrom}`
    : `OPTIONAL MATCH (ds:Dataset {urn: n.datasetUrn})
       OPTIONAL MATCH (ds)-[:IN_DOMAIN]->(d:Domain)
       RETURN n.urn AS urn, n.name AS name, ds.qualifiedName + '.' + n.name AS qualifiedName, d.name AS domain, n.datasetUrn AS datasetUrn, n.status AS status, hops, ${derivesFrom}`;
}

/**
 * One step of the walk, from an asset of `label` to an active one the caller may see, in `direction`:
 * the walk never passes through a hidden asset (access/visibleInCypher.ts). When nothing is hidden
 * from the caller the check is left out: even when it is true at once, a predicate inside the
 * quantified pattern costs Neo4j's breadth-first search about a third more (measured with the 1,000-node bench walk).
 */
function hop(label: string, direction: Direction, checksVisibility: boolean): string {
  const visible = label === 'Dataset' ? visibleDataset('step') : visibleAsset('step');
  const next = `(step:${label} {status: 'ACTIVE'})${checksVisibility ? ` WHERE ${visible}` : ''}`;
  return direction === 'UPSTREAM' ? `((:${label})-[:DERIVES_FROM]->${next})` : `((:${label})<-[:DERIVES_FROM]-${next})`;
}

/** The start's own columns are the start, not reached assets (a column may derive from another of its dataset). */
function notTheStart(start: Start): string {
  return start.rootLabel === start.label ? 'n <> root' : 'NOT EXISTS { (root)-[:HAS_FIELD]->(n) }';
}

// Constraints: dataset_urn, field_urn. The quantified pattern's depth is a validated integer (1..maxDepth),
// the only value spliced into the text: Cypher takes no parameter there.
// With `andStart` (a single start only) the walk returns the start itself first, at hops 0, when the caller
// may see it: one query instead of a start query beside the walk, which competed with it for the server's CPU.
function walkQuery(start: Start, direction: Direction, depth: number, checksVisibility: boolean, andStart = false): string {
  const prefixHops = start.prefix ? 1 : 0;
  return `MATCH (root:${start.rootLabel} {urn: $urn})${andStart ? ` WHERE ${visibleAsset('root')}` : ''}
    MATCH path = ANY SHORTEST (root)${start.prefix}${hop(start.label, direction, checksVisibility)}{${andStart ? 0 : 1},${depth}}(n:${start.label})
    ${andStart ? '' : `WHERE ${notTheStart(start)}`}
    WITH n, length(path) - ${prefixHops} AS hops ORDER BY hops, ${start.label === 'Dataset' ? 'n.qualifiedName' : 'n.datasetUrn, n.position, n.name'} LIMIT $limit
    ${reachedColumns(start)}`;
}

/** A dataset's active columns in order, at degree 0, when they are the start (at most `limit` + 1). */
function columnsStartQuery(start: Start): string {
  return `MATCH (root:Dataset {urn: $urn})-[:HAS_FIELD]->(n:Field {status: 'ACTIVE'}) WHERE ${visibleAsset('root')}
    WITH n, 0 AS hops ORDER BY n.position, n.name LIMIT $limit
    ${reachedColumns(start)}`;
}

/** Whether the start has any neighbour in `direction`: for a cut walk with no budget left. */
function neighbourQuery(start: Start, direction: Direction): string {
  const step = direction === 'UPSTREAM' ? '-[:DERIVES_FROM]->' : '<-[:DERIVES_FROM]-';
  return `MATCH (root:${start.rootLabel} {urn: $urn})
    RETURN EXISTS { MATCH (root)${start.prefix}${step}(n:${start.label} {status: 'ACTIVE'}) WHERE ${notTheStart(start)} AND ${visibleAsset('n')} } AS found`;
}

export class LineageService {
  constructor(
    private readonly graph: GraphReader,
    private readonly limits: LineageLimits,
  ) {}

  async walk(input: LineageInput): Promise<LineageResult> {
    const start = this.startOf(input.urn, input.level ?? LineageLevel.DATASET);
    if (!Number.isInteger(input.depth) || input.depth < 1 || input.depth > this.limits.maxDepth) {
      throw apiError('BAD_USER_INPUT', `depth must be between 1 and ${this.limits.maxDepth}`, { argument: 'input.depth' });
    }
    const limit = input.limit ?? this.limits.maxNodes;
    if (!Number.isInteger(limit) || limit < 1 || limit > this.limits.maxNodes) {
      throw apiError('BAD_USER_INPUT', `limit must be between 1 and ${this.limits.maxNodes}`, { argument: 'input.limit' });
    }

    const directions = input.direction === LineageDirection.BOTH ? (['UPSTREAM', 'DOWNSTREAM'] as const) : ([input.direction] as const);
    const checksVisibility = (await this.graph.hiddenDomains()).length > 0;
    const walkRows = (direction: Direction, budget: number) =>
      // One row more than the budget tells whether the limit cut the walk.
      budget > 0
        ? this.graph.read<ReachedRow>(walkQuery(start, direction, input.depth, checksVisibility), { urn: input.urn, limit: neo4j.int(budget + 1) })
        : Promise.resolve([]);
    let roots: ReachedRow[];
    let firstWalk: ReachedRow[] | undefined;
    if (start.rootLabel === start.label) {
      // A single start: the first direction's walk returns it first (its one place of the budget included).
      const rows = await this.graph.read<ReachedRow>(walkQuery(start, directions[0], input.depth, checksVisibility, true), { urn: input.urn, limit: neo4j.int(limit + 1) });
      roots = rows.slice(0, 1);
      firstWalk = rows.slice(1);
    } else {
      // A dataset's columns as the start must be counted before the walk knows its budget.
      roots = await this.graph.read<ReachedRow>(columnsStartQuery(start), { urn: input.urn, limit: neo4j.int(limit + 1) });
    }
    if (roots.length === 0 && !(start.rootLabel === 'Dataset' && start.label === 'Field' && (await this.exists(start.rootLabel, input.urn)))) {
      throw apiError('NOT_FOUND', `No ${start.rootLabel === 'Dataset' ? 'dataset' : 'field'} ${input.urn}`);
    }
    const type = start.label === 'Dataset' ? EntityType.DATASET : EntityType.FIELD;
    const nodeOf = (row: ReachedRow, degree: number): LineageNode => ({
      urn: row.urn, type, name: row.name, qualifiedName: row.qualifiedName, domain: row.domain, datasetUrn: row.datasetUrn, status: row.status, degree,
    });
    // A dataset with more columns than the limit: its first columns, and the walk is cut before it starts.
    let isPartial = roots.length > limit;
    const nodes = new Map<string, LineageNode>(roots.slice(0, limit).map((row) => [row.urn, nodeOf(row, 0)]));
    const reached: Array<Pick<ReachedRow, 'urn' | 'derivesFrom'>> = roots.slice(0, limit);
    for (const [index, direction] of directions.entries()) {
      const budget = limit - nodes.size;
      const rows = index === 0 && firstWalk !== undefined ? firstWalk : await walkRows(direction, budget);
      if (rows.length > budget || (budget <= 0 && (await this.hasNeighbour(start, input.urn, direction)))) isPartial = true;
      const sign = direction === 'UPSTREAM' ? -1 : 1;
      for (const row of rows.slice(0, Math.max(budget, 0))) {
        // In a cycle an asset is both upstream and downstream: it keeps the degree it was first reached at.
        // (It still used budget, so a cyclic walk may say isPartial a little early: never too late.)
        if (nodes.has(row.urn)) continue;
        nodes.set(row.urn, nodeOf(row, sign * row.hops));
        reached.push(row);
      }
    }

    // Every lineage edge between two assets returned, the start's included.
    const edges = reached.flatMap(({ urn, derivesFrom }) =>
      derivesFrom.filter(([upstream]) => nodes.has(upstream)).map(([upstream, transformation, confidence]) => ({ from: upstream, to: urn, transformation, confidence })),
    );
    return { root: input.urn, nodes: [...nodes.values()], edges: surestEdges(edges), isPartial };
  }

  /** Which walk the URN and level ask for; refuses a URN of another kind, naming what would work. */
  private startOf(urn: string, level: LineageLevel): Start {
    const kind = isUrn(urn) ? parseUrn(urn).type : null;
    const shown = `"${String(urn).slice(0, 200)}"`;
    if (level === LineageLevel.FIELD) {
      if (kind === 'field') return START_FIELD;
      if (kind === 'dataset') return START_FIELDS_OF_DATASET;
      throw apiError('BAD_USER_INPUT', `${shown} is not a dataset or field URN: column lineage starts from a column or from every column of a dataset`, { argument: 'input.urn' });
    }
    if (kind === 'dataset') return START_DATASET;
    if (kind === 'field') throw apiError('BAD_USER_INPUT', `${shown} is a field URN: walk column lineage with level: FIELD`, { argument: 'input.level' });
    throw apiError('BAD_USER_INPUT', `${shown} is not a dataset URN`, { argument: 'input.urn' });
  }

  private async exists(label: 'Dataset' | 'Field', urn: string): Promise<boolean> {
    // Label from the fixed Start definitions, never from input.
    const [row] = await this.graph.read<{ found: boolean }>(`RETURN EXISTS { MATCH (n:${label} {urn: $urn}) WHERE ${visibleAsset('n')} } AS found`, { urn });
    return row?.found ?? false;
  }

  private async hasNeighbour(start: Start, urn: string, direction: Direction): Promise<boolean> {
    const [row] = await this.graph.read<{ found: boolean }>(neighbourQuery(start, direction), { urn });
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

/** One edge per pair of assets: the surest, when two sources recorded the same edge (an unknown confidence counts as 0). */
function surestEdges(edges: LineageEdge[]): LineageEdge[] {
  const surest = new Map<string, LineageEdge>();
  for (const edge of edges) {
    const key = `${edge.from}|${edge.to}`;
    const kept = surest.get(key);
    if (!kept || (edge.confidence ?? 0) > (kept.confidence ?? 0)) surest.set(key, edge);
  }
  return [...surest.values()];
}
