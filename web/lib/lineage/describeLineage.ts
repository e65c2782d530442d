import type { LineageNode } from '../api';
import { entityTypeLabel } from '../format/entityTypeLabel';

import { lineageNodeLabel } from './groupLineageByDegree';
import type { LayoutEdge } from './layoutLineage';

/** The root dataset, or (column level) one of its columns. */
export function isRootNode(node: Pick<LineageNode, 'urn' | 'dataset'>, root: string): boolean {
  return node.urn === root || node.dataset?.urn === root;
}

/** The line under a node's name: what it is and its domain, e.g. `Dataset · Rentals`, `in top_customer · Rentals`. */
export function lineageNodeMeta(node: LineageNode, root: string): string {
  const what = node.type === 'FIELD' ? (node.dataset?.urn === root ? 'in this dataset' : node.dataset ? `in ${node.dataset.name}` : 'Column') : node.urn === root ? 'This dataset' : entityTypeLabel(node.type);
  return node.domain ? `${what} · ${node.domain}` : what;
}

export interface EdgeDescription {
  from: string;
  to: string;
  /** How it is made, how sure, and where it crosses domains, in words; empty when there is nothing to say. */
  details: string[];
  /** The job that moves the data along it, to name and link after the details ("by job …"); null when none is known. */
  job: { urn: string; name: string } | null;
}

/** One edge for the text list beside the graph: `rental_order → rental_order_revenue`, with what is known about it. */
export function describeLineageEdge(edge: LayoutEdge, byUrn: ReadonlyMap<string, LineageNode>): EdgeDescription {
  const from = byUrn.get(edge.from);
  const to = byUrn.get(edge.to);
  const details: string[] = [];
  if (edge.crossesDomains) details.push(`crosses domains: ${from?.domain ?? 'no domain'} to ${to?.domain ?? 'no domain'}`);
  // "job" alone says less than the job named after it ("by job load_invoices"): left out then.
  if (edge.transformation && !(edge.transformation === 'JOB' && edge.job)) details.push(edge.transformation.toLowerCase().replaceAll('_', ' '));
  if (edge.confidence !== null && edge.confidence < 1) details.push(`confidence ${Math.round(edge.confidence * 100)}%`);
  return { from: from ? lineageNodeLabel(from) : edge.from, to: to ? lineageNodeLabel(to) : edge.to, details, job: edge.job };
}
