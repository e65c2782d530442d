import type { LineageResult } from '../api';

import type { ExpandDirection } from './mergeLineage';

/** The key of "`urn`'s neighbours in `direction` are all drawn". */
export function expansionKey(urn: string, direction: ExpandDirection): string {
  return `${direction} ${urn}`;
}

/**
 * Which nodes of a fresh `depth`-hop walk already show all their neighbours
 * one way, so they offer no "expand" that way: the start, both ways; an
 * upstream node nearer than `depth`, upstream (everything within the depth
 * was walked); a downstream one, downstream. Sideways (what else reads an
 * upstream node) is never known. A cut walk vouches for nothing, so then
 * every node offers both.
 */
export function initialExpansions(lineage: LineageResult, depth: number): string[] {
  if (lineage.isPartial) return [];
  return lineage.nodes.flatMap((node) => {
    if (node.degree === 0) return [expansionKey(node.urn, 'UPSTREAM'), expansionKey(node.urn, 'DOWNSTREAM')];
    if (node.degree < 0 && -node.degree < depth) return [expansionKey(node.urn, 'UPSTREAM')];
    if (node.degree > 0 && node.degree < depth) return [expansionKey(node.urn, 'DOWNSTREAM')];
    return [];
  });
}
