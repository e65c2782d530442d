import type { EntityType, LineageEdge, LineageLevel, LineageNode, LineageResult } from '../api';

import type { ExpandDirection } from './mergeLineage';

/** The most nodes the explorer grows to: past this, the list beside it (or a deeper walk) serves better. */
export const MAX_EXPLORER_NODES = 500;
const MAX_EDGES = 5_000;
const MAX_TEXT = 2_000;

/** What the explorer sends to expand a node: the graph it draws, and which node to expand which way. */
export interface ExpandLineageRequest {
  graph: LineageResult;
  urn: string;
  direction: ExpandDirection;
  level: LineageLevel;
}

const ENTITY_TYPES = new Set<string>(['DATASET', 'FIELD', 'DOMAIN', 'SOURCE', 'DATA_PRODUCT', 'JOB', 'GLOSSARY_TERM', 'POLYSEME'] satisfies EntityType[]);

/**
 * A server action's argument comes from the browser, so it is read as unknown:
 * only the fields the explorer uses are kept, each of its type and size, and
 * the graph may not outgrow MAX_EXPLORER_NODES. Null when anything is off.
 * (It is only ever laid out and handed back to the same browser; the
 * neighbours themselves come from the API, as the signed-in person.)
 */
export function readExpandRequest(value: unknown): ExpandLineageRequest | null {
  if (!isRecord(value) || !isRecord(value.graph)) return null;
  const { graph, urn, direction, level } = value;
  if (!isText(urn) || (direction !== 'UPSTREAM' && direction !== 'DOWNSTREAM') || (level !== 'DATASET' && level !== 'FIELD')) return null;
  if (!isText(graph.root) || typeof graph.isPartial !== 'boolean' || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) return null;
  if (graph.nodes.length > MAX_EXPLORER_NODES || graph.edges.length > MAX_EDGES) return null;
  const nodes = graph.nodes.map(readNode);
  const edges = graph.edges.map(readEdge);
  if (nodes.some((node) => node === null) || edges.some((edge) => edge === null)) return null;
  const lineage: LineageResult = { root: graph.root, isPartial: graph.isPartial, nodes: nodes as LineageNode[], edges: edges as LineageEdge[] };
  if (!lineage.nodes.some((node) => node.urn === urn)) return null;
  return { graph: lineage, urn, direction, level };
}

function readNode(value: unknown): LineageNode | null {
  if (!isRecord(value)) return null;
  const { urn, name, type, qualifiedName, domain, degree, dataset } = value;
  if (!isText(urn) || !isText(name) || typeof type !== 'string' || !ENTITY_TYPES.has(type) || !isOptionalText(qualifiedName) || !isOptionalText(domain)) return null;
  if (typeof degree !== 'number' || !Number.isInteger(degree)) return null;
  if (dataset !== null && !(isRecord(dataset) && isText(dataset.urn) && isText(dataset.name))) return null;
  return { urn, name, type: type as EntityType, qualifiedName, domain, degree, dataset: dataset === null ? null : { urn: dataset.urn as string, name: dataset.name as string } };
}

function readEdge(value: unknown): LineageEdge | null {
  if (!isRecord(value)) return null;
  const { from, to, transformation, confidence, job } = value;
  if (!isText(from) || !isText(to) || !isOptionalText(transformation)) return null;
  if (confidence !== null && !(typeof confidence === 'number' && confidence >= 0 && confidence <= 1)) return null;
  // No job at all: a graph drawn before edges named theirs (a page left open across an upgrade) still grows.
  if (job !== null && job !== undefined && !(isRecord(job) && isText(job.urn) && isText(job.name))) return null;
  return { from, to, transformation, confidence, job: isRecord(job) ? { urn: job.urn as string, name: job.name as string } : null };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;
}

function isOptionalText(value: unknown): value is string | null {
  return value === null || (typeof value === 'string' && value.length <= MAX_TEXT);
}
