import { defineDocument } from '../GraphQLDocument';
import { TERM_LINK_FIELDS, type TermLinkFields } from '../fragments/termLinkFields';

export interface TermRelationEntry {
  /** IS_A, HAS_A, RELATED_TO, REPLACED_BY, ANTONYM, SEE_ALSO. */
  kind: string;
  /** How it reads from this term: isA, hasKinds, partOf, replacedBy, ... */
  name: string;
  provenance: string;
  relationStatus: string;
  term: TermLinkFields & { glossary: string };
}

export interface GlossaryTermDetail {
  urn: string;
  name: string;
  definition: string | null;
  termStatus: string;
  /** `enterprise` or a domain id. */
  glossary: string;
  domain: { id: string; name: string } | null;
  version: number;
  synonyms: string[];
  acronyms: string[];
  examples: string[];
  owners: string[];
  reviewers: string[];
  classifications: string[];
  links: Array<{ label: string; url: string }>;
  parent: TermLinkFields | null;
  children: TermLinkFields[];
  relations: TermRelationEntry[];
  /** The polyseme this term is a sense of. */
  senseOf: { urn: string; label: string } | null;
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
        owners
        reviewers
        classifications
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
      }
    }
  `,
  TERM_LINK_FIELDS,
);
