/**
 * Group commit for deltas: requests that arrive while a delta is being written
 * wait, and are then written together, as one delta in one transaction.
 *
 * Why: pushed events come from several producers at once, and their deltas
 * overlap (the same jobs, the same datasets). Written side by side, each
 * transaction waits on the others' locks and re-reads what they wrote; written
 * in turn, one transaction at a time per process, a busy period costs one
 * read-plan-write cycle per group instead of one per request, and the facts
 * the requests share are read and written once (collapseDelta).
 *
 * What a caller is promised does not change: its delta lands whole, in one
 * transaction, or not at all. Merging is safe because deltas commute (GraphDelta.ts):
 * applying A and B together leaves the graph applying A then B would. A group
 * that fails is written again one request at a time, so one request's failure
 * (two owners for one node, say) never fails another's.
 *
 *   A arrives, idle          → write [A]
 *   B, C arrive during [A]   → wait
 *   [A] commits              → write [B, C] as one delta; B and C get its counts
 */
import type { GraphDelta } from './GraphDelta.ts';
import type { DeltaCounts } from './GraphWriter.ts';
import { takeDeltaGroup } from './takeDeltaGroup.ts';

/** What a request learns: the counts of the write it was part of, and how many requests shared it. */
export interface CoalescedApply {
  counts: DeltaCounts;
  requests: number;
}

/** A cap on one group's nodes + edges, so a busy period never builds a transaction too large for the server's memory. */
export const MAX_GROUP_ROWS = 50_000;

interface Waiting {
  delta: GraphDelta;
  resolve(result: CoalescedApply): void;
  reject(error: unknown): void;
}

export class CoalescingDeltaWriter {
  private waiting: Waiting[] = [];
  private writing = false;

  constructor(
    private readonly writer: { apply(delta: GraphDelta): Promise<DeltaCounts> },
    private readonly maxGroupRows = MAX_GROUP_ROWS,
  ) {}

  apply(delta: GraphDelta): Promise<CoalescedApply> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ delta, resolve, reject });
      this.writeNext();
    });
  }

  private writeNext(): void {
    if (this.writing || this.waiting.length === 0) return;
    this.writing = true;
    const { group, rest } = takeDeltaGroup(this.waiting, (waiting) => waiting.delta, this.maxGroupRows);
    this.waiting = rest;
    void this.writeGroup(group).finally(() => {
      this.writing = false;
      this.writeNext();
    });
  }

  private async writeGroup(group: Waiting[]): Promise<void> {
    if (group.length > 1) {
      try {
        const counts = await this.writer.apply({ nodes: group.flatMap((w) => w.delta.nodes), edges: group.flatMap((w) => w.delta.edges) });
        for (const waiting of group) waiting.resolve({ counts, requests: group.length });
        return;
      } catch {
        // Fall through: each request alone, so each gets the outcome it would have had by itself.
      }
    }
    for (const waiting of group) {
      try {
        waiting.resolve({ counts: await this.writer.apply(waiting.delta), requests: 1 });
      } catch (error) {
        waiting.reject(error);
      }
    }
  }
}
