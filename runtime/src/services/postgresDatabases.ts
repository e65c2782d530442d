/**
 * Small helpers over a running PostgreSQL (the local one or any other): create
 * and drop databases, run a SQL file. Used to build the demo mesh and test stores.
 */
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import type { PostgresConnection } from './serviceTypes.ts';

/** Runs `work` with a connected client on `database`, and always disconnects. */
export async function withPostgresClient<T>(
  connection: PostgresConnection,
  database: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ ...connection, database });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates `name` unless it exists. Resolves true when it was created now. */
export async function createDatabase(connection: PostgresConnection, name: string): Promise<boolean> {
  return withPostgresClient(connection, 'postgres', async (client) => {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount) return false;
    // CREATE DATABASE takes no bind parameters: the name is quoted as an identifier instead.
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  });
}

/** Drops `name` if it exists, disconnecting anyone still using it. */
export async function dropDatabase(connection: PostgresConnection, name: string): Promise<void> {
  await withPostgresClient(connection, 'postgres', async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

/**
 * Runs every statement of a SQL file in `database`, in one implicit transaction
 * (the simple query protocol), so a failing file leaves nothing half-applied.
 * Plain SQL only: psql meta-commands (`\connect`, `\copy`, ...) are not understood.
 */
export async function runSqlFile(connection: PostgresConnection, database: string, file: string): Promise<void> {
  const sql = await readFile(file, 'utf8');
  await withPostgresClient(connection, database, async (client) => {
    await client.query(sql);
  });
}
