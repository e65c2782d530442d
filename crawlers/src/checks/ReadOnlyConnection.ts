import type { OwnTableReads } from '../usage/OwnReads.ts';
import type { CheckQuery } from './checkQuery.ts';

/**
 * A connection to a source that can only read: every query runs in a read-only
 * transaction (PostgreSQL, MariaDB/MySQL) or on a file opened read-only (SQLite),
 * with the store's own statement timeout set, so a slow query stops on the server
 * too rather than only being abandoned by Polder.
 */
export interface ReadOnlyConnection {
  /** The first column of each row the query returns, one statement only. */
  firstColumn(query: CheckQuery): Promise<unknown[]>;
  /** Every row the query returns, each as an array of its columns, one statement only (profiling reads several columns). */
  rows(query: CheckQuery): Promise<unknown[][]>;
  /**
   * What this session has read of each table so far, as the store's usage counters count it
   * (usage/OwnReads.ts): to be called after the last query, before `close`. Empty where the store
   * keeps no such counters (SQLite, MySQL, MariaDB with `userstat` off) and, on PostgreSQL, after a
   * failed query (it aborts the transaction that counts them).
   */
  ownReads(): Promise<OwnTableReads[]>;
  /** Ends the connection; safe to call while a query is under way (that is how a timeout cancels it). */
  close(): Promise<void>;
}

/** A connection from what each store does its own way (reading rows, counting its own reads, closing); the first column is cut from the rows alike for all. */
export function readOnlyConnection(rows: ReadOnlyConnection['rows'], close: ReadOnlyConnection['close'], ownReads: ReadOnlyConnection['ownReads'] = async () => []): ReadOnlyConnection {
  return {
    async firstColumn(query: CheckQuery) {
      return (await rows(query)).map((row) => row[0]);
    },
    rows,
    ownReads,
    close,
  };
}
