/**
 * How an owner entry names a person or a team, as Cypher expressions: the one
 * rule both ways (an owner entry to its Person, a Person to what it owns) so the
 * two never disagree.
 *
 * Sources and people write owners as names (`ana`, `ana@shop.example`,
 * `Ana Lima <ana@shop.example>`, `erp-team`); Person and Team nodes are the
 * directory. An entry names a person when its key is one of the person's keys
 * and no other person has that key (an ambiguous name links nobody); only active
 * people and teams count (one removed from the directory links nobody):
 *
 *   entry key   — the e-mail of `Name <email>`, else the whole entry; trimmed, lower-cased
 *   person keys — urn, id, email, displayName; team keys — urn, id, email, name (same treatment)
 *
 *   `Ana Lima <ana@shop.example>` → `ana@shop.example` → Person {id: 'ana', email: 'Ana@Shop.example'}
 *
 * An asset's owner entries are those readers see (`Owner`): the ones a person set, else the
 * source's. An OWNED_BY edge to the node counts too. The variable names passed in are
 * Cypher identifiers chosen by the caller, never input; the expressions' own variables
 * (`identityKey`, `ownerEntry`) must not be used by the caller (Cypher refuses shadowing).
 */

/** The key an owner entry (a string expression) identifies someone by. */
export function ownerEntryKey(entry: string): string {
  return `toLower(trim(CASE WHEN trim(${entry}) ENDS WITH '>' AND ${entry} CONTAINS '<' THEN split(split(${entry}, '<')[-1], '>')[0] ELSE ${entry} END))`;
}

/** The keys a Person or Team node is known by. */
export function identityKeys(node: string): string {
  return `[identityKey IN [${node}.urn, ${node}.id, ${node}.email, ${node}.displayName, ${node}.name] WHERE identityKey IS NOT NULL | toLower(trim(identityKey))]`;
}

/** The owner entries of an asset, as readers see them (see editableView.ts `ownersOf`). */
export function ownerEntries(asset: string): string {
  return `coalesce(${asset}.editable_owners, ${asset}.owners, CASE WHEN ${asset}.owner IS NULL THEN [] ELSE [${asset}.owner] END)`;
}

/** True when one of the asset's owner entries has one of `keys` (the owner's unambiguous keys) as its key. */
export function isNamedOwner(asset: string, keys: string): string {
  return `any(ownerEntry IN ${ownerEntries(asset)} WHERE ${ownerEntryKey('ownerEntry')} IN ${keys})`;
}
