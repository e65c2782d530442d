import DataLoader from 'dataloader';
import { loaderPerArgument } from '../../graph/loaderPerArgument.ts';
import type { JoinKeyView, PolysemeService } from './polyseme.service.ts';

/** Per-request batch loaders of polysemes and senses. */
export function createPolysemeLoaders(service: PolysemeService) {
  return {
    polysemeByUrn: new DataLoader((urns: readonly string[]) => service.polysemesByUrn(urns)),
    sensesOf: new DataLoader((urns: readonly string[]) => service.sensesOf(urns)),
    polysemeOfSense: new DataLoader((urns: readonly string[]) => service.polysemeOfSenses(urns)),
    identityFieldsOf: new DataLoader((urns: readonly string[]) => service.identityFieldsOf(urns)),
    mappingsOf: new DataLoader((urns: readonly string[]) => service.mappingsOfMany(urns)),
    carriersOf: new DataLoader((keys: ReadonlyArray<{ urn: string; offset: number; limit: number }>) => service.carriersOf(keys), {
      cacheKeyFn: ({ urn, offset, limit }) => `${urn} ${offset}+${limit}`,
    }),
    // One loader per pair of domains. Not cached, so no edit of the mappings (polysemeAfterEdit) needs to clear it.
    joinKeysOf: loaderPerArgument(
      ({ domainA, domainB }: { domainA: string; domainB: string }) =>
        new DataLoader<string, JoinKeyView[]>((urns) => service.joinKeysOf(urns, domainA, domainB), { cache: false }),
      ({ domainA, domainB }) => `${domainA}\u0000${domainB}`,
    ),
  };
}

export type PolysemeLoaders = ReturnType<typeof createPolysemeLoaders>;
