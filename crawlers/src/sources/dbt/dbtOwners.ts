import type { DbtMeta, DbtOwner } from './artifacts.ts';

/**
 * Who answers for a dbt resource, as its project says: `meta.owner` (a name, an
 * email, a list of them, or `{name, email}`) and the owner of its group or
 * exposure, as `Name <email>` when both are known.
 *
 * They are kept as names on the dataset (`owners`), not as OWNED_BY edges: Person
 * and Team nodes are identities every source shares, while a crawl owns what it
 * writes and removes it when it stops reporting it. The API links the names to the
 * people a `directory` source writes (api/src/modules/people/ownership.ts).
 */
export function dbtOwners(meta: DbtMeta, ...owners: Array<DbtOwner | undefined>): string[] {
  const names = [...ownersInMeta(meta.owner), ...owners.map((owner) => owner && ownerName(owner))];
  return [...new Set(names.filter((name): name is string => Boolean(name)))];
}

function ownersInMeta(value: unknown): Array<string | undefined> {
  if (typeof value === 'string') return [value.trim()];
  if (Array.isArray(value)) return value.flatMap(ownersInMeta);
  if (value && typeof value === 'object') return [ownerName(value as DbtOwner)];
  return [];
}

function ownerName({ name, email }: DbtOwner): string | undefined {
  if (name && email) return `${name} <${email}>`;
  return name || email || undefined;
}
