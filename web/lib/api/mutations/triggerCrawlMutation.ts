import { defineDocument } from '../GraphQLDocument';

/** STARTED, or ALREADY_RUNNING: runs of one source never overlap. */
export type CrawlRequestStatus = 'STARTED' | 'ALREADY_RUNNING';

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
