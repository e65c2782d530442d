import type { Role } from './Role.ts';

/**
 * A local account: someone who signs in to the web catalog, or on whose behalf
 * an API token acts. Accounts are not catalog assets (no `Entity` label, no URN):
 * they are never searchable and `entity(urn:)` never returns one.
 */
export const ACCOUNT_LABEL = 'Account';

export interface AccountProperties {
  /** Unique, lower-case; what a person types to sign in. */
  username: string;
  displayName: string;
  /** scrypt, with its parameters and salt: `scrypt$N$r$p$salt$hash`. Never the password. */
  passwordHash: string;
  roles: Role[];
  /** Domain ids a DOMAIN_OWNER owns. */
  domains: string[];
  disabled: boolean;
  createdAt: string;
}
