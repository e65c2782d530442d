import DataLoader from 'dataloader';
import type { GlossaryService } from './glossary.service.ts';

/** Per-request batch loaders of the glossary: one query per kind of neighbour per GraphQL level. */
export function createGlossaryLoaders(service: GlossaryService) {
  return {
    parentOf: new DataLoader((urns: readonly string[]) => service.parentsOf(urns)),
    childrenOf: new DataLoader((urns: readonly string[]) => service.childrenOf(urns)),
    relationsOf: new DataLoader((urns: readonly string[]) => service.relationsOf(urns)),
  };
}

export type GlossaryLoaders = ReturnType<typeof createGlossaryLoaders>;
