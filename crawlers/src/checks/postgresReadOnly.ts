/**
 * A read-only PostgreSQL connection for checks: `BEGIN` then `SET TRANSACTION
 * READ ONLY` (so a customSql check cannot write, whatever it says), the
 * transaction's `statement_timeout` set just past the check's, and every query sent with
 * the extended protocol, which carries exactly one statement (`SELECT 1; DELETE ...`
 * is refused rather than run as two). Nothing is ever committed.
 *
 * Its own reads are exact: all its queries run in that one transaction, whose scans
 * `pg_stat_xact_user_tables` counts apart until it ends, in the units the crawler
 * reads from `pg_stat_user_tables` (seq_scan + idx_scan).
 */
import pg from 'pg';
import type { ServerConnection } from '../sources/serverConnection.ts';
import type { OwnTableReads } from '../usage/OwnReads.ts';
import type { CheckQuery } from './checkQuery.ts';
import { readOnlyConnection, type ReadOnlyConnection } from './ReadOnlyConnection.ts';

const SERVER_GRACE_MS = 1_000;

// A partition's scans count for every partitioned table above it too, as the crawler counts them
// (postgres/extract.ts): pg_partition_ancestors lists those, with the partition, and nothing for a plain table.
const OWN_READS_SQL = `
SELECT n.nspname AS schemaname, c.relname, sum(x.seq_scan + coalesce(x.idx_scan, 0))::float8 AS reads, clock_timestamp() AS at
  FROM pg_stat_xact_user_tables x
 CROSS JOIN LATERAL (SELECT x.relid UNION SELECT relid FROM pg_partition_ancestors(x.relid)) counted
  JOIN pg_class c ON c.oid = counted.relid JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE x.seq_scan + coalesce(x.idx_scan, 0) > 0
 GROUP BY n.nspname, c.relname`;

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
  const ownReads = async (): Promise<OwnTableReads[]> => {
    try {
      const { rows: counted } = await client.query(OWN_READS_SQL);
      return counted.map((row) => ({ schema: row.schemaname, table: row.relname, reads: row.reads, at: (row.at as Date).toISOString() }));
    } catch {
      // The transaction was aborted by a failed query, or the connection is gone: nothing to count by.
      return [];
    }
  };
  return readOnlyConnection(rows, close, ownReads);
}
