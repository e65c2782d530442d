import DataLoader from 'dataloader';
import type { PolysemeService } from './polyseme.service.ts';

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
  };
}

export type PolysemeLoaders = ReturnType<typeof createPolysemeLoaders>;
