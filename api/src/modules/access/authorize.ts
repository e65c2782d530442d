/**
 * The authorization rules, in one pure function so the whole matrix can be
 * tested role by role. Services call `assertAllowed` before they read or write;
 * the UI only mirrors these answers through `viewerCan*` fields.
 */
import type { Role } from '@polder/graph-schema';
import { apiError } from '../../errors.ts';
import type { Principal, PrincipalAccount } from './Principal.ts';

export type Action =
  | { kind: 'read' }
  /**
   * Any change at all: an account, with scope WRITE. Asked before a mutation looks anything up (mutationGate.ts),
   * so that a caller who may change nothing cannot tell an asset that exists from one that does not by its answer.
   */
  | { kind: 'change' }
  /** Description, owners, tags, certification, product membership of an asset of `domain`. */
  | { kind: 'editAsset'; domain: string | null }
  /** Glossary terms and classifications on an asset of `domain`. */
  | { kind: 'assignTerms'; domain: string | null }
  /** Push lineage (OpenLineage) into the graph. */
  | { kind: 'ingestLineage' }
  /** See the sensitive values (classifications, samples) of a restricted asset of `domain`. */
  | { kind: 'seeRestricted'; domain: string | null }
  /**
   * Why a crawl of a source of `domain` failed and what it warned of: the messages name the store's host,
   * database and user, and quote its driver. Those who fix the source see them, not every reader.
   */
  | { kind: 'seeCrawlDetails'; domain: string | null }
  | { kind: 'manageSources' }
  | { kind: 'manageAccounts' }
  /**
   * Create, edit, relate, submit, deprecate or import terms of a glossary: `domain` is the domain whose
   * glossary it is, null for the enterprise glossary. A polyseme's sense is a domain term: this rule.
   */
  | { kind: 'editGlossaryTerm'; domain: string | null }
  /** Approve or reject a term in review: `reviewers` are the term's, `requestedBy` who submitted it. */
  | { kind: 'reviewGlossaryTerm'; reviewers: readonly string[]; requestedBy: string | null }
  /** The global part of polysemes: their label, their list of senses, the mappings between senses. */
  | { kind: 'governPolysemes' }
  /**
   * Keep the lifecycle statuses a glossary file states when importing it (a migration of terms reviewed
   * elsewhere); anyone else's import leaves statuses to the lifecycle, where only a named reviewer approves.
   */
  | { kind: 'importTermStatuses' }
  /** Evaluate a proposed policy set against the whole catalog (a dry run: it changes nothing, but reads every asset). */
  | { kind: 'previewPolicies' };

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
  if (!account) {
    // The reads that need an account are not changes; saying "to make changes" for a dry run misled.
    const reads = action.kind === 'seeRestricted' || action.kind === 'seeCrawlDetails' || action.kind === 'previewPolicies';
    return { allowed: false, code: 'UNAUTHENTICATED', reason: reads ? 'sign in or send an API token first' : 'sign in or send an API token to make changes' };
  }
  if (action.kind === 'seeRestricted') {
    // Reading, not writing: a read-only token of the right account sees them too.
    const sees = account.roles.includes('ADMIN') || account.roles.includes('STEWARD') || (account.roles.includes('DOMAIN_OWNER') && action.domain !== null && account.domains.includes(action.domain));
    return sees ? ALLOWED : { allowed: false, code: 'FORBIDDEN', reason: `${account.username} may not see sensitive values of ${describeDomain(action.domain)}` };
  }
  if (action.kind === 'seeCrawlDetails') {
    // Reading, not writing: a read-only token of the right account sees them too.
    const sees = account.roles.includes('ADMIN') || (account.roles.includes('DOMAIN_OWNER') && action.domain !== null && account.domains.includes(action.domain));
    return sees ? ALLOWED : { allowed: false, code: 'FORBIDDEN', reason: `${account.username} may not see why crawls of ${describeDomain(action.domain)} failed` };
  }
  if (action.kind === 'previewPolicies') {
    // Reading, not writing: those who write policies (the council for the baseline, domain owners for their packs) try them first.
    const drafts = account.roles.includes('ADMIN') || account.roles.includes('COUNCIL') || account.roles.includes('DOMAIN_OWNER');
    return drafts ? ALLOWED : { allowed: false, code: 'FORBIDDEN', reason: `${account.username} may not preview policies: only the council, domain owners and admins may` };
  }
  if (!principal.scopes.includes('WRITE')) return { allowed: false, code: 'FORBIDDEN', reason: 'this API token is read-only (scope WRITE missing)' };
  if (action.kind === 'change') return ALLOWED;
  const has = (role: Role) => account.roles.includes(role);
  if (action.kind === 'reviewGlossaryTerm') {
    // Four eyes, for everyone (admins too): only a reviewer named on the term decides, never the one who asked.
    if (action.requestedBy === account.username) return { allowed: false, code: 'FORBIDDEN', reason: `${account.username} submitted this term for review and may not decide on it: another reviewer must` };
    return action.reviewers.includes(account.username)
      ? ALLOWED
      : { allowed: false, code: 'FORBIDDEN', reason: `${account.username} may not approve or reject this term: only its reviewers (${action.reviewers.join(', ') || 'none named yet'}) may` };
  }
  if (has('ADMIN')) return ALLOWED;
  const ownsDomain = (domain: string | null) => has('DOMAIN_OWNER') && domain !== null && account.domains.includes(domain);
  const refuse = (reason: string): Decision => ({ allowed: false, code: 'FORBIDDEN', reason: `${account.username} ${reason}` });

  switch (action.kind) {
    // An asset of no domain (known from pushed lineage alone, in a store no source crawls) has no owners to name.
    case 'editAsset':
      if (ownsDomain(action.domain)) return ALLOWED;
      return refuse(action.domain === null ? 'may not edit assets of no domain: only admins may' : `may not edit assets of ${describeDomain(action.domain)}: only its domain owners and admins may`);
    case 'assignTerms':
      if (has('STEWARD') || ownsDomain(action.domain)) return ALLOWED;
      return refuse(
        action.domain === null
          ? 'may not assign terms or classifications on assets of no domain: only stewards and admins may'
          : `may not assign terms or classifications on assets of ${describeDomain(action.domain)}: only stewards, its domain owners and admins may`,
      );
    case 'ingestLineage':
      return has('DOMAIN_OWNER') ? ALLOWED : refuse('may not push lineage: only domain owners and admins may');
    case 'manageSources':
      return refuse('may not manage sources or trigger crawls: only admins may');
    case 'manageAccounts':
      return refuse('may not manage accounts: only admins may');
    case 'editGlossaryTerm':
      if (action.domain === null) {
        return has('STEWARD') || has('COUNCIL') ? ALLOWED : refuse('may not edit the enterprise glossary: only stewards, the council and admins may');
      }
      // The council decides the global parts only: a domain's terms (and its polyseme senses) stay the domain's.
      return has('STEWARD') || ownsDomain(action.domain)
        ? ALLOWED
        : refuse(`may not edit the glossary of ${describeDomain(action.domain)}: only its domain owners, stewards and admins may`);
    case 'governPolysemes':
      return has('COUNCIL') ? ALLOWED : refuse('may not change the global part of a polyseme (label, senses, mappings): only the council and admins may');
    case 'importTermStatuses':
      return refuse('may not import term statuses: only admins may (a migration); others\' imports leave statuses to review');
  }
}

