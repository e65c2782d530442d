/**
 * How the API asks for a crawl now. The process that runs the scheduler provides
 * it (`polder start`); an API process without one (`polder api`, crawls on
 * separate workers) has none, and `triggerCrawl` says so.
 */
export type CrawlRequestOutcome = 'STARTED' | 'ALREADY_RUNNING' | 'UNKNOWN_SOURCE';

export interface CrawlTrigger {
  request(sourceId: string): CrawlRequestOutcome;
}
