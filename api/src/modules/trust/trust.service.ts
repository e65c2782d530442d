/** Reads trust scores alone, score history, and which URNs a score's evidence names are hidden from the caller; one query per batch. */
import neo4j from 'neo4j-driver';
import type { GraphReader } from '../../graph/GraphReader.ts';
import type { TrustHistoryEntry } from './trust.type.ts';
import { toNumber } from './neo4jValues.ts';
import { readHiddenUrnsOf } from '../access/readHiddenUrns.ts';
import { visibleAsset } from '../access/visibleInCypher.ts';

export class TrustService {
  constructor(private readonly graph: GraphReader) {}

  /** For each URN, whether it names an asset hidden from the caller (access/readHiddenUrns.ts). */
  async hidden(urns: readonly string[]): Promise<boolean[]> {
    const hidden = new Set(await readHiddenUrnsOf(this.graph, urns));
    return urns.map((urn) => hidden.has(urn));
  }

  /**
   * The score of each dataset or data product (what its page shows), without the explanation: for
   * lists that show a badge. Null for another kind of asset, one not scored yet, or one hidden from the caller.
   */
  // Constraint: entity_urn.
  async scoresOf(urns: readonly string[]): Promise<Array<number | null>> {
    const rows = await this.graph.read<{ urn: string; score: unknown }>(
      `UNWIND $urns AS key
       MATCH (n:Entity {urn: key}) WHERE (n:Dataset OR n:DataProduct) AND n.trustScore IS NOT NULL AND ${visibleAsset('n')}
       RETURN key AS urn, n.trustScore AS score`,
      { urns },
    );
    const scores = new Map(rows.map((row) => [row.urn, toNumber(row.score)]));
    return urns.map((urn) => scores.get(urn) ?? null);
  }

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
