/** One crawl of a source, as the sources page lists it. */
export const CRAWL_RUN_FIELDS = /* GraphQL */ `
  fragment CrawlRunFields on CrawlRun {
    id
    status
    startedAt
    endedAt
    read
    created
    updated
    removed
    warnings
    error
  }
`;

/** RUNNING, SUCCEEDED or FAILED; a plain string in the schema, so others may come. */
export type CrawlRunStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | (string & {});

export interface CrawlRunFields {
  id: string;
  status: CrawlRunStatus;
  /** ISO 8601. */
  startedAt: string;
  /** ISO 8601; null while running. */
  endedAt: string | null;
  /** Nodes the source reported; null while running. */
  read: number | null;
  created: number | null;
  updated: number | null;
  removed: number | null;
  /** What the run could not read or resolve, asset by asset. */
  warnings: string[];
  /** Why the run failed; null when it did not. */
  error: string | null;
}
