import type { GraphDelta } from './GraphDelta.ts';

/**
 * Splits waiting requests into the group written next and the rest, in order of
 * arrival: as many as fit in `maxRows` nodes + edges, and always at least one
 * (a request larger than the cap is written alone, as it would be without grouping).
 */
export function takeDeltaGroup<T>(waiting: T[], deltaOf: (item: T) => GraphDelta, maxRows: number): { group: T[]; rest: T[] } {
  let rows = 0;
  let taken = 0;
  for (const item of waiting) {
    const delta = deltaOf(item);
    const size = delta.nodes.length + delta.edges.length;
    if (taken > 0 && rows + size > maxRows) break;
    rows += size;
    taken++;
  }
  return { group: waiting.slice(0, taken), rest: waiting.slice(taken) };
}
