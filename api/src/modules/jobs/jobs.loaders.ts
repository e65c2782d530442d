import DataLoader from 'dataloader';
import { loaderPerArgument } from '../../graph/loaderPerArgument.ts';
import { pageCacheKey, type PageKey } from '../../graph/pageKey.ts';
import type { DatasetRun, Run } from './run.type.ts';
import type { JobDatasets, JobsService } from './jobs.service.ts';

/** Per request: runs around many datasets or jobs in one batch per requested length; pages of jobs' inputs and outputs in one each. */
export function createJobsLoaders(service: JobsService) {
  return {
    runsOfDataset: loaderPerArgument((limit: number) => new DataLoader<string, DatasetRun[]>((urns) => service.runsOfDatasets(urns, limit))),
    runsOfJob: loaderPerArgument((limit: number) => new DataLoader<string, Run[]>((urns) => service.runsOfJobs(urns, limit))),
    inputsOfJob: new DataLoader<PageKey, JobDatasets, string>((keys) => service.datasetsOfJobs(keys, 'READS'), { cacheKeyFn: pageCacheKey }),
    outputsOfJob: new DataLoader<PageKey, JobDatasets, string>((keys) => service.datasetsOfJobs(keys, 'WRITES'), { cacheKeyFn: pageCacheKey }),
  };
}
