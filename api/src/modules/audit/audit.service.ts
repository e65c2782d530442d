/**
 * The audit trail. Entries are written by the edit service inside the same
 * transaction as the edit (an edit without its entry cannot commit), and read
 * here, newest first.
 */
import { randomUUID } from 'node:crypto';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { formatUrn } from '@polder/graph-schema';
import type { GraphReader } from '../../graph/GraphReader.ts';
import type { Change } from './change.type.ts';
import { visibleAsset, visibleSource } from '../access/visibleInCypher.ts';
import type { Principal } from '../access/Principal.ts';
import { readHiddenUrns } from '../access/readHiddenUrns.ts';
import { urnsInChangeValues, withoutHiddenUrns } from './hiddenUrnsInChanges.ts';

export interface ChangeEntry {
  actor: string;
  action: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  version: number;
  comment?: string | null;
}

export const MAX_CHANGES = 200;

/**
 * Records one change about `urn`, in the caller's transaction. Throws when the entity is not there to
 * hold it: the edit then fails whole instead of committing without its entry.
 */
export async function recordChange(tx: ManagedTransaction, urn: string, entry: ChangeEntry, at: string): Promise<void> {
  await recordChanges(tx, [{ ...entry, urn }], at);
}

/**
 * Records one change about each of many entities (an import), in the caller's transaction, in one query.
 * Throws when any entity is not there to hold its entry (every caller has locked it, so a missing one is a
 * fault of the caller's, never the user's).
 */
export async function recordChanges(tx: ManagedTransaction, entries: Array<ChangeEntry & { urn: string }>, at: string): Promise<void> {
  // Constraint: change_urn (migration 001); index change_at (003).
  const result = await tx.run(
    `UNWIND $rows AS row
     MATCH (n:Entity {urn: row.urn})
     CREATE (c:Change {urn: row.changeUrn, actor: row.actor, action: row.action, at: $at, before: row.before, after: row.after, version: row.version, comment: row.comment})-[:ABOUT]->(n)
     RETURN count(c) AS written`,
    {
      at,
      rows: entries.map((entry) => ({
        urn: entry.urn,
        changeUrn: formatUrn('change', randomUUID()),
        actor: entry.actor,
        action: entry.action,
        before: JSON.stringify(entry.before),
        after: JSON.stringify(entry.after),
        version: entry.version,
        comment: entry.comment ?? null,
      })),
    },
  );
  const written = Number(result.records[0]?.get('written') ?? 0);
  if (written !== entries.length) {
    throw new Error(`audit: ${entries.length - written} of ${entries.length} changes name no entity (${entries.map((entry) => entry.urn).join(', ').slice(0, 300)}); the edit is rolled back`);
  }
}

export class AuditService {
  constructor(private readonly graph: GraphReader) {}

  /**
   * The newest changes of an entity. The changes of a hidden asset (or source) are as absent as it is
   * (access/visibleInCypher.ts); in those of a visible one, a hidden asset's URN is replaced
   * (hiddenUrnsInChanges.ts): one more query, sent only when the values name another asset and the
   * caller does not see every domain.
   */
  async changesOf(principal: Principal, urn: string, limit: number): Promise<Change[]> {
    return (await this.changesOfEach(principal, [urn], limit))[0]!;
  }

  /**
   * The changes of each of `urns`, newest first, at most `limit` each, in the order of `urns`
   * (none for an entity the caller may not see): one query for them all, and one for the other
   * URNs their values name, which show as not visible when hidden from the caller.
   */
  async changesOfEach(principal: Principal, urns: readonly string[], limit: number): Promise<Change[][]> {
    const rows = await this.graph.read<{ urn: string; changes: Array<Omit<Change, 'about'>> }>(
      `UNWIND $urns AS urn
       MATCH (n:Entity {urn: urn}) WHERE ${visibleAsset('n')} AND ${visibleSource('n')}
       RETURN urn, COLLECT {
         MATCH (c:Change)-[:ABOUT]->(n)
         RETURN c {.urn, .at, .actor, .action, .before, .after, .version, .comment} AS change ORDER BY c.at DESC, c.version DESC LIMIT $limit
       } AS changes`,
      { urns: [...new Set(urns)], limit: neo4j.int(limit) },
    );
    const changesOf = new Map(rows.map((row) => [row.urn, row.changes.map((change) => ({ ...change, comment: change.comment ?? null }))]));
    // An entity's own URN in its changes is no secret from whoever may read them; any other may be.
    const named = new Set<string>();
    for (const [urn, changes] of changesOf) {
      for (const other of urnsInChangeValues(changes.flatMap((change) => [change.before, change.after]))) if (other !== urn) named.add(other);
    }
    const hidden = await readHiddenUrns(this.graph, principal, [...named]);
    return urns.map((urn) =>
      (changesOf.get(urn) ?? []).map((change) => ({ ...change, about: urn, before: withoutHiddenUrns(change.before, hidden), after: withoutHiddenUrns(change.after, hidden) })),
    );
  }
}
