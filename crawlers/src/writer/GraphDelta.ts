/**
 * A delta: facts pushed to Polder (an OpenLineage event, ...), merged into the
 * graph by `GraphWriter.apply`. Unlike a snapshot, a delta is not everything a
 * provider has: it only ever adds or updates, and never removes anything.
 *
 * Each fact carries a `version`, so deltas can arrive in any order, or twice,
 * and leave the same graph: per property, the value with the greatest version
 * wins (ties: the greater value, compared as JSON). A property that was never
 * reported keeps whatever it had; a delta never clears a property.
 *
 *   { urn: run, version: '2020-02-22T22:08:00.000000000Z', properties: { state: 'COMPLETE' } }
 *   { urn: run, version: '2020-02-22T22:00:00.000000000Z', properties: { state: 'START' } }
 *   → state COMPLETE, whichever is applied first.
 */
import type { EdgeRecord, NodeRecord } from '@polder/graph-schema';

/**
 * The lowest version: a fact at this version only fills a property nobody has
 * reported, e.g. a placeholder for a column known only by name.
 */
export const MIN_VERSION = '';

export interface DeltaNode extends NodeRecord {
  /** Owner of the node, e.g. `openlineage:food_delivery`. */
  provider: string;
  /** Sorts in time order as a string (OpenLineage: the UTC event time, to the nanosecond). */
  version: string;
}

export interface DeltaEdge extends EdgeRecord {
  /** Owner of the edge; part of its identity, as in a snapshot. */
  provider: string;
  version: string;
}

export interface GraphDelta {
  nodes: DeltaNode[];
  edges: DeltaEdge[];
}
