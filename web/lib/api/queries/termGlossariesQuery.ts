import { defineDocument } from '../GraphQLDocument';

/** Glossary terms by URN with the domain whose glossary holds each (null: the enterprise glossary); null for an unknown URN. */
export const termGlossariesQuery = defineDocument<
  { entities: Array<{ urn: string; domain?: { name: string } | null } | null> },
  { urns: string[] }
>(/* GraphQL */ `
  query TermGlossaries($urns: [ID!]!) {
    entities(urns: $urns) {
      urn
      ... on GlossaryTerm {
        domain {
          name
        }
      }
    }
  }
`);
