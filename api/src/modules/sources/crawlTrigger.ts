/**
 * How the API asks for a crawl now. The process that runs the scheduler provides
 * it (`polder start`: the crawl starts in that process); `polder api` with
 * REDIS_URL queues it for the workers sharing the queue. An API process with
 * neither has none, and `triggerCrawl` says so.
 */
export type CrawlRequestOutcome = 'STARTED' | 'QUEUED' | 'ALREADY_RUNNING' | 'UNKNOWN_SOURCE';

export interface CrawlTrigger {
  /**
   * Asks for a known source's crawl now. `beforeStart` gets what the request comes to and is awaited before
   * the crawl starts (the audit entry is written there): when it throws, nothing starts and the request
   * rejects with its error. It is not called for an unknown source.
   */
  request(sourceId: string, beforeStart: (outcome: Exclude<CrawlRequestOutcome, 'UNKNOWN_SOURCE'>) => Promise<void>): Promise<CrawlRequestOutcome>;
}
