import { defineDocument } from '../GraphQLDocument';
import type { TermStatus } from '../schemaEnums';

/** Every glossary's terms, to offer the APPROVED ones for assigning to a dataset or column. */
export const assignableTermsQuery = defineDocument<
  { glossaries: Array<{ id: string; name: string; terms: Array<{ urn: string; name: string; termStatus: TermStatus }> }> },
  { termLimit: number }
>(/* GraphQL */ `
  query AssignableTerms($termLimit: Int!) {
    glossaries {
      id
      name
      terms(limit: $termLimit) {
        urn
        name
        termStatus
      }
    }
  }
`);

/** The approved terms of one glossary, by name: one group of the "add a term" choice. */
export interface AssignableTermGroup {
  /** `enterprise` or a domain id. */
  glossaryId: string;
  /** e.g. "Enterprise glossary": the same word may mean different things in two glossaries. */
  glossaryName: string;
  terms: Array<{ urn: string; name: string }>;
}
