/**
 * A read-only PostgreSQL connection for checks: `BEGIN` then `SET TRANSACTION
 * READ ONLY` (so a customSql check cannot write, whatever it says), the
 * transaction's `statement_timeout` set just past the check's, and every query sent with
 * the extended protocol, which carries exactly one statement (`SELECT 1; DELETE ...`
 * is refused rather than run as two). Nothing is ever committed.
 */
import pg from 'pg';
import type { ServerConnection } from '../sources/serverConnection.ts';
import type { CheckQuery } from './checkQuery.ts';
import { readOnlyConnection, type ReadOnlyConnection } from './ReadOnlyConnection.ts';

const SERVER_GRACE_MS = 1_000;

export async function openPostgresReadOnly(connection: ServerConnection, timeoutMs: number): Promise<ReadOnlyConnection> {
  const client = new pg.Client({
    host: connection.host,
    port: connection.port,
    database: connection.database,
    user: connection.user,
    password: connection.password,
    application_name: 'polder-checks',
    connectionTimeoutMillis: timeoutMs,
  });
  // An error on an idle client (the server went away) must not crash the process; the next query reports it.
  client.on('error', () => {});
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await client.end().catch(() => {});
  };
  try {
    await client.connect();
    await client.query('BEGIN');
    await client.query('SET TRANSACTION READ ONLY');
    // A second past Polder's own deadline: Polder's timer decides the outcome; this one stops the work on the server.
    await client.query(`SELECT set_config('statement_timeout', $1, true)`, [String(timeoutMs + SERVER_GRACE_MS)]);
  } catch (error) {
    await close();
    throw error;
  }
  const rows = async ({ sql, params }: CheckQuery): Promise<unknown[][]> => {
    // `queryMode` is missing from @types/pg; pg ≥ 8.12 reads it.
    const config = { text: sql, values: params, rowMode: 'array', queryMode: 'extended' } as pg.QueryArrayConfig;
    return (await client.query(config)).rows;
  };
  return readOnlyConnection(rows, close);
}
