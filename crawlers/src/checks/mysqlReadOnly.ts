/**
 * A read-only MySQL/MariaDB connection for checks: the session's statement
 * timeout set (MariaDB's `max_statement_time`, in seconds, or MySQL's
 * `max_execution_time`, in ms), then `START TRANSACTION READ ONLY`, so a
 * customSql check cannot write. Check queries go through `execute` (a server-side
 * prepared statement: exactly one statement, and a `?` inside a quoted name is
 * part of the name, not a placeholder). Nothing is ever committed.
 */
import mysql from 'mysql2/promise';
import type { ServerConnection } from '../sources/serverConnection.ts';
import type { CheckQuery } from './checkQuery.ts';
import { readOnlyConnection, type ReadOnlyConnection } from './ReadOnlyConnection.ts';

const SERVER_GRACE_MS = 1_000;

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
  try {
    // A second past Polder's own deadline: Polder's timer decides the outcome (an interrupted SLEEP returns 1, not an error); this one stops the work on the server.
    await setStatementTimeout(client, timeoutMs + SERVER_GRACE_MS);
    await client.query('START TRANSACTION READ ONLY');
  } catch (error) {
    await close();
    throw error;
  }
  const rows = async ({ sql, params }: CheckQuery): Promise<unknown[][]> => {
    const [result] = await client.execute({ sql, values: params, rowsAsArray: true, timeout: timeoutMs });
    return result as unknown[][];
  };
  return readOnlyConnection(rows, close);
}

async function setStatementTimeout(client: mysql.Connection, timeoutMs: number): Promise<void> {
  try {
    await client.query('SET SESSION max_statement_time = ?', [timeoutMs / 1000]);
  } catch {
    // Not MariaDB: MySQL ≥ 5.7.8 bounds SELECTs with max_execution_time; the client-side timeout covers the rest.
    await client.query('SET SESSION max_execution_time = ?', [timeoutMs]).catch(() => {});
  }
}
