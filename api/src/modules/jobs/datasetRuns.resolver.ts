/** A dataset's runs: those of the jobs that write or read it (OpenLineage). */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { checkCount, limitArgument } from '../../limits/pageArguments.ts';
import { DatasetRun } from './datasetRun.type.ts';
import { MAX_DATASET_RUNS } from './jobRuns.service.ts';

@Resolver(() => Dataset)
export class DatasetRunsResolver {
  @FieldResolver(() => [DatasetRun], { description: 'The newest runs of the jobs that write or read it, as OpenLineage reports them, newest started first.' })
  runs(@Root() dataset: Dataset, @Arg('limit', () => Int, limitArgument(20, MAX_DATASET_RUNS)) limit: number, @Ctx() ctx: ApiContext): Promise<DatasetRun[]> {
    return ctx.loaders.runsOfDataset(checkCount(limit, MAX_DATASET_RUNS)).load(dataset.urn);
  }
}
