import { defineDocument } from '../GraphQLDocument';
import type { TermStatus } from '../schemaEnums';

/** A term waiting for the viewer's decision, with what a reviewer reads before deciding. */
export interface ReviewQueueTerm {
  urn: string;
  name: string;
  definition: string | null;
  termStatus: TermStatus;
  /** `enterprise` or a domain id. */
  glossary: string;
  domain: { name: string } | null;
  version: number;
  synonyms: string[];
  /** Who submitted it (never the viewer: they may not decide on their own request). */
  reviewRequestedBy: string | null;
  viewerCanMoveTo: TermStatus[];
}

export const glossaryReviewQueueQuery = defineDocument<{ glossaryReviewQueue: ReviewQueueTerm[] }, { limit: number }>(/* GraphQL */ `
  query GlossaryReviewQueue($limit: Int!) {
    glossaryReviewQueue(limit: $limit) {
      urn
      name
      definition
      termStatus
      glossary
      domain {
        name
      }
      version
      synonyms
      reviewRequestedBy
      viewerCanMoveTo
    }
  }
`);
