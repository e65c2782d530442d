import { defineDocument } from '../GraphQLDocument';

/** A dataset among the most used, with the popularity that ranked it. */
export interface PopularDataset {
  urn: string;
  name: string;
  qualifiedName: string;
  platform: string;
  domain: { name: string } | null;
  usage: { popularity: number | null } | null;
}

/** The most popular datasets (measured usage above 0), most popular first; empty when nothing records usage. */
export const popularDatasetsQuery = defineDocument<{ popularDatasets: PopularDataset[] }, { count: number }>(/* GraphQL */ `
  query PopularDatasets($count: Int!) {
    popularDatasets(count: $count) {
      urn
      name
      qualifiedName
      platform
      domain {
        name
      }
      usage {
        popularity
      }
    }
  }
`);
