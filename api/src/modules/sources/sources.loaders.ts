import DataLoader from 'dataloader';
import { loaderPerArgument } from '../../graph/loaderPerArgument.ts';
import type { CrawlRun } from './crawlRun.type.ts';
import type { SourcesService } from './sources.service.ts';

/** Per request: one batch loader of run histories per requested page size. */
export function createRunsLoader(service: SourcesService): (limit: number) => DataLoader<string, CrawlRun[]> {
  return loaderPerArgument((limit: number) => new DataLoader((urns: readonly string[]) => service.runsOfSources(urns, limit)));
}
