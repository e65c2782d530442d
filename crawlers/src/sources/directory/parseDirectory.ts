/**
 * Turns a source's directory files into one directory, or fails before anything
 * is mapped: a crawl either reads the whole directory or changes nothing.
 *
 * Each file is parsed (readDocument.ts), then read in its format: JSON is a
 * SCIM export (readScimExport.ts), YAML is Polder's (readPolderDirectory.ts).
 * Then the files are checked against each other, since one file may list the
 * teams and another the people:
 *
 *   - a person id, a team id, a SCIM resource id is used once (ignoring case), naming both places;
 *   - a team a person names exists; a SCIM Group member names a User of the export.
 *
 * Every problem of every file is collected before the DirectoryError is thrown,
 * so one crawl lists all there is to fix.
 */
import type { Directory, DirectoryMembership, FileEntries, Located } from './Directory.ts';
import { DirectoryError, type DirectoryProblem } from './DirectoryError.ts';
import type { DirectoryFile } from './extract.ts';
import { readDocument } from './readDocument.ts';
import { readPolderDirectory } from './readPolderDirectory.ts';
import { readScimExport } from './readScimExport.ts';
import { ValueReader } from './ValueReader.ts';

export function parseDirectory(files: DirectoryFile[]): Directory {
  const problems = new Map<string, DirectoryProblem[]>();
  const read: FileEntries[] = [];
  for (const file of files) {
    const reader = new ValueReader(file.name);
    const document = readDocument(file, reader);
    if (document) read.push(document.format === 'scim' ? readScimExport(document.value, reader) : readPolderDirectory(document.value, reader));
    problems.set(file.name, reader.problems);
  }
  const all = <T>(pick: (entries: FileEntries) => Array<Located<T>>): Array<Located<T>> => read.flatMap(pick);
  const report = (located: Located<unknown>, at: string, message: string) => problems.get(located.file)!.push({ file: located.file, at, message });

  const teams = firstOfEachId(all((entries) => entries.teams), (team) => team.id, 'ignoring case', report);
  const people = firstOfEachId(all((entries) => entries.people), (person) => person.id, 'ignoring case', report);
  // SCIM ids are case-exact (RFC 7643 §3.1).
  const scimResources = firstOfEachId(all((entries) => entries.scimResources), (resource) => resource.scimId, 'case-exact', report);

  const memberships: DirectoryMembership[] = [];
  for (const membership of all((entries) => entries.memberships)) {
    const team = teams.get(membership.entry.team.toLowerCase());
    if (team) memberships.push({ person: membership.entry.person, team: team.entry.id });
    else report(membership, membership.at, `no team "${membership.entry.team}" in the directory`);
  }
  for (const member of all((entries) => entries.scimMembers)) {
    const resource = scimResources.get(member.entry.scimId);
    if (!resource) report(member, member.at, `no User with id "${member.entry.scimId}" in the directory`);
    // A Group, or a User not written (inactive): nested groups are not modelled, and an inactive user is no member.
    else if (resource.entry.person !== null) memberships.push({ person: resource.entry.person, team: member.entry.team });
  }

  const found = [...problems.values()].flat();
  if (found.length > 0) throw DirectoryError.of(found);
  return {
    teams: [...teams.values()].map((team) => team.entry),
    people: [...people.values()].map((person) => person.entry),
    memberships: uniqueMemberships(memberships),
  };
}

/** The first entry of each id; each later one is a problem at its id, naming the first (`"ana" is already used by people[0]`). */
function firstOfEachId<T>(
  entries: Array<Located<T>>,
  idOf: (entry: T) => string,
  ids: 'ignoring case' | 'case-exact',
  report: (located: Located<T>, at: string, message: string) => void,
): Map<string, Located<T>> {
  const first = new Map<string, Located<T>>();
  for (const located of entries) {
    const id = idOf(located.entry);
    const key = ids === 'ignoring case' ? id.toLowerCase() : id;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, located);
    else report(located, located.idAt, `"${id}" is already used by ${earlier.file === located.file ? '' : `${earlier.file} `}${earlier.at}`);
  }
  return first;
}

/** A person listed twice in one Group, or in a team by both a YAML file and a SCIM export, is one member. */
function uniqueMemberships(memberships: DirectoryMembership[]): DirectoryMembership[] {
  const seen = new Set<string>();
  return memberships.filter(({ person, team }) => {
    const key = `${person}|${team}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
