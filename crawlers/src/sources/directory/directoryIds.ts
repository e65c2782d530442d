/**
 * How the directory keys what it maps, and what its ids and addresses may be:
 *
 *   person  urn:polder:person:<id>   id: a lower-case username, `ana.lima` (a SCIM userName, lower-cased)
 *   team    urn:polder:team:<id>     id: as written in Polder's YAML; for a SCIM Group, its displayName as a slug (`ERP Team` → `erp-team`)
 *
 * Ids are what owner entries name people by (api/src/modules/people/ownership.ts), so
 * they are kept readable: no escapes, no upper case (owner entries ignore case, URNs do not).
 * `@` is allowed because many directories key people by their e-mail.
 */
import { formatUrn } from '@polder/graph-schema';

const ID = /^[a-z0-9][a-z0-9._@-]*$/;
export const ID_RULE = 'lower-case letters, digits, ".", "_", "-" and "@", starting with a letter or a digit';

export function isDirectoryId(text: string): boolean {
  return ID.test(text);
}

/** A domain id as polder.yaml declares it (runtime/src/config.ts). */
const DOMAIN_ID = /^[a-z0-9][a-z0-9_-]*$/;
export const DOMAIN_ID_RULE = 'lower-case letters, digits, "-" and "_"';

export function isDomainId(text: string): boolean {
  return DOMAIN_ID.test(text);
}

/** Loose on purpose: directories hold addresses Polder only shows and matches, never sends to. */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(text);
}

/**
 * A team id from a team's name, for formats without a readable id (a SCIM Group's id is
 * an opaque key): `Équipe Données` → `equipe-donnees`. Empty when the name has no letter
 * or digit. (The API's glossary has its own slug; crawlers do not depend on the API.)
 */
export function teamIdOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function personUrn(id: string): string {
  return formatUrn('person', id);
}

export function teamUrn(id: string): string {
  return formatUrn('team', id);
}
