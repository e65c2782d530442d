import type { SearchInput } from '../api/queries/searchInput';

/** The most datasets a list of choices shows: the API's largest page of hits. */
export const DOMAIN_DATASETS_SHOWN = 100;

/**
 * The search for one domain's datasets, by name, matching `query` (empty: all of them).
 * The domain is filtered by its name, as the search index keeps it (the domain page's link
 * to its datasets does the same). Partitions are left out: a partition's columns are its
 * table's, which stands for them.
 */
export function domainDatasetsSearch(domainName: string, query: string): SearchInput {
  return {
    query,
    start: 0,
    count: DOMAIN_DATASETS_SHOWN,
    orFilters: [
      {
        and: [
          { field: 'type', values: ['DATASET'] },
          { field: 'domain', values: [domainName] },
          { field: 'partition', values: ['false'] },
        ],
      },
    ],
    sort: 'NAME',
  };
}
