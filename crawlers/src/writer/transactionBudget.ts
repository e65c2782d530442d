/**
 * How much of a full run may go in one transaction on this Neo4j server, from the server's own
 * transaction memory limits. A run within the budget is one transaction and lands whole or not
 * at all; only a larger one is staged (stageWritePlan.ts).
 *
 * The budget is in bytes of transaction memory, and each planned row is priced by what it
 * holds at the transaction's peak, its commit: Neo4j then holds the transaction state and the
 * commands built from it at once, about twice what the same transaction holds just before.
 *
 *   limit 1.40GiB (2 GiB heap, the default) → 60 % = 902 MB
 *   10,000 tables × 10 columns: 110,000 nodes × ~9.9 kB + 104,122 edges × 2.5 kB ≈ 1.35 GB → staged,
 *     in stages of at most 400 MB (STAGE_BYTES; half the share, 451 MB, is more): 3 of nodes, 1 of edges
 *   1,500 tables × 10 columns at a 1 GiB heap (716.80MiB → 451 MB): ≈ 0.2 GB → 1 transaction
 */
import type { Driver } from 'neo4j-driver';
import type { PropertyMap } from '@polder/graph-schema';
import { CONCURRENT_NODE_STAGES, rowCount, STAGE_ROWS, type StageBudget, type StagedRow } from './stageWritePlan.ts';

/**
 * Transaction memory a row holds at the commit, measured with SHOW TRANSACTIONS
 * (estimatedUsedHeapMemory, polled every 50 ms through the commit; Neo4j 5.26, 2 GiB heap,
 * 2026-11-30), rounded up:
 *
 * - a node write: 8,471 B a node with a short name (20,000 datasets: 92 MiB before the commit,
 *   162 MiB at it), plus 5.7 B for each character of its URN and properties (the same nodes
 *   with a 2,000-character description: 19,901 B; 8,000 characters: 53,665 B);
 *   the 55,000 nodes of 5,000 synthetic tables of 10 columns (about 225 characters each): 281 MiB
 *   before, 521 MiB at the commit;
 * - an edge write: 143 MiB at the commit for 61,992 edges more, about 2,400 B;
 * - a node marked removed: 146 MiB for 30,000 (5,100 B); an edge deleted: 120 MiB for 30,000 (4,200 B).
 *
 * The previous figure, 4,000 B for any row, was read just before the commit: at a 2 GiB heap it
 * let `npx polder bench postgres`'s 10,000-table crawl (268,000 rows) put 225,000 rows in one
 * transaction, which ran out of transaction memory at its commit and failed the crawl.
 */
export const ROW_BYTES = { nodeWrite: 8_500, edgeWrite: 2_500, nodeRemoval: 5_500, edgeRemoval: 4_500, perCharacter: 6 } as const;

/**
 * The share of the limit one run may plan to use: the limit is shared with every other
 * transaction (the API's reads, pushed events, the outboxes), and the per-row cost varies.
 */
export const TRANSACTION_MEMORY_SHARE = 0.6;

/**
 * What each stage of a run beyond the budget holds, in row memory. A transaction costs the
 * server more per row the larger it grows (its state is live through every garbage collection
 * until the commit), so once a run cannot be one transaction anyway, smaller ones write it
 * faster. Measured on the synthetic 10,000 tables × 10 columns with an IN_DOMAIN and a
 * FROM_SOURCE edge per table (234,000 rows, 2 GiB heap, 2026-11-30, a shared machine, one
 * run each, side by side): stages of ~900 MB 21.1 s and 37.2 s; ~600 MB (60,000 rows) 17.6 s;
 * ~300 MB (30,000 rows) 17.5 s and 28.5 s; young-collection pauses 6.3 / 15.5 s against
 * 4.5 / 9.4 s.
 */
export const STAGE_BYTES = 400_000_000;

/** The transaction memory a planned row holds at the commit (ROW_BYTES). */
export function rowMemoryBytes(row: StagedRow): number {
  switch (row.kind) {
    case 'nodeWrite':
      return ROW_BYTES.nodeWrite + ROW_BYTES.perCharacter * (row.row.urn.length + propertyCharacters(row.row.props));
    case 'edgeWrite':
      return ROW_BYTES.edgeWrite + ROW_BYTES.perCharacter * propertyCharacters(row.row.props);
    case 'nodeRemoval':
      return ROW_BYTES.nodeRemoval;
    case 'edgeRemoval':
      return ROW_BYTES.edgeRemoval;
  }
}

/**
 * Characters the properties' values take (a number or a boolean counts as 8; keys are tokens
 * on the server and cost nothing): what makes a big row big, e.g. a view's definition.
 */
export function propertyCharacters(props: PropertyMap): number {
  let characters = 0;
  for (const key in props) {
    const value = props[key];
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') characters += value.length;
    else if (Array.isArray(value)) for (const item of value) characters += typeof item === 'string' ? item.length : 8;
    else characters += 8;
  }
  return characters;
}

const UNITS: Record<string, number> = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4 };

/** Neo4j's rendering of a byte size (`716.80MiB`, `0B`, `2048`) in bytes; null when it is something else. */
export function parseByteSize(value: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(B|KiB|MiB|GiB|TiB)?\s*$/.exec(value);
  if (!match) return null;
  return Math.floor(Number(match[1]) * UNITS[match[2] ?? 'B']!);
}

/** Bytes for the tightest of the limits; `fallback` rows when none is set (no cap: still stage huge runs, so a run never takes the server's whole heap). */
export function transactionBudget(limits: string[], fallback: number = STAGE_ROWS): StageBudget {
  const caps = limits.map(parseByteSize).filter((bytes): bytes is number => bytes !== null && bytes > 0);
  if (caps.length === 0) return rowCount(fallback);
  const capacity = Math.floor(Math.min(...caps) * TRANSACTION_MEMORY_SHARE);
  // Node stages commit side by side (CONCURRENT_NODE_STAGES): together they stay within the share.
  return { capacity, stageCapacity: Math.min(Math.floor(capacity / CONCURRENT_NODE_STAGES), STAGE_BYTES), cost: rowMemoryBytes };
}

/** The settings that cap a transaction's memory, per transaction, per database and for the whole server; `0B` means no cap. */
const LIMIT_SETTINGS = ['db.memory.transaction.max', 'db.memory.transaction.total.max', 'dbms.memory.transaction.total.max'];

/**
 * Reads the server's limits. A server that does not say (no SHOW SETTINGS privilege, another
 * version) gets the conservative default, which fits a 1 GiB heap.
 */
export async function readTransactionBudget(driver: Driver, database?: string): Promise<StageBudget> {
  try {
    const { records } = await driver.executeQuery(
      'SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN value',
      { names: LIMIT_SETTINGS },
      { database, routing: 'READ' },
    );
    return transactionBudget(records.map((record) => String(record.get('value'))));
  } catch {
    return rowCount(STAGE_ROWS);
  }
}
