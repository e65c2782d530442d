import { defineDocument } from '../GraphQLDocument';
import { CRAWL_RUN_FIELDS, type CrawlRunFields } from '../fragments/crawlRunFields';

/** A source the mesh declares (polder.yaml), with its latest runs, newest first. */
export interface SourceSummary {
  urn: string;
  /** Id from polder.yaml, e.g. `rentals-db`. */
  id: string;
  /** Crawler kind: postgres, mysql, sqlite, dbt, openlineage, contract. */
  kind: string;
  /** Cron schedule from polder.yaml; null when crawled only on demand. */
  schedule: string | null;
  /** `id`: its short id from polder.yaml, e.g. `rentals`. */
  domain: { id: string; name: string } | null;
  /** When the last crawl ended (ISO 8601). */
  lastRunAt: string | null;
  lastRunStatus: string | null;
  runs: CrawlRunFields[];
}

export const sourcesQuery = defineDocument<{ sources: SourceSummary[] }, { runs: number }>(
  /* GraphQL */ `
    query Sources($runs: Int!) {
      sources {
        urn
        id
        kind
        schedule
        domain {
          id
          name
        }
        lastRunAt
        lastRunStatus
        runs(limit: $runs) {
          ...CrawlRunFields
        }
      }
    }
  `,
  CRAWL_RUN_FIELDS,
);
