/** OpenLineage runs around datasets and jobs, and what a job reads and writes. */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { Dataset } from '../dataset/dataset.type.ts';
import { checkCount, checkPage, limitArgument, OFFSET_ARGUMENT } from '../../limits/pageArguments.ts';
import { Job } from './job.type.ts';
import { DatasetRun, Run } from './run.type.ts';
import { MAX_JOB_DATASETS_PAGE, MAX_RUNS_PAGE } from './jobs.service.ts';

const RUNS_LIMIT = limitArgument(20, MAX_RUNS_PAGE);
const DATASETS_LIMIT = limitArgument(100, MAX_JOB_DATASETS_PAGE);

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

  @FieldResolver(() => [Dataset], { description: 'The datasets it reads (its inputs), by qualified name, a page at a time: compare with `inputCount`.' })
  async inputs(
    @Root() job: Job,
    @Ctx() ctx: ApiContext,
    @Arg('limit', () => Int, DATASETS_LIMIT) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
  ): Promise<Dataset[]> {
    return (await ctx.loaders.inputsOfJob.load({ urn: job.urn, ...checkPage(limit, offset, MAX_JOB_DATASETS_PAGE) })).datasets;
  }

  @FieldResolver(() => Int, { description: 'How many datasets it reads.' })
  async inputCount(@Root() job: Job, @Ctx() ctx: ApiContext): Promise<number> {
    return (await ctx.loaders.inputsOfJob.load({ urn: job.urn, limit: 0, offset: 0 })).total;
  }

  @FieldResolver(() => [Dataset], { description: 'The datasets it writes (its outputs), by qualified name, a page at a time: compare with `outputCount`.' })
  async outputs(
    @Root() job: Job,
    @Ctx() ctx: ApiContext,
    @Arg('limit', () => Int, DATASETS_LIMIT) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
  ): Promise<Dataset[]> {
    return (await ctx.loaders.outputsOfJob.load({ urn: job.urn, ...checkPage(limit, offset, MAX_JOB_DATASETS_PAGE) })).datasets;
  }

  @FieldResolver(() => Int, { description: 'How many datasets it writes.' })
  async outputCount(@Root() job: Job, @Ctx() ctx: ApiContext): Promise<number> {
    return (await ctx.loaders.outputsOfJob.load({ urn: job.urn, limit: 0, offset: 0 })).total;
  }
}
