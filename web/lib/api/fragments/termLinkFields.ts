/** A glossary term as a dataset or column shows it. */
export const TERM_LINK_FIELDS = /* GraphQL */ `
  fragment TermLinkFields on GlossaryTerm {
    urn
    name
    termStatus
  }
`;

export interface TermLinkFields {
  urn: string;
  name: string;
  termStatus: string;
}
