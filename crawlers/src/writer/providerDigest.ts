/**
 * A provider's digest: one hash of everything its last full run wrote, so that a run whose source
 * has not changed (the usual scheduled crawl) needs neither the graph's side of the diff nor a
 * write. Reading that side is most of an unchanged re-crawl: every node and edge the provider owns
 * (110,000 nodes and 157,000 edges for 10,000 tables), decoded on the crawler's one thread.
 *
 * The digest is a hash over each node's URN and content hash and each edge's key and content hash,
 * in the snapshot's order (a source that lists the same things in another order only costs a full
 * diff), and over WRITER_VERSION. It is kept on a `ProviderDigest` node with the number of nodes the
 * provider had then, and trusted only while all of these hold:
 *
 * - it was written by the commit that made the graph match the snapshot: a staged run drops it
 *   before its first stage and writes it in its last, so an interrupted run leaves none, and the
 *   next run diffs in full and repairs (stageWritePlan.ts);
 * - that run left no edge dangling (an end it named was not in the graph yet): every run tries
 *   those again, as an end may have been written since by another source;
 * - the provider still has as many nodes (incidents aside, as readProviderState): a node deleted
 *   by hand, or a test's clean-up, sends the next run to a full diff;
 * - no pushed fact (GraphWriter.apply: an OpenLineage event may name a crawled store's table, and
 *   write it with the store's provider) touched the provider since: each such write counts up the
 *   digest's `generation` and drops the digest, and a run writes its digest only if the generation
 *   is still the one it read with the graph's side of the diff;
 * - it is less than FULL_DIFF_EVERY_MS old: at least once a day a run diffs in full whatever the
 *   digest says, so no change made outside a run outlives a day.
 *
 * The node is never deleted (a deleted one would start its generation again): a digest that no
 * longer holds is set to null.
 */
import { createHash } from 'node:crypto';
import type { GraphSnapshot } from '@polder/graph-schema';
import type { ManagedTransaction } from 'neo4j-driver';
import { contentHash } from './contentHash.ts';
import { edgeKey } from './planWrite.ts';

/** Raised when what a run writes for the same snapshot changes (a new property the write statements derive, say). */
export const WRITER_VERSION = 1;

/** The longest a digest spares full diffs. */
export const FULL_DIFF_EVERY_MS = 24 * 60 * 60 * 1000;

/**
 * The content hash of each node and edge of a snapshot, in its order, each edge's key (`edgeKey`), and the
 * digest over them. planWrite takes the hashes and keys rather than building them again.
 */
export interface HashedSnapshot {
  nodeHashes: string[];
  edgeHashes: string[];
  edgeKeys: string[];
  digest: string;
}

export function hashSnapshot(snapshot: GraphSnapshot): HashedSnapshot {
  const digest = createHash('sha1').update(`polder-writer-${WRITER_VERSION}\n`);
  const nodeHashes = snapshot.nodes.map((node) => {
    const hash = contentHash(node.properties);
    digest.update(`${node.urn}\t${hash}\n`);
    return hash;
  });
  const edgeKeys = snapshot.edges.map(edgeKey);
  const edgeHashes = snapshot.edges.map((edge, index) => {
    const hash = contentHash(edge.properties);
    digest.update(`${edgeKeys[index]}\t${hash}\n`);
    return hash;
  });
  return { nodeHashes, edgeHashes, edgeKeys, digest: digest.digest('base64url') };
}

/** What the graph holds of a provider's digest (nulls when none), and how many nodes the provider has now. */
export interface StoredDigest {
  digest: string | null;
  nodesThen: number | null;
  writtenAt: number | null;
  /** Pushed writes for the provider so far (0 with no digest node). */
  generation: number;
  nodesNow: number;
}

// Constraint: providerdigest_provider (migration 010); index: entity_provider.
export async function readProviderDigest(tx: ManagedTransaction, provider: string): Promise<StoredDigest> {
  const result = await tx.run(
    `OPTIONAL MATCH (digest:ProviderDigest {provider: $provider})
     RETURN digest.digest AS digest, digest.nodes AS nodesThen, digest.writtenAt AS writtenAt, coalesce(digest.generation, 0) AS generation,
            COUNT { MATCH (n:Entity {provider: $provider}) WHERE NOT n:Incident } AS nodesNow`,
    { provider },
  );
  const record = result.records[0]!;
  const number = (key: string) => (record.get(key) === null ? null : Number(record.get(key)));
  return { digest: record.get('digest'), nodesThen: number('nodesThen'), writtenAt: number('writtenAt'), generation: number('generation')!, nodesNow: number('nodesNow')! };
}

/** Whether the graph already holds exactly what a snapshot of this digest would write: see the conditions above. */
export function digestVouches(stored: StoredDigest, hashed: Pick<HashedSnapshot, 'digest'>, now: Date): boolean {
  return (
    stored.digest === hashed.digest &&
    stored.nodesThen === stored.nodesNow &&
    stored.writtenAt !== null &&
    now.getTime() - stored.writtenAt < FULL_DIFF_EVERY_MS
  );
}

/** Before a staged run's first stage, or after a run that left edges dangling: the next run diffs in full. */
export async function dropProviderDigest(tx: ManagedTransaction, provider: string): Promise<void> {
  await tx.run(`MATCH (digest:ProviderDigest {provider: $provider}) SET digest.digest = null`, { provider });
}

/** In the transaction of pushed facts for `providers` (GraphWriter.apply). */
export async function touchProviderDigests(tx: ManagedTransaction, providers: string[]): Promise<void> {
  if (providers.length === 0) return;
  await tx.run(
    `UNWIND $providers AS provider
     MERGE (digest:ProviderDigest {provider: provider})
     SET digest.generation = coalesce(digest.generation, 0) + 1, digest.digest = null`,
    { providers },
  );
}

/**
 * In the transaction that made the graph match the snapshot, after its writes (it counts the provider's
 * nodes as they are then); `generation`, as read with the graph's side of the diff: when a pushed fact
 * came in between, the digest is left null.
 */
export async function writeProviderDigest(tx: ManagedTransaction, provider: string, hashed: HashedSnapshot, generation: number, now: Date): Promise<void> {
  await tx.run(
    `MERGE (digest:ProviderDigest {provider: $provider})
     WITH digest, coalesce(digest.generation, 0) = $generation AS unchanged
     SET digest.digest = CASE WHEN unchanged THEN $digest END, digest.writtenAt = $writtenAt, digest.generation = coalesce(digest.generation, 0),
         digest.nodes = COUNT { MATCH (n:Entity {provider: $provider}) WHERE NOT n:Incident }`,
    { provider, digest: hashed.digest, generation, writtenAt: now.getTime() },
  );
}
