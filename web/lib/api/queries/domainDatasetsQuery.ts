import { defineDocument } from '../GraphQLDocument';
import type { SearchInput } from './searchInput';

/** A dataset as a choice in a list: its address and the name readers know it by. */
export interface DatasetChoice {
  urn: string;
  name: string;
  qualifiedName: string | null;
}

/**
 * The datasets a search finds, no more than a list of choices needs (domainDatasetsSearch builds
 * the input): no facets, highlights or scores, which the search page asks for.
 */
export const domainDatasetsQuery = defineDocument<{ search: { total: number; hits: DatasetChoice[] } }, { input: SearchInput }>(/* GraphQL */ `
  query DomainDatasets($input: SearchInput!) {
    search(input: $input) {
      total
      hits {
        urn
        name
        qualifiedName
      }
    }
  }
`);
