import { describe, expect, it } from 'vitest';
import { firstCrawlSummary } from './firstCrawlSummary.ts';

describe('firstCrawlSummary', () => {
  it('says nothing when every source was crawled', () => {
    expect(firstCrawlSummary(7, [])).toBe('');
  });

  it('names each failed source with its reason, and how to try again now', () => {
    const summary = firstCrawlSummary(7, [
      { sourceId: 'rentals-db', message: 'source rentals-db (postgres 127.0.0.1:54329/rentals): connection refused — is the database running?' },
      { sourceId: 'finance-db', message: 'x'.repeat(400) },
    ]);
    expect(summary).toContain('  First crawl  2 of 7 sources failed');
    expect(summary).toContain('    rentals-db: source rentals-db (postgres 127.0.0.1:54329/rentals): connection refused — is the database running?\n');
    expect(summary).toContain(`    finance-db: ${'x'.repeat(159)}…\n`);
    expect(summary).toContain('`npx polder crawl rentals-db finance-db` tries now');
  });
});
