/**
 * Owner entries are names, as sources write them (`ana`, `ana@shop.example`, `Ana Lima <ana@shop.example>`,
 * `erp-team`): people/ownership.ts links one to the person or team of the directory it names, if any. A
 * name is not checked against the directory: a catalog may have none (only a `directory` source writes
 * people), a directory may list one department, and sources and polder.yaml name owners no directory holds
 * (a store's owner role, an account, a team of another company), which a person may name as well.
 *
 * An entry written as a Polder URN says more: "this person (or team) of the directory". That claim is
 * checked, for the whole list in one read: it must be a person or team URN, of one the directory lists
 * (active); otherwise the edit is refused naming its position, and the closest URN the directory has:
 *
 *   owners[2].name: no person or team urn:polder:person:anaa (did you mean urn:polder:person:ana?)
 *
 * Such an entry links to that person or team as their id would (people/ownership.ts, `identityKeys`).
 *
 * An entry the asset already had is not checked again: someone who left since stays listed until a
 * person edits that entry, and does not block other edits of the list (as a term's reviewers, namedAccounts.ts).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import { isUrn } from '@polder/graph-schema';
import { closestName } from '@polder/runtime';
import { apiError } from '../../errors.ts';

/** An owner entry to check, and where the input gave it (`input.owners[2]`). */
export interface GivenOwner {
  name: string;
  argument: string;
}

/** `names` (a list as checked, each once) with where `given` (the list as the input gave it, when it did) had each, under `argument`. */
export function givenAt(names: readonly string[], argument: string, given?: readonly string[]): GivenOwner[] {
  return names.map((name) => ({ name, argument: `${argument}[${Math.max(0, (given ?? names).indexOf(name))}]` }));
}

/** Whether an entry is written as a URN, well formed or not: one that starts like one claims to be one. */
export function looksLikeUrn(name: string): boolean {
  return /^urn:/i.test(name.trim());
}

/** Whether `text` is a well-formed person or team URN (a plain boolean: `isUrn` would narrow a refused string to never). */
function isDirectoryUrn(text: string): boolean {
  return isUrn(text, 'person') || isUrn(text, 'team');
}

/**
 * Why an entry written as a URN, which the directory does not list, names nobody: it is no person or team URN,
 * or the directory (the URNs of its active people and teams) has no such one.
 */
export function ownerUrnProblem(urn: string, directory: readonly string[]): string {
  if (!isDirectoryUrn(urn)) return `"${urn.slice(0, 200)}" is not a person or team URN (urn:polder:person:<id>, urn:polder:team:<id>); an owner may also be named by name or e-mail`;
  if (directory.length === 0) return `no person or team ${urn.slice(0, 200)}: the catalog has no people directory (a directory source writes them); name the owner by name or e-mail`;
  const closest = closestName(urn, directory);
  return `no person or team ${urn.slice(0, 200)}${closest ? ` (did you mean ${closest}?)` : ''}`;
}

/**
 * Refuses the first entry written as a URN that names no active person or team (`ownerUrnProblem`); entries
 * in `kept` are not checked. One read for the list; a refusal reads the directory's URNs to suggest the
 * closest. Constraint: entity_urn (migration 001); the suggestion, label scans of Person and Team.
 */
export async function assertOwnerUrnsKnown(tx: Pick<ManagedTransaction, 'run'>, given: readonly GivenOwner[], kept: readonly string[]): Promise<void> {
  const claimed = given.filter((owner) => looksLikeUrn(owner.name) && !kept.includes(owner.name));
  if (claimed.length === 0) return;
  const result = await tx.run(
    `UNWIND $urns AS urn
     MATCH (o:Entity {urn: urn}) WHERE (o:Person OR o:Team) AND o.status = 'ACTIVE'
     RETURN collect(urn) AS found`,
    { urns: claimed.map((owner) => owner.name) },
  );
  const found = new Set((result.records[0]?.get('found') as string[] | undefined) ?? []);
  const unknown = claimed.find((owner) => !found.has(owner.name));
  if (!unknown) return;
  const directory = await tx.run(`MATCH (o:Person|Team) WHERE o.status = 'ACTIVE' RETURN collect(o.urn) AS urns`);
  const problem = ownerUrnProblem(unknown.name, (directory.records[0]?.get('urns') as string[] | undefined) ?? []);
  throw apiError('BAD_USER_INPUT', `${unknown.argument.replace(/^input\./, '')}: ${problem}`, { argument: unknown.argument });
}
