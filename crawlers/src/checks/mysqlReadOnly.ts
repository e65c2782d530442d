/**
 * A read-only MySQL/MariaDB connection for checks: the session's statement
 * timeout set (MariaDB's `max_statement_time`, in seconds, or MySQL's
 * `max_execution_time`, in ms), then `START TRANSACTION READ ONLY`, so a
 * customSql check cannot write. Check queries go through `execute` (a server-side
 * prepared statement: exactly one statement, and a `?` inside a quoted name is
 * part of the name, not a placeholder). Nothing is ever committed.
 *
 * Its own reads: MariaDB counts rows read per table for the whole server only
 * (TABLE_STATISTICS, with `userstat` on), so the session reads the schema's counters
 * when it opens and again when asked, and takes the difference. Rows others read in
 * between are counted as the session's: a session lasts seconds, so that is little.
 * MySQL has no such counters, and no usage signal (crawlers/src/sources/mysql/extract.ts).
 */
import mysql from 'mysql2/promise';
import type { ServerConnection } from '../sources/serverConnection.ts';
import type { OwnTableReads } from '../usage/OwnReads.ts';
import type { CheckQuery } from './checkQuery.ts';
import { readOnlyConnection, type ReadOnlyConnection } from './ReadOnlyConnection.ts';

const SERVER_GRACE_MS = 1_000;

const TABLE_READS_SQL = `
SELECT TABLE_NAME AS table_name, ROWS_READ AS rows_read, DATE_FORMAT(UTC_TIMESTAMP(3), '%Y-%m-%dT%H:%i:%s.%fZ') AS at
  FROM information_schema.TABLE_STATISTICS
 WHERE TABLE_SCHEMA = DATABASE()`;

export async function openMySqlReadOnly(connection: ServerConnection, timeoutMs: number): Promise<ReadOnlyConnection> {
  const client = await mysql.createConnection({
    host: connection.host,
    port: connection.port,
    database: connection.database,
    user: connection.user,
    password: connection.password,
    connectTimeout: timeoutMs,
    // DECIMAL and BIGINT as strings, read by observedNumber: no silent precision loss in the driver.
    supportBigNumbers: true,
    bigNumberStrings: true,
  });
  client.on('error', () => {});
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    // destroy, not end: end waits for the query under way, which is what a timeout must not do.
    client.destroy();
  };
  let readsAtOpen: TableReads[] | null;
  try {
    // A second past Polder's own deadline: Polder's timer decides the outcome (an interrupted SLEEP returns 1, not an error); this one stops the work on the server.
    await setStatementTimeout(client, timeoutMs + SERVER_GRACE_MS);
    await client.query('START TRANSACTION READ ONLY');
    readsAtOpen = await tableReads(client);
  } catch (error) {
    await close();
    throw error;
  }
  const rows = async ({ sql, params }: CheckQuery): Promise<unknown[][]> => {
    const [result] = await client.execute({ sql, values: params, rowsAsArray: true, timeout: timeoutMs });
    return result as unknown[][];
  };
  const before = new Map(readsAtOpen?.map((row) => [row.table, row.reads]));
  const ownReads = async (): Promise<OwnTableReads[]> => {
    if (readsAtOpen === null) return [];
    const now = (await tableReads(client)) ?? [];
    return now.map(({ table, reads, at }) => ({ schema: connection.database, table, reads: reads - (before.get(table) ?? 0), at })).filter((table) => table.reads > 0);
  };
  return readOnlyConnection(rows, close, ownReads);
}

/** A table of the schema: the rows read from it so far, server-wide, and when that was read (the server's clock). */
interface TableReads {
  table: string;
  reads: number;
  at: string;
}

/** The schema's counters; null where the server keeps none (MySQL) or cannot be asked (a broken connection). */
async function tableReads(client: mysql.Connection): Promise<TableReads[] | null> {
  try {
    const [rows] = await client.query<mysql.RowDataPacket[]>(TABLE_READS_SQL);
    return rows.map((row) => ({ table: String(row.table_name), reads: Number(row.rows_read), at: new Date(String(row.at)).toISOString() }));
  } catch {
    return null;
  }
}

async function setStatementTimeout(client: mysql.Connection, timeoutMs: number): Promise<void> {
  try {
    await client.query('SET SESSION max_statement_time = ?', [timeoutMs / 1000]);
  } catch {
    // Not MariaDB: MySQL ≥ 5.7.8 bounds SELECTs with max_execution_time; the client-side timeout covers the rest.
    await client.query('SET SESSION max_execution_time = ?', [timeoutMs]).catch(() => {});
  }
}
