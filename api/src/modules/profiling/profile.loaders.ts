import DataLoader from 'dataloader';
import type { ProfileService } from './profile.service.ts';

/** Per request: the latest profile of each column, one query per GraphQL level. */
export function createProfileLoaders(service: ProfileService) {
  return {
    profileOf: new DataLoader((fieldUrns: readonly string[]) => service.profilesOf(fieldUrns)),
  };
}

export type ProfileLoaders = ReturnType<typeof createProfileLoaders>;
