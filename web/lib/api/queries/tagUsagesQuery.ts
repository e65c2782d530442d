import { defineDocument } from '../GraphQLDocument';

/** A tag the catalog uses, and how many of the assets the viewer may see carry it. */
export interface TagUsage {
  name: string;
  count: number;
}

export const tagUsagesQuery = defineDocument<{ tags: TagUsage[] }, { input: { prefix: string; limit: number } }>(/* GraphQL */ `
  query TagUsages($input: TagUsageInput!) {
    tags(input: $input) {
      name
      count
    }
  }
`);
