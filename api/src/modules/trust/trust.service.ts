/** Reads trust score history, one query per batch of assets. */
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';
import type { TrustHistoryEntry } from './trust.type.ts';
import { toNumber } from './neo4jValues.ts';

export class TrustService {
  constructor(private readonly graph: GraphReader) {}

  /** The newest `limit` score changes of each asset. Index: trustscore_subject (migration 006). */
  async historyOf(urns: readonly string[], limit: number): Promise<TrustHistoryEntry[][]> {
    const rows = await this.graph.read<{ key: string; history: Array<{ score: unknown; previousScore: unknown; computedAt: string }> }>(
      `UNWIND $urns AS key
       CALL (key) {
         MATCH (h:TrustScore {subjectUrn: key})
         RETURN h ORDER BY h.computedAt DESC LIMIT $limit
       }
       RETURN key, collect(h {.score, .previousScore, .computedAt}) AS history`,
      { urns, limit: neo4j.int(limit) },
    );
    const byKey = new Map(rows.map((row) => [row.key, row.history]));
    return urns.map((urn) =>
      (byKey.get(urn) ?? [])
        .map((entry) => ({ score: toNumber(entry.score)!, previousScore: toNumber(entry.previousScore), computedAt: entry.computedAt }))
        .sort((a, b) => b.computedAt.localeCompare(a.computedAt)),
    );
  }
}
