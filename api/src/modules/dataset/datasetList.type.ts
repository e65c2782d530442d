import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Dataset } from './dataset.type.ts';
import { DEFAULT_DATASET_LIST_PAGE, MAX_DATASET_LIST_PAGE } from './datasetListPages.ts';

@InputType({ description: 'Which datasets to list, and from where.' })
export class DatasetsInput {
  @Field(() => String, { nullable: true, description: 'Only those of this domain (its id, e.g. `rentals`).' })
  domain?: string | null;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the page before; the first page when absent.' })
  after?: string | null;

  @Field(() => Int, { defaultValue: DEFAULT_DATASET_LIST_PAGE, description: `How many (1–${MAX_DATASET_LIST_PAGE}).` })
  limit!: number;
}

@ObjectType({
  description:
    'Active datasets in URN order, a page at a time: every one a tool may read, however many (search pages reach its first 10,000 hits). A dataset crawled between two pages shows in a later page if its URN sorts after the cursor.',
})
export class DatasetList {
  @Field(() => [Dataset], { description: 'This page of them.' })
  datasets!: Dataset[];

  @Field(() => String, { nullable: true, description: 'Pass it as `after` for the next page; null when this page is the last.' })
  endCursor!: string | null;

  /** The filter, for `total`, which is counted only when asked for. */
  domain!: string | null;
}
