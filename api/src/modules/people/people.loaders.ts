import DataLoader from 'dataloader';
import type { OwnedKey, PageKey, PeopleService } from './people.service.ts';

const pageKey = (key: PageKey) => `${key.urn} ${key.limit} ${key.offset}`;

/**
 * Per-request batch loaders of people and teams: one query per kind of neighbour
 * per GraphQL level. Pages are keyed by their arguments too, so two pages of one
 * person asked in the same level still share the batch.
 */
export function createPeopleLoaders(service: PeopleService) {
  return {
    teamsOf: new DataLoader((keys: readonly PageKey[]) => service.teamsOf(keys), { cacheKeyFn: pageKey }),
    membersOf: new DataLoader((keys: readonly PageKey[]) => service.membersOf(keys), { cacheKeyFn: pageKey }),
    ownedBy: new DataLoader((keys: readonly OwnedKey[]) => service.owned(keys), { cacheKeyFn: (key) => `${pageKey(key)} ${key.types.join(',')}` }),
    /** The person and team an owner entry names (`Owner.person`, `Owner.team`; a glossary term's `ownerEntries`). */
    identityOf: new DataLoader((entries: readonly string[]) => service.identitiesOf(entries)),
  };
}

export type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;
