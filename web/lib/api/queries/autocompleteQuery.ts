import { defineDocument } from '../GraphQLDocument';
import type { EntityType } from '../schemaEnums';

export interface Suggestion {
  urn: string;
  type: EntityType;
  name: string;
  qualifiedName: string | null;
  /** The owning domain's name; a glossary term's glossary (null: the enterprise glossary). */
  domain: string | null;
}

export const autocompleteQuery = defineDocument<
  { autocomplete: Suggestion[] },
  { input: { query: string; limit: number } }
>(/* GraphQL */ `
  query Autocomplete($input: AutocompleteInput!) {
    autocomplete(input: $input) {
      urn
      type
      name
      qualifiedName
      domain
    }
  }
`);
