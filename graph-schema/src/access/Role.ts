/**
 * What an account may do. Roles add up: an account holds one or more, and a
 * domain owner holds it for the domains listed on the account.
 *
 * - VIEWER reads the catalog (and nothing else).
 * - STEWARD curates the glossary and assigns terms to any asset.
 * - DOMAIN_OWNER edits the assets, products and terms of their own domains only.
 * - COUNCIL, the governance council, decides the global parts: polysemes and
 *   their mappings, global policies, trust weights.
 * - ADMIN may do everything, including managing sources and accounts.
 */
export const ROLES = ['VIEWER', 'STEWARD', 'DOMAIN_OWNER', 'COUNCIL', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
