/**
 * Maps a checked directory to URN-keyed nodes and edges. Pure: no I/O, so it is
 * unit-tested with literal directories.
 *
 *   Team    urn:polder:team:<id>     {id, name, email, description}   -[:IN_DOMAIN]-> the domain it works for, if named
 *   Person  urn:polder:person:<id>   {id, displayName, email, title}  -[:MEMBER_OF]-> each of its teams
 *
 * Absent values are null, so a value removed from the file is removed from the
 * node on the next run. Person and Team nodes are owned by the directory source
 * alone: other sources keep owners as names (contract/contractTeam.ts), which
 * the API links to these nodes (api/src/modules/people/ownership.ts).
 */
import { formatUrn, type GraphSnapshot } from '@polder/graph-schema';
import type { Directory } from './Directory.ts';
import { personUrn, teamUrn } from './directoryIds.ts';
import { sourceProviderOf } from '../sourceProviderName.ts';

export function mapDirectory(directory: Directory, sourceId: string): GraphSnapshot {
  const snapshot: GraphSnapshot = { provider: sourceProviderOf({ kind: 'directory', id: sourceId }), nodes: [], edges: [], warnings: [] };
  for (const team of directory.teams) {
    const urn = teamUrn(team.id);
    snapshot.nodes.push({ label: 'Team', urn, properties: { id: team.id, name: team.name, email: team.email, description: team.description } });
    if (team.domain !== null) snapshot.edges.push({ type: 'IN_DOMAIN', from: urn, to: formatUrn('domain', team.domain) });
  }
  for (const person of directory.people) {
    snapshot.nodes.push({ label: 'Person', urn: personUrn(person.id), properties: { id: person.id, displayName: person.displayName, email: person.email, title: person.title } });
  }
  for (const { person, team } of directory.memberships) {
    snapshot.edges.push({ type: 'MEMBER_OF', from: personUrn(person), to: teamUrn(team) });
  }
  return snapshot;
}
