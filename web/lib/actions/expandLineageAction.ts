'use server';

import { type ApiFailure, getLineage } from '../api';
import { lineageNodeLabel } from '../lineage/groupLineageByDegree';
import { layoutLineage, type LineageLayout } from '../lineage/layoutLineage';
import { countAdded, mergeLineage } from '../lineage/mergeLineage';
import { MAX_EXPLORER_NODES, readExpandRequest } from '../lineage/readExpandRequest';

export type ExpandLineageResult =
  /** The graph with the node's neighbours merged in and laid out again; `message` says what was added, for a live region. */
  | { ok: true; layout: LineageLayout; added: number; message: string }
  | { ok: false; message: string };

/**
 * The lineage explorer's "expand": one hop of lineage from a node, one way
 * (`lineage(urn, direction, depth: 1)`, as the signed-in person), merged into
 * the graph the explorer sent and laid out again here, so elk stays off the
 * browser. Failures come back as a message, never thrown.
 */
export async function expandLineageAction(request: unknown): Promise<ExpandLineageResult> {
  const read = readExpandRequest(request);
  if (!read) return { ok: false, message: `This graph cannot grow further here (at most ${MAX_EXPLORER_NODES} assets). Reload the page, or pick fewer hops.` };
  const { graph, urn, direction, level } = read;

  const result = await getLineage(urn, 1, { level, direction });
  if (!result.ok) return { ok: false, message: readFailureMessage(result.failure) };
  const merged = mergeLineage(graph, result.data, urn, direction);
  if (merged.nodes.length > MAX_EXPLORER_NODES) {
    return { ok: false, message: `That would draw more than ${MAX_EXPLORER_NODES} assets. The list below and a page of their own show them.` };
  }

  const added = countAdded(graph, merged);
  const name = lineageNodeLabel(graph.nodes.find((node) => node.urn === urn)!);
  const side = direction === 'UPSTREAM' ? 'upstream' : 'downstream';
  const message =
    added === 0
      ? `Nothing more ${side} of ${name}.`
      : `Added ${added} ${added === 1 ? 'asset' : 'assets'} ${side} of ${name}${result.data.isPartial ? '; the walk was cut at its size cap' : ''}.`;
  return { ok: true, layout: await layoutLineage(merged), added, message };
}

/** A failed read in words: unlike an edit's, nothing needed saying about changes. */
function readFailureMessage(failure: ApiFailure): string {
  if (failure.kind === 'unreachable') return 'The Polder API is not reachable right now; try again in a moment.';
  if (failure.kind === 'timeout') return `The Polder API did not answer within ${failure.seconds} s; try again shortly.`;
  if (failure.kind === 'http') return `The Polder API answered HTTP ${failure.status}; try again in a moment.`;
  if (failure.code === 'NOT_FOUND') return 'That asset is no longer in the catalog. Reload the page.';
  return `The Polder API refused this: ${failure.message}.`;
}
