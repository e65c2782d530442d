import DataLoader from 'dataloader';
import { loaderPerArgument } from '../../graph/loaderPerArgument.ts';
import type { DatasetRun } from './datasetRun.type.ts';
import type { JobRunsService } from './jobRuns.service.ts';

/** Per request: the runs around many datasets in one batch per requested length. */
export function createJobRunsLoaders(service: JobRunsService) {
  return {
    runsOfDataset: loaderPerArgument((limit: number) => new DataLoader<string, DatasetRun[]>((urns) => service.runsOfDatasets(urns, limit))),
  };
}
