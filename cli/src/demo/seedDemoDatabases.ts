/**
 * Loads the demo mesh's domain databases (demo/<database>.sql) into the local
 * PostgreSQL, once: a database that already exists is left as it is, so a
 * restart keeps whatever the demo user changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import pg from 'pg';
import type { Logger, RunningServices } from '@polder/runtime';

export async function seedDemoDatabases(postgres: RunningServices['postgres'], demoDir: string, logger: Logger): Promise<string[]> {
  const files = readdirSync(demoDir).filter((file) => file.endsWith('.sql')).sort();
  const connection = { host: postgres.host, port: postgres.port, user: postgres.user, password: postgres.password };
  const admin = new pg.Client({ ...connection, database: 'postgres' });
  await admin.connect();
  const seeded: string[] = [];
  try {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database');
    const existing = new Set(rows.map((row) => row.datname));
    for (const file of files) {
      const database = basename(file, '.sql');
      if (!/^[a-z][a-z0-9_]{0,49}$/.test(database)) throw new Error(`demo file ${file}: the database name must be lower-case letters, digits and _, 50 at most`);
      if (existing.has(database)) continue;
      // Loaded under another name and renamed once complete: a start that dies mid-load leaves no
      // database of the real name, which later starts would skip as already loaded.
      const loading = `${database}__loading`;
      // Identifiers cannot be parameters; the name was checked against a strict pattern above.
      await admin.query(`DROP DATABASE IF EXISTS ${loading} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${loading}`);
      const client = new pg.Client({ ...connection, database: loading });
      try {
        await client.connect();
        await client.query(readFileSync(join(demoDir, file), 'utf8'));
      } catch (error) {
        await client.end().catch(() => undefined);
        await admin.query(`DROP DATABASE IF EXISTS ${loading} WITH (FORCE)`);
        throw new Error(`demo file ${file} failed to load: ${(error as Error).message}`);
      }
      await client.end();
      await admin.query(`ALTER DATABASE ${loading} RENAME TO ${database}`);
      logger.info({ database }, 'demo database loaded');
      seeded.push(database);
    }
  } finally {
    await admin.end();
  }
  return seeded;
}
