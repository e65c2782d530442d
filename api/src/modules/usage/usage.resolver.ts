/** `Dataset.usage` (stored on the dataset, so it needs no query) and `popularDatasets`. */
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { DatasetUsage } from './datasetUsage.type.ts';
import { datasetUsageOf } from './datasetUsageOf.ts';
import { UsageService } from './usage.service.ts';

export const MAX_POPULAR_DATASETS = 50;

@Resolver(() => Dataset)
export class DatasetUsageResolver {
  @FieldResolver(() => DatasetUsage, { nullable: true, description: 'How much it is used, and the evidence; null when nothing measures its usage.' })
  usage(@Root() dataset: Dataset): DatasetUsage | null {
    return datasetUsageOf(dataset as unknown as Record<string, unknown>);
  }

  @Query(() => [Dataset], { description: `The most popular datasets, most popular first: only those whose usage is measured and above 0 (empty when nothing records usage), and no partition: a partitioned table counts the reads of its partitions.` })
  popularDatasets(
    @Arg('count', () => Int, { defaultValue: 6, description: `How many (1–${MAX_POPULAR_DATASETS}).` }) count: number,
    @Ctx() ctx: ApiContext,
  ): Promise<Dataset[]> {
    if (!Number.isInteger(count) || count < 1 || count > MAX_POPULAR_DATASETS) throw apiError('BAD_USER_INPUT', `count must be between 1 and ${MAX_POPULAR_DATASETS}`, { argument: 'count' });
    return new UsageService(ctx.graph).popularDatasets(count);
  }
}
