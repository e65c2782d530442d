import { defineDocument } from '../GraphQLDocument';
import { GLOSSARY_TREE_FIELDS, type GlossaryTreeFields } from '../fragments/glossaryTreeFields';

/** A term as the glossary page names it beside a shared word: with the domain whose sense it is. */
export interface SenseLink {
  urn: string;
  name: string;
  domain: { name: string } | null;
}

/** A word with one sense per domain (a polyseme). */
export interface SharedWord {
  urn: string;
  label: string;
  /** DRAFT or APPROVED. */
  polysemeStatus: string;
  senses: SenseLink[];
}

/** The same word defined by two or more domains' glossaries, with no polyseme relating the terms yet. */
export interface UnsharedWord {
  label: string;
  terms: SenseLink[];
}

/** Every glossary with its term tree, the shared words, and how many terms wait for the viewer's review. */
export const glossariesQuery = defineDocument<
  { glossaries: GlossaryTreeFields[]; glossaryReviewQueue: Array<{ urn: string }>; polysemes: SharedWord[]; unmodeledPolysemes: UnsharedWord[] },
  { termLimit: number; queueLimit: number }
>(
  /* GraphQL */ `
    query Glossaries($termLimit: Int!, $queueLimit: Int!) {
      glossaries {
        ...GlossaryTreeFields
      }
      glossaryReviewQueue(limit: $queueLimit) {
        urn
      }
      polysemes {
        urn
        label
        polysemeStatus
        senses {
          ...SenseLink
        }
      }
      unmodeledPolysemes {
        label
        terms {
          ...SenseLink
        }
      }
    }

    fragment SenseLink on GlossaryTerm {
      urn
      name
      domain {
        name
      }
    }
  `,
  GLOSSARY_TREE_FIELDS,
);

/** One glossary with its term tree (the new-term page offers its terms as parents). */
export const glossaryQuery = defineDocument<{ glossary: GlossaryTreeFields | null }, { id: string; termLimit: number }>(
  /* GraphQL */ `
    query Glossary($id: ID!, $termLimit: Int!) {
      glossary(id: $id) {
        ...GlossaryTreeFields
      }
    }
  `,
  GLOSSARY_TREE_FIELDS,
);

/** The terms that may replace a deprecated one: those of its own glossary and of the enterprise glossary. */
export const replacementCandidatesQuery = defineDocument<
  { own: { terms: GlossaryTreeFields['terms'] } | null; enterprise: { terms: GlossaryTreeFields['terms'] } | null },
  { glossary: string; termLimit: number }
>(/* GraphQL */ `
  query ReplacementCandidates($glossary: ID!, $termLimit: Int!) {
    own: glossary(id: $glossary) {
      terms(limit: $termLimit) {
        urn
        name
        termStatus
        parent {
          urn
        }
      }
    }
    enterprise: glossary(id: "enterprise") {
      terms(limit: $termLimit) {
        urn
        name
        termStatus
        parent {
          urn
        }
      }
    }
  }
`);
