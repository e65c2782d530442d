import { defineDocument } from '../GraphQLDocument';

/** A glossary as a choice of where to add a term: no terms, which the choice does not need. */
export interface GlossaryChoice {
  /** `enterprise` or a domain id. */
  id: string;
  /** e.g. "Enterprise glossary", "Rentals glossary". */
  name: string;
  viewerCanCreateTerms: boolean;
}

export const glossaryChoicesQuery = defineDocument<{ glossaries: GlossaryChoice[] }, Record<string, never>>(/* GraphQL */ `
  query GlossaryChoices {
    glossaries {
      id
      name
      viewerCanCreateTerms
    }
  }
`);
