/**
 * The authorization rules, in one pure function so the whole matrix can be
 * tested role by role. Services call `assertAllowed` before they read or write;
 * the UI only mirrors these answers through `viewerCan*` fields.
 */
import type { Role } from '@polder/graph-schema';
import { apiError } from '../../errors.ts';
import type { Principal } from './Principal.ts';

export type Action =
  | { kind: 'read' }
  /** Description, owners, tags, certification, product membership of an asset of `domain`. */
  | { kind: 'editAsset'; domain: string | null }
  /** Glossary terms and classifications on an asset of `domain`. */
  | { kind: 'assignTerms'; domain: string | null }
  /** Push lineage (OpenLineage) into the graph. */
  | { kind: 'ingestLineage' }
  /** See the sensitive values (classifications, samples) of a restricted asset of `domain`. */
  | { kind: 'seeRestricted'; domain: string | null }
  | { kind: 'manageSources' }
  | { kind: 'manageAccounts' };

export type Decision = { allowed: true } | { allowed: false; code: 'UNAUTHENTICATED' | 'FORBIDDEN'; reason: string };

const ALLOWED: Decision = { allowed: true };

export function authorize(principal: Principal, action: Action): Decision {
  if (action.kind === 'read') {
    if (principal.scopes.includes('READ')) return ALLOWED;
    return principal.account
      ? { allowed: false, code: 'FORBIDDEN', reason: 'this API token may not read the catalog (scope READ missing)' }
      : { allowed: false, code: 'UNAUTHENTICATED', reason: 'sign in or send an API token: this catalog does not allow anonymous reading' };
  }
  const account = principal.account;
  if (!account) return { allowed: false, code: 'UNAUTHENTICATED', reason: 'sign in or send an API token to make changes' };
  if (action.kind === 'seeRestricted') {
    // Reading, not writing: a read-only token of the right account sees them too.
    const sees = account.roles.includes('ADMIN') || account.roles.includes('STEWARD') || (account.roles.includes('DOMAIN_OWNER') && action.domain !== null && account.domains.includes(action.domain));
    return sees ? ALLOWED : { allowed: false, code: 'FORBIDDEN', reason: `${account.username} may not see sensitive values of ${describeDomain(action.domain)}` };
  }
  if (!principal.scopes.includes('WRITE')) return { allowed: false, code: 'FORBIDDEN', reason: 'this API token is read-only (scope WRITE missing)' };
  const has = (role: Role) => account.roles.includes(role);
  if (has('ADMIN')) return ALLOWED;
  const ownsDomain = (domain: string | null) => has('DOMAIN_OWNER') && domain !== null && account.domains.includes(domain);
  const refuse = (reason: string): Decision => ({ allowed: false, code: 'FORBIDDEN', reason: `${account.username} ${reason}` });

  switch (action.kind) {
    case 'editAsset':
      return ownsDomain(action.domain) ? ALLOWED : refuse(`may not edit assets of ${describeDomain(action.domain)}: only its domain owners and admins may`);
    case 'assignTerms':
      return has('STEWARD') || ownsDomain(action.domain)
        ? ALLOWED
        : refuse(`may not assign terms on assets of ${describeDomain(action.domain)}: only stewards, its domain owners and admins may`);
    case 'ingestLineage':
      return has('DOMAIN_OWNER') ? ALLOWED : refuse('may not push lineage: only domain owners and admins may');
    case 'manageSources':
      return refuse('may not manage sources or trigger crawls: only admins may');
    case 'manageAccounts':
      return refuse('may not manage accounts: only admins may');
  }
}

/** Throws the GraphQL error for a refusal: UNAUTHENTICATED or FORBIDDEN, with the reason. */
export function assertAllowed(principal: Principal, action: Action): void {
  const decision = authorize(principal, action);
  if (!decision.allowed) throw apiError(decision.code, decision.reason);
}

export function isAllowed(principal: Principal, action: Action): boolean {
  return authorize(principal, action).allowed;
}

function describeDomain(domain: string | null): string {
  return domain === null ? 'no domain' : `domain "${domain}"`;
}
