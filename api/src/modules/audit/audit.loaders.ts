import DataLoader from 'dataloader';
import type { Principal } from '../access/Principal.ts';
import type { AuditService } from './audit.service.ts';
import type { Change } from './change.type.ts';

/** Per request: the changes of many entities (a list of glossary terms with their history) in one batch per requested length. */
export function createAuditLoaders(service: AuditService, principal: Principal) {
  const byLimit = new Map<number, DataLoader<string, Change[]>>();
  return {
    changesOf(limit: number): DataLoader<string, Change[]> {
      let loader = byLimit.get(limit);
      if (!loader) byLimit.set(limit, (loader = new DataLoader((urns: readonly string[]) => service.changesOfEach(principal, urns, limit))));
      return loader;
    },
  };
}

export type AuditLoaders = ReturnType<typeof createAuditLoaders>;
