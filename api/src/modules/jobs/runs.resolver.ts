/** OpenLineage runs around datasets and jobs, and what a job reads and writes. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { checkCount, limitArgument } from '../../limits/pageArguments.ts';
import { Job } from './job.type.ts';
import { DatasetRun, Run } from './run.type.ts';
import { MAX_RUNS_PAGE } from './jobs.service.ts';

const RUNS_LIMIT = limitArgument(20, MAX_RUNS_PAGE);

@Resolver(() => Dataset)
export class DatasetRunsResolver {
  @FieldResolver(() => [DatasetRun], { description: 'The newest runs of the jobs that write or read it, as OpenLineage reports them, newest started first.' })
  runs(@Root() dataset: Dataset, @Arg('limit', () => Int, RUNS_LIMIT) limit: number, @Ctx() ctx: ApiContext): Promise<DatasetRun[]> {
    return ctx.loaders.runsOfDataset(checkCount(limit, MAX_RUNS_PAGE)).load(dataset.urn);
  }
}

@Resolver(() => Job)
export class JobResolver {
  @FieldResolver(() => [Run], { description: 'Its newest runs, newest started first.' })
  runs(@Root() job: Job, @Arg('limit', () => Int, RUNS_LIMIT) limit: number, @Ctx() ctx: ApiContext): Promise<Run[]> {
    return ctx.loaders.runsOfJob(checkCount(limit, MAX_RUNS_PAGE)).load(job.urn);
  }

  @FieldResolver(() => [Dataset], { description: 'The datasets it reads (its inputs), by qualified name.' })
  inputs(@Root() job: Job, @Ctx() ctx: ApiContext): Promise<Dataset[]> {
    return ctx.loaders.inputsOfJob.load(job.urn);
  }

  @FieldResolver(() => [Dataset], { description: 'The datasets it writes (its outputs), by qualified name.' })
  outputs(@Root() job: Job, @Ctx() ctx: ApiContext): Promise<Dataset[]> {
    return ctx.loaders.outputsOfJob.load(job.urn);
  }
}
