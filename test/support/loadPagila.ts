/**
 * Loads the Pagila schema fixture into a fresh database of the test PostgreSQL.
 *
 * Pagila's film_embedding table uses pgvector, an extension the embedded
 * PostgreSQL binaries do not ship. Rather than drop the table, the loader
 * swaps its one `vector(20)` column for `real[]` and leaves out the extension
 * and its hnsw index; everything else loads exactly as published.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import type { RunningServices } from '@polder/runtime';

const FIXTURE = new URL('../fixtures/sql/postgres/pagila-schema.sql', import.meta.url);

export function pagilaWithoutPgvector(): string {
  return readFileSync(FIXTURE, 'utf8')
    .replace(/^CREATE EXTENSION IF NOT EXISTS vector WITH SCHEMA public;$/m, '')
    .replace(/^COMMENT ON EXTENSION vector IS .*$/m, '')
    .replace(/^CREATE INDEX film_embedding_embedding_hnsw_idx .*$/m, '')
    .replace('embedding public.vector(20) NOT NULL', 'embedding real[] NOT NULL');
}

export async function createDatabase(postgres: RunningServices['postgres'], database: string, sql: string): Promise<void> {
  const connection = { host: postgres.host, port: postgres.port, user: postgres.user, password: postgres.password };
  const admin = new pg.Client({ ...connection, database: 'postgres' });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${database}`);
  } finally {
    await admin.end();
  }
  await runSql(postgres, database, sql);
}

export async function runSql(postgres: RunningServices['postgres'], database: string, sql: string): Promise<void> {
  const client = new pg.Client({ host: postgres.host, port: postgres.port, user: postgres.user, password: postgres.password, database });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The rows of one query against `database`, on a connection of its own. */
export async function queryRows<Row = Record<string, unknown>>(postgres: RunningServices['postgres'], database: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ host: postgres.host, port: postgres.port, user: postgres.user, password: postgres.password, database });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}
