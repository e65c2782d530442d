import type { ResolvedOwner } from '../../urls/ownerHref';

/** An owner entry of a glossary term (or a polyseme's sense), with the person or team it names, for OwnerLink. */
export const TERM_OWNER_FIELDS = /* GraphQL */ `
  fragment TermOwnerFields on TermOwner {
    name
    person {
      urn
      name
    }
    team {
      urn
      name
    }
  }
`;

/** As written in the term's `owners`, and whom it names (null for a name the directory does not know, or knows twice). */
export type TermOwnerFields = ResolvedOwner;
