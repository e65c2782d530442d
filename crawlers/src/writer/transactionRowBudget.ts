/**
 * How many rows a full run may write in one transaction on this Neo4j server, from the
 * server's own transaction memory limits. A run within the budget is one transaction and
 * lands whole or not at all; only a larger one is staged (stageWritePlan.ts).
 *
 *   limits 716.80MiB (a 1 GiB heap's default), 0B, 0B → 716.8 MiB × 0.6 / 4,000 B ≈ 112,700 rows
 *   limits 1.40GiB (2 GiB heap)                      → ≈ 225,400 rows: 10,000 tables × 10 columns fit
 */
import type { Driver } from 'neo4j-driver';
import { STAGE_ROWS } from './stageWritePlan.ts';

/**
 * Transaction memory one written row takes on the server, rounded up: a full run of 106,992
 * node and edge writes held 401.6 MB of heap just before its commit (`SHOW TRANSACTIONS`,
 * estimatedUsedHeapMemory, Neo4j 5.26, 2026-11-30), i.e. 3,754 bytes a row.
 */
export const TRANSACTION_BYTES_PER_ROW = 4_000;

/**
 * The share of the limit one run may plan to use: the limit is shared with every other
 * transaction (the API's reads, pushed events, the outboxes), and the per-row cost varies.
 */
export const TRANSACTION_MEMORY_SHARE = 0.6;

/** The settings that cap a transaction's memory, per transaction, per database and for the whole server; `0B` means no cap. */
const LIMIT_SETTINGS = ['db.memory.transaction.max', 'db.memory.transaction.total.max', 'dbms.memory.transaction.total.max'];

const UNITS: Record<string, number> = { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3, TiB: 1024 ** 4 };

/** Neo4j's rendering of a byte size (`716.80MiB`, `0B`, `2048`) in bytes; null when it is something else. */
export function parseByteSize(value: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(B|KiB|MiB|GiB|TiB)?\s*$/.exec(value);
  if (!match) return null;
  return Math.floor(Number(match[1]) * UNITS[match[2] ?? 'B']!);
}

/** The row budget for the tightest of the limits; `fallback` when none is set (no cap: still stage huge runs, so a run never takes the server's whole heap). */
export function rowBudget(limits: string[], fallback: number = STAGE_ROWS): number {
  const caps = limits.map(parseByteSize).filter((bytes): bytes is number => bytes !== null && bytes > 0);
  if (caps.length === 0) return fallback;
  return Math.max(1, Math.floor((Math.min(...caps) * TRANSACTION_MEMORY_SHARE) / TRANSACTION_BYTES_PER_ROW));
}

/**
 * Reads the server's limits. A server that does not say (no SHOW SETTINGS privilege, another
 * version) gets the conservative default, which fits a 1 GiB heap.
 */
export async function readTransactionRowBudget(driver: Driver, database?: string): Promise<number> {
  try {
    const { records } = await driver.executeQuery(
      'SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN value',
      { names: LIMIT_SETTINGS },
      { database, routing: 'READ' },
    );
    return rowBudget(records.map((record) => String(record.get('value'))));
  } catch {
    return STAGE_ROWS;
  }
}
