import DataLoader from 'dataloader';
import { loaderPerArgument } from '../../graph/loaderPerArgument.ts';
import type { Principal } from '../access/Principal.ts';
import type { AuditService } from './audit.service.ts';
import type { Change } from './change.type.ts';

/** Per request: the changes of many entities (a list of glossary terms with their history) in one batch per requested length. */
export function createAuditLoaders(service: AuditService, principal: Principal) {
  return {
    changesOf: loaderPerArgument((limit: number) => new DataLoader((urns: readonly string[]) => service.changesOfEach(principal, urns, limit))),
  };
}

export type AuditLoaders = ReturnType<typeof createAuditLoaders>;
