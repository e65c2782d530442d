import type { TermStatus } from '../schemaEnums';

/**
 * A glossary with its terms as the glossary pages draw its tree: each term's
 * parent (CHILD_OF) by URN, so the page builds the tree itself from one flat,
 * batched list instead of asking level by level.
 */
export const GLOSSARY_TREE_FIELDS = /* GraphQL */ `
  fragment GlossaryTreeFields on Glossary {
    id
    name
    termCount
    viewerCanCreateTerms
    terms(limit: $termLimit) {
      urn
      name
      termStatus
      parent {
        urn
      }
    }
  }
`;

export interface GlossaryTreeTerm {
  urn: string;
  name: string;
  termStatus: TermStatus;
  parent: { urn: string } | null;
}

export interface GlossaryTreeFields {
  /** `enterprise` or a domain id. */
  id: string;
  /** e.g. "Enterprise glossary", "Rentals glossary". */
  name: string;
  /** All its terms; `terms` holds at most the first GLOSSARY_TERMS_LIMIT of them, by name. */
  termCount: number;
  viewerCanCreateTerms: boolean;
  terms: GlossaryTreeTerm[];
}
