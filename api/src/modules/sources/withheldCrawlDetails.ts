/**
 * A crawl run as a reader who may not see why it failed sees it (authorize.ts, seeCrawlDetails): its
 * error and warnings name the store's host, database and user and quote its driver, a map of systems
 * that only those who fix the source (admins, the owners of its domain) need. The reader still sees
 * that it failed, and that it warned, and who can say more.
 */
import type { CrawlRun } from './crawlRun.type.ts';

export function withheldCrawlDetails(run: CrawlRun, domain: string | null): CrawlRun {
  const who = domain === null ? 'admins' : `admins and the owners of domain "${domain}"`;
  const warnings = run.warnings.length;
  return {
    ...run,
    error: run.error ? `The crawl failed; why is shown to ${who}.` : run.error,
    warnings: warnings === 0 ? [] : [`${warnings.toLocaleString('en')} ${warnings === 1 ? 'warning' : 'warnings'}, shown to ${who}.`],
  };
}
