/**
 * What `polder start` says of its first crawl under "Polder is ready": nothing when every source was
 * crawled, else which failed and why, so a catalog missing a source's tables does not look complete.
 */
export interface FailedCrawl {
  sourceId: string;
  message: string;
}

/** The longest reason quoted per source: the whole message is in the log above. */
const REASON_CHARS = 160;

export function firstCrawlSummary(sourceCount: number, failed: FailedCrawl[]): string {
  if (failed.length === 0) return '';
  const lines = failed.map(({ sourceId, message }) => `    ${sourceId}: ${message.length > REASON_CHARS ? `${message.slice(0, REASON_CHARS - 1)}…` : message}\n`);
  return (
    `  First crawl  ${failed.length} of ${sourceCount} source${sourceCount === 1 ? '' : 's'} failed (the log above says more):\n${lines.join('')}` +
    `               A source with a schedule is crawled again on it; \`npx polder crawl ${failed.map((crawl) => crawl.sourceId).join(' ')}\` tries now.\n`
  );
}
