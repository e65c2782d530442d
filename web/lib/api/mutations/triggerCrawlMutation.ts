import { defineDocument } from '../GraphQLDocument';

/** STARTED (in the API's process), QUEUED (for the workers sharing REDIS_URL's queue), or ALREADY_RUNNING: runs of one source never overlap. */
export type CrawlRequestStatus = 'STARTED' | 'QUEUED' | 'ALREADY_RUNNING';

export interface CrawlRequest {
  sourceId: string;
  status: CrawlRequestStatus;
}

export const triggerCrawlMutation = defineDocument<{ triggerCrawl: CrawlRequest }, { input: { sourceId: string } }>(
  /* GraphQL */ `
    mutation TriggerCrawl($input: TriggerCrawlInput!) {
      triggerCrawl(input: $input) {
        sourceId
        status
      }
    }
  `,
);
