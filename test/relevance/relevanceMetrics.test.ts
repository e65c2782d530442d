import { describe, expect, it } from 'vitest';
import { meanNdcgAt10, topKHitRate } from './relevanceMetrics.ts';

describe('relevance metrics', () => {
  const results = [
    { query: 'a', rank: 1 },
    { query: 'b', rank: 3 },
    { query: 'c', rank: 4 },
    { query: 'd', rank: undefined },
  ];

  it('counts answers within the first k', () => {
    expect(topKHitRate(results, 3)).toBe(0.5);
    expect(topKHitRate(results, 10)).toBe(0.75);
  });

  it('averages the discounted gain at 10', () => {
    expect(meanNdcgAt10(results)).toBeCloseTo((1 + 0.5 + 1 / Math.log2(5) + 0) / 4, 10);
  });
});