/**
 * Every kind of action as a change in `domain` (null: no domain, the enterprise glossary), or null for the
 * kinds that are no change a role grants: reads, `change` (what mayChangeSomething asks, not a change of its
 * own) and a term review (a term grants it by naming its reviewers, whatever their roles). Keyed by every
 * kind, so a new kind of action cannot be added without saying here whether it is one.
 */
const AS_CHANGE: { [K in Action['kind']]: ((domain: string | null) => Action) | null } = {
  read: null,
  change: null,
  seeRestricted: null,
  seeCrawlDetails: null,
  previewPolicies: null,
  reviewGlossaryTerm: null,
  editAsset: (domain) => ({ kind: 'editAsset', domain }),
  assignTerms: (domain) => ({ kind: 'assignTerms', domain }),
  editGlossaryTerm: (domain) => ({ kind: 'editGlossaryTerm', domain }),
  ingestLineage: () => ({ kind: 'ingestLineage' }),
  manageSources: () => ({ kind: 'manageSources' }),
  manageAccounts: () => ({ kind: 'manageAccounts' }),
  governPolysemes: () => ({ kind: 'governPolysemes' }),
  importTermStatuses: () => ({ kind: 'importTermStatuses' }),
};

/**
 * Whether the roles of `account` let it change anything at all, given scope WRITE. A VIEWER's never do,
 * whatever domains it is a member of: a WRITE token of such an account is one every change refuses, so it is
 * neither issued (AccessService.issueApiToken) nor offered (`Viewer.viewerCanCreateWriteTokens`).
 *
 * Answered by `authorize` itself, so the role table stays in one place: each kind of change is asked of no
 * domain and of each domain on the account, which is everywhere a role reaches (a role bound to domains
 * reaches the account's; one that is not reaches "no domain" too). A term review does not count: being
 * named a reviewer is not a role, and a review is a person's decision, made signed in, not a tool's.
 */
export function mayChangeSomething(account: PrincipalAccount): boolean {
  const principal: Principal = { account, via: 'SESSION', scopes: ['READ', 'WRITE'] };
  const changes = Object.values(AS_CHANGE).filter((asChange) => asChange !== null);
  return [null, ...account.domains].some((domain) => changes.some((asChange) => authorize(principal, asChange(domain)).allowed));
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
