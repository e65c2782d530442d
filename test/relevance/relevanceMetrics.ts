/**
 * Ranking quality of a judged query set, with one relevant answer per query:
 * top-3 hit rate (the answer is among the first three) and nDCG@10 (binary
 * gain, so a query scores 1 / log2(rank + 1) when its answer is at `rank` ≤ 10).
 */
export interface RankedQuery {
  query: string;
  /** 1-based rank of the expected answer, or undefined when it is not in the top 10. */
  rank: number | undefined;
}

export function topKHitRate(results: RankedQuery[], k: number): number {
  return results.filter((result) => result.rank !== undefined && result.rank <= k).length / results.length;
}

export function meanNdcgAt10(results: RankedQuery[]): number {
  const gains = results.map((result) => (result.rank !== undefined && result.rank <= 10 ? 1 / Math.log2(result.rank + 1) : 0));
  return gains.reduce((sum, gain) => sum + gain, 0) / results.length;
}
