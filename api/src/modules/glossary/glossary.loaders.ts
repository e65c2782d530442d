import DataLoader from 'dataloader';
import { pageCacheKey } from '../../graph/pageKey.ts';
import type { GlossaryService, GlossaryTermsKey, TermCarriersKey, TermChildrenKey } from './glossary.service.ts';

/** Per-request batch loaders of the glossary: one query per kind of neighbour per GraphQL level. */
export function createGlossaryLoaders(service: GlossaryService) {
  return {
    parentOf: new DataLoader((urns: readonly string[]) => service.parentsOf(urns)),
    childrenOf: new DataLoader((keys: readonly TermChildrenKey[]) => service.childrenOf(keys), { cacheKeyFn: pageCacheKey }),
    relationsOf: new DataLoader((urns: readonly string[]) => service.relationsOf(urns)),
    termsOf: new DataLoader((keys: readonly GlossaryTermsKey[]) => service.termsOfGlossaries(keys), {
      cacheKeyFn: (key) => `${key.glossary}\u0000${key.limit}\u0000${key.offset}`,
    }),
    carryingDatasetsOf: new DataLoader((keys: readonly TermCarriersKey[]) => service.carryingDatasetsOf(keys), { cacheKeyFn: pageCacheKey }),
  };
}

export type GlossaryLoaders = ReturnType<typeof createGlossaryLoaders>;
