/**
 * Reads one file in Polder's directory format (YAML, or the same in JSON):
 *
 *   teams:
 *     - { id: erp, name: ERP Team, email: erp@shop.example, description: Runs the ERP., domain: finance }
 *   people:
 *     - { id: ana, displayName: Ana Lima, email: ana@shop.example, title: Data engineer, teams: [erp] }
 *
 * `id`, `name` and `displayName` are required; any key not listed here is refused, so a
 * misspelt key (or a secret pasted in) is reported rather than silently dropped. Whether
 * ids are unique and each team a person names exists is checked across all the source's
 * files (parseDirectory.ts).
 */
import { noEntries, type FileEntries } from './Directory.ts';
import { memberPath, ValueReader } from './ValueReader.ts';

const FILE_KEYS = ['teams', 'people'] as const;
const TEAM_KEYS = ['id', 'name', 'email', 'description', 'domain'] as const;
const PERSON_KEYS = ['id', 'displayName', 'email', 'teams', 'title'] as const;

export function readPolderDirectory(value: unknown, reader: ValueReader): FileEntries {
  const entries = noEntries();
  if (value === null || value === undefined) {
    reader.problem('', 'is empty: a directory file lists teams and people');
    return entries;
  }
  if (Array.isArray(value) || typeof value !== 'object') {
    reader.problem('', 'must be a mapping with teams and people');
    return entries;
  }
  const file = value as Record<string, unknown>;
  reader.onlyKeys(file, '', FILE_KEYS, 'a directory file');

  for (const item of reader.list(file, 'teams', '')) {
    const team = reader.mapping(item.value, item.at);
    if (!team) continue;
    reader.onlyKeys(team, item.at, TEAM_KEYS, 'a team');
    const id = reader.id(team, 'id', item.at);
    const entry = {
      id: id ?? '',
      name: reader.string(team, 'name', item.at, 'required') ?? '',
      email: reader.email(team.email, memberPath(item.at, 'email')),
      description: reader.string(team, 'description', item.at, 'optional'),
      domain: reader.domainId(team, 'domain', item.at),
    };
    // An entry whose other members are wrong still takes its id, so that the checks across files do not echo the problem.
    if (id !== null) entries.teams.push({ entry, file: reader.file, at: item.at, idAt: memberPath(item.at, 'id') });
  }

  for (const item of reader.list(file, 'people', '')) {
    const person = reader.mapping(item.value, item.at);
    if (!person) continue;
    reader.onlyKeys(person, item.at, PERSON_KEYS, 'a person');
    const id = reader.id(person, 'id', item.at);
    const entry = {
      id: id ?? '',
      displayName: reader.string(person, 'displayName', item.at, 'required') ?? '',
      email: reader.email(person.email, memberPath(item.at, 'email')),
      title: reader.string(person, 'title', item.at, 'optional'),
    };
    const teams = new Set<string>();
    for (const membership of reader.list(person, 'teams', item.at)) {
      const team = reader.text(membership.value, membership.at);
      if (team === null || teams.has(team) || id === null) continue;
      teams.add(team);
      entries.memberships.push({ entry: { person: id, team }, file: reader.file, at: membership.at, idAt: membership.at });
    }
    if (id !== null) entries.people.push({ entry, file: reader.file, at: item.at, idAt: memberPath(item.at, 'id') });
  }
  return entries;
}
