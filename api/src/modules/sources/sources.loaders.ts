import DataLoader from 'dataloader';
import type { CrawlRun } from './crawlRun.type.ts';
import type { SourcesService } from './sources.service.ts';

/** Per request: one batch loader of run histories per requested page size. */
export function createRunsLoader(service: SourcesService): (limit: number) => DataLoader<string, CrawlRun[]> {
  const byLimit = new Map<number, DataLoader<string, CrawlRun[]>>();
  return (limit) => {
    let loader = byLimit.get(limit);
    if (!loader) byLimit.set(limit, (loader = new DataLoader((urns: readonly string[]) => service.runsOfSources(urns, limit))));
    return loader;
  };
}
