import type { Role, TokenScope } from '@polder/graph-schema';

/** The signed-in account behind a request. */
export interface PrincipalAccount {
  username: string;
  displayName: string;
  roles: Role[];
  /** Domain ids this account owns (meaningful with the DOMAIN_OWNER role). */
  domains: string[];
}

/**
 * Who is calling, and with what reach: an account through a session (read and
 * write) or an API token (its scopes), or nobody (anonymous: read only, and only
 * when the deployment allows it).
 */
export interface Principal {
  account: PrincipalAccount | null;
  via: 'ANONYMOUS' | 'SESSION' | 'TOKEN';
  scopes: TokenScope[];
}

export function anonymousPrincipal(anonymousRead: boolean): Principal {
  return { account: null, via: 'ANONYMOUS', scopes: anonymousRead ? ['READ'] : [] };
}
