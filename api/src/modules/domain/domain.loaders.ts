import DataLoader from 'dataloader';
import type { DomainCounts, DomainService } from './domain.service.ts';

/** Per request: the counts of a whole level of domains in one query. */
export function createDomainLoaders(service: DomainService) {
  return {
    countsOfDomain: new DataLoader<string, DomainCounts>((urns) => service.countsOf(urns)),
  };
}

export type DomainLoaders = ReturnType<typeof createDomainLoaders>;
