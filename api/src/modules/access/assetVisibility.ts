/**
 * Which assets a caller may see at all, in one pure rule beside `authorize`.
 *
 * A domain is `mesh` (the default: everyone who may read the catalog sees its assets) or `private`
 * (polder.yaml, `visibility: private`). A private domain's datasets, their columns and the jobs that
 * write them are seen only by its members (accounts that list the domain, whatever their role), the
 * council and admins. Its data products and their output ports stay visible to every reader: a port is
 * what a domain publishes to the mesh. Anonymous readers are members of nothing.
 *
 * Everything else translates this rule rather than restating it: the search index stores each
 * document's `audiencesOf`, searches filter on `audiencesSeenBy`, and Cypher reads take
 * `visibilityParameters` (visibleInCypher.ts). `maySeeAsset` is the rule those translations must agree with.
 */
import { isAllowed } from './authorize.ts';
import type { Principal } from './Principal.ts';

export type DomainVisibility = 'mesh' | 'private';

/** Where an asset sits, as far as visibility goes. */
export interface AssetPlace {
  /** Id of the domain that owns the asset; null for an asset of no domain (always visible). */
  domain: string | null;
  domainVisibility: DomainVisibility;
  /** True when an active data product exposes the asset (an output port): published to the mesh. */
  publishedPort: boolean;
}

/** Everyone who may read the catalog. */
export const MESH_AUDIENCE = 'mesh';

/** The members of one private domain. */
export function domainAudience(domain: string): string {
  return `domain:${domain}`;
}

/**
 * Who may see an asset: `mesh`, or the members of its private domain. (The council and admins see
 * everything, so they are no audience of their own.)
 */
export function audiencesOf(asset: AssetPlace): string[] {
  if (asset.domainVisibility === 'mesh' || asset.publishedPort || asset.domain === null) return [MESH_AUDIENCE];
  return [domainAudience(asset.domain)];
}

/** The audiences whose assets a caller sees: every one (`'all'`), or the mesh and the private domains it belongs to. */
export function audiencesSeenBy(principal: Principal): 'all' | string[] {
  const account = principal.account;
  if (!account) return [MESH_AUDIENCE];
  if (account.roles.includes('ADMIN') || account.roles.includes('COUNCIL')) return 'all';
  return [MESH_AUDIENCE, ...account.domains.map(domainAudience)];
}

/** May this caller see this asset? The one rule; a hidden asset is answered as if it did not exist. */
export function maySeeAsset(principal: Principal, asset: AssetPlace): boolean {
  const seen = audiencesSeenBy(principal);
  return seen === 'all' || audiencesOf(asset).some((audience) => seen.includes(audience));
}

/**
 * The caller's side of the rule for Cypher reads: whether it sees every private domain, and which
 * it belongs to; and, for the sensitive values of restricted datasets (authorize's `seeRestricted`,
 * access/sensitiveValues.ts), whether it sees those of every domain, or of which. Computed once per
 * request, from the principal alone.
 */
export interface VisibilityParameters {
  everyDomain: boolean;
  memberOf: string[];
  restrictedEverywhere: boolean;
  restrictedIn: string[];
}

export function visibilityParameters(principal: Principal): VisibilityParameters {
  const seen = audiencesSeenBy(principal);
  const prefix = domainAudience('');
  const restrictedEverywhere = isAllowed(principal, { kind: 'seeRestricted', domain: null });
  return {
    ...(seen === 'all' ? { everyDomain: true, memberOf: [] } : { everyDomain: false, memberOf: seen.filter((audience) => audience.startsWith(prefix)).map((audience) => audience.slice(prefix.length)) }),
    restrictedEverywhere,
    restrictedIn: restrictedEverywhere ? [] : (principal.account?.domains ?? []).filter((domain) => isAllowed(principal, { kind: 'seeRestricted', domain })),
  };
}

/**
 * What the Cypher predicates take (visibleInCypher.ts): the private domains whose unpublished assets
 * the caller may not see. Usually none (no private domain, or the caller belongs to them all), and
 * then a predicate costs nothing: it never looks at an asset's domain.
 *
 *   hiddenDomains({everyDomain: false, memberOf: ['risk']}, ['risk', 'hr']) → ['hr']
 */
export function hiddenDomains(parameters: Pick<VisibilityParameters, 'everyDomain' | 'memberOf'>, privateDomains: readonly string[]): string[] {
  return parameters.everyDomain ? [] : privateDomains.filter((domain) => !parameters.memberOf.includes(domain));
}

/**
 * Who may see an asset that belongs where several others do (a job, by the datasets it writes): those
 * who may see all of them. Exact for the mesh and for one private domain; an asset needing members of
 * two private domains is left to the council and admins (`[]`), as no single audience holds them.
 */
export function audiencesOfAll(assets: readonly AssetPlace[]): string[] {
  const restricted = [...new Set(assets.flatMap(audiencesOf).filter((audience) => audience !== MESH_AUDIENCE))];
  if (restricted.length === 0) return [MESH_AUDIENCE];
  return restricted.length === 1 ? restricted : [];
}
