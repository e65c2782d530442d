import { defineDocument } from '../GraphQLDocument';

/** A recently changed asset, as search knows it. */
export interface RecentlyUpdatedAsset {
  urn: string;
  type: 'DATASET' | 'DATA_PRODUCT';
  name: string;
  qualifiedName: string | null;
  /** postgres, dbt, ...; `contract` for a schema object a data contract declares. */
  platform: string | null;
  domain: string | null;
}

/**
 * The datasets and data products changed last, newest first: a browse of the
 * search index sorted by `updatedAt` (the API has no separate "recent" list;
 * the index is the projection of the graph built for listing). Partitions are
 * left out: a table partitioned by day would fill the list, and the table
 * stands for them.
 */
export const recentlyUpdatedQuery = defineDocument<{ search: { hits: RecentlyUpdatedAsset[] } }, { count: number }>(/* GraphQL */ `
  query RecentlyUpdated($count: Int!) {
    search(input: { query: "", count: $count, sort: RECENTLY_UPDATED, orFilters: [{ and: [{ field: "type", values: ["DATASET", "DATA_PRODUCT"] }, { field: "partition", values: ["false"] }] }] }) {
      hits {
        urn
        type
        name
        qualifiedName
        platform
        domain
      }
    }
  }
`);
