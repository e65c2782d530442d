/**
 * Which of some URNs name something the caller may not see, for the reads that carry URNs of other
 * assets inside a stored text (a trust score's evidence, an audit entry's before and after, a policy
 * dry run's findings) and so cannot filter them in Cypher. One query for the whole batch; nothing is
 * sent when nothing is hidden from the caller: one who sees every domain
 * (`visibilityParameters(principal).everyDomain`), or whom no private domain excludes (usually known
 * from the request's first query, GraphReader.hiddenDomains).
 *
 * A URN that names no node is not reported: there is nothing left for it to reveal but its own text,
 * and assets are marked removed, not deleted, so a crawled asset's URN keeps its node.
 */
import type { GraphReader } from '../../graph/GraphReader.ts';
import { visibilityParameters } from './assetVisibility.ts';
import type { Principal } from './Principal.ts';
import { visibleEntity } from './visibleInCypher.ts';

/** What a hidden asset's URN becomes where a text names it: the caller learns that something is there, not what. */
export const NOT_VISIBLE = 'not visible to you';

// Constraint: entity_urn (migration 001).
const READ = `UNWIND $urns AS urn MATCH (n:Entity {urn: urn}) WHERE NOT ${visibleEntity('n')} RETURN collect(DISTINCT n.urn) AS hidden`;

export async function readHiddenUrns(graph: GraphReader, principal: Principal, urns: Iterable<string>): Promise<Set<string>> {
  const candidates = [...new Set(urns)];
  if (candidates.length === 0 || visibilityParameters(principal).everyDomain) return new Set();
  return new Set(await readHiddenUrnsOf(graph, candidates));
}

/** The query alone, for a batch loader that has checked the principal itself; the hidden URNs among `urns`. */
export async function readHiddenUrnsOf(graph: GraphReader, urns: readonly string[]): Promise<string[]> {
  if (urns.length === 0 || (await graph.hiddenDomains()).length === 0) return [];
  const [row] = await graph.read<{ hidden: string[] }>(READ, { urns });
  return row?.hidden ?? [];
}
