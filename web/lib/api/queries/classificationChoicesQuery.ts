import { defineDocument } from '../GraphQLDocument';

/**
 * Where the catalog names classifications, to offer them when classifying a dataset or a column: the
 * glossary's terms (each passes its classifications on to the columns carrying it) and the governance
 * policies in force (which select assets by classification). The API keeps no list of its own: any
 * upper-case name is a classification.
 */
export const classificationChoicesQuery = defineDocument<
  {
    glossaries: Array<{ terms: Array<{ classifications: string[] }> }>;
    policies: Array<{ target: { classifications: string[] | null } }>;
  },
  { termLimit: number }
>(/* GraphQL */ `
  query ClassificationChoices($termLimit: Int!) {
    glossaries {
      terms(limit: $termLimit) {
        classifications
      }
    }
    policies {
      target {
        classifications
      }
    }
  }
`);
