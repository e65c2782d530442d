import { defineDocument } from '../GraphQLDocument';
import { IDENTITY_FIELD_FIELDS, type IdentityFieldFields } from '../fragments/identityFieldFields';
import { TERM_LINK_FIELDS, type TermLinkFields } from '../fragments/termLinkFields';
import { TERM_OWNER_FIELDS, type TermOwnerFields } from '../fragments/termOwnerFields';
import type { TermStatus } from '../schemaEnums';
import type { NamedUrn } from './changesQuery';

export interface TermRelationEntry {
  /** IS_A, HAS_A, RELATED_TO, REPLACED_BY, ANTONYM, SEE_ALSO. */
  kind: string;
  /** How it reads from this term: isA, hasKinds, partOf, replacedBy, ... */
  name: string;
  provenance: string;
  relationStatus: string;
  term: TermLinkFields & { glossary: string };
}

/** One version of a term: who, when, why, and the fields it changed (values as JSON text). */
export interface TermVersionEntry {
  version: number;
  /** ISO 8601, UTC. */
  at: string;
  actor: string;
  /** e.g. `updateGlossaryTerm`, `approveGlossaryTerm`. */
  action: string;
  comment: string | null;
  diff: Array<{ field: string; before: string | null; after: string | null }>;
  /** Names for the URNs the diff holds, to show instead of them. */
  names: NamedUrn[];
}

export interface GlossaryTermDetail {
  urn: string;
  name: string;
  definition: string | null;
  termStatus: TermStatus;
  /** `enterprise` or a domain id. */
  glossary: string;
  domain: { id: string; name: string } | null;
  version: number;
  synonyms: string[];
  acronyms: string[];
  examples: string[];
  /** Its owner entries, each with the person or team it names. */
  ownerEntries: TermOwnerFields[];
  reviewers: string[];
  classifications: string[];
  /** Column-name patterns (`*`, `?`) for which the term is suggested, e.g. `*_email`. */
  columnPatterns: string[];
  links: Array<{ label: string; url: string }>;
  parent: TermLinkFields | null;
  /** The first page of the terms grouped under it (the API's largest); `childCount` counts them all. */
  children: TermLinkFields[];
  childCount: number;
  relations: TermRelationEntry[];
  /** The polyseme this term is a sense of. */
  senseOf: { urn: string; label: string } | null;
  /** For a sense: the columns of its domain that identify an instance of it (none for other terms). */
  identityFields: IdentityFieldFields[];
  /** Who submitted it for review last. */
  reviewRequestedBy: string | null;
  /** May the viewer edit it (its glossary's editors)? */
  viewerCanEdit: boolean;
  /** May the viewer change its content now (an editor, and it is neither in review nor deprecated)? */
  viewerCanEditContent: boolean;
  /** Is the viewer one of its reviewers who did not submit it? */
  viewerCanReview: boolean;
  /** The statuses the viewer may move it to now. */
  viewerCanMoveTo: TermStatus[];
  /** Newest first. */
  history: TermVersionEntry[];
}

export const glossaryTermQuery = defineDocument<{ glossaryTerm: GlossaryTermDetail | null }, { urn: string }>(
  /* GraphQL */ `
    query GlossaryTerm($urn: ID!) {
      glossaryTerm(urn: $urn) {
        urn
        name
        definition
        termStatus
        glossary
        domain {
          id
          name
        }
        version
        synonyms
        acronyms
        examples
        ownerEntries {
          ...TermOwnerFields
        }
        reviewers
        classifications
        columnPatterns
        links {
          label
          url
        }
        parent {
          ...TermLinkFields
        }
        children {
          ...TermLinkFields
        }
        childCount
        relations {
          kind
          name
          provenance
          relationStatus
          term {
            ...TermLinkFields
            glossary
          }
        }
        senseOf {
          urn
          label
        }
        identityFields {
          ...IdentityFieldFields
        }
        reviewRequestedBy
        viewerCanEdit
        viewerCanEditContent
        viewerCanReview
        viewerCanMoveTo
        history {
          version
          at
          actor
          action
          comment
          diff {
            field
            before
            after
          }
          names {
            urn
            name
          }
        }
      }
    }
  `,
  TERM_LINK_FIELDS,
  TERM_OWNER_FIELDS,
  IDENTITY_FIELD_FIELDS,
);
