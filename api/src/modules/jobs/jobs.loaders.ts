import DataLoader from 'dataloader';
import { loaderPerArgument } from '../../graph/loaderPerArgument.ts';
import type { Dataset } from '../dataset/dataset.type.ts';
import type { DatasetRun, Run } from './run.type.ts';
import type { JobsService } from './jobs.service.ts';

/** Per request: runs around many datasets or jobs in one batch per requested length; a job's inputs and outputs in one each. */
export function createJobsLoaders(service: JobsService) {
  return {
    runsOfDataset: loaderPerArgument((limit: number) => new DataLoader<string, DatasetRun[]>((urns) => service.runsOfDatasets(urns, limit))),
    runsOfJob: loaderPerArgument((limit: number) => new DataLoader<string, Run[]>((urns) => service.runsOfJobs(urns, limit))),
    inputsOfJob: new DataLoader<string, Dataset[]>((urns) => service.datasetsOfJobs(urns, 'READS')),
    outputsOfJob: new DataLoader<string, Dataset[]>((urns) => service.datasetsOfJobs(urns, 'WRITES')),
  };
}
