/**
 * The demo's domain databases are loaded once, and a start that dies while loading one leaves nothing a
 * later start would take for a loaded database.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { dropDatabase, withPostgresClient } from '@polder/runtime';
import { seedDemoDatabases } from '../cli/src/demo/seedDemoDatabases.ts';
import { testLogger, testServices } from './support/services.ts';

const postgres = testServices().postgres;
const demoDir = mkdtempSync(join(tmpdir(), 'polder-demo-databases-'));
const DATABASE = 'demo_killed_load';
const SLOW_LOAD = 'CREATE TABLE customer (id int PRIMARY KEY); SELECT pg_sleep(30); INSERT INTO customer VALUES (1);';
const LOAD = 'CREATE TABLE customer (id int PRIMARY KEY); INSERT INTO customer VALUES (1);';

afterAll(async () => {
  for (const name of [DATABASE, `${DATABASE}__loading`]) await dropDatabase(postgres, name);
  rmSync(demoDir, { recursive: true, force: true });
});

const databases = () =>
  withPostgresClient(postgres, 'postgres', async (client) =>
    (await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'demo_killed_load%' ORDER BY datname")).rows.map((row) => row.datname),
  );

it('a start killed while it loads a demo database leaves none of that name, and the next start loads it whole', async () => {
  writeFileSync(join(demoDir, `${DATABASE}.sql`), SLOW_LOAD);
  const child = fork(new URL('./support/demoDatabasesProcess.ts', import.meta.url), {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, POSTGRES: JSON.stringify(postgres), DEMO_DIR: demoDir },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Killed once its load is under way: the database it loads into exists and its file is running.
  for (let waited = 0; !(await databases()).length; waited += 100) {
    if (waited > 30_000) throw new Error('the load never started');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  await exited;
  expect(await databases()).not.toContain(DATABASE);

  writeFileSync(join(demoDir, `${DATABASE}.sql`), LOAD);
  expect(await seedDemoDatabases(postgres, demoDir, testLogger)).toEqual([DATABASE]);
  expect(await databases()).toEqual([DATABASE]);
  const rows = await withPostgresClient(postgres, DATABASE, async (client) => (await client.query('SELECT id FROM customer')).rows);
  expect(rows).toEqual([{ id: 1 }]);
  expect(await seedDemoDatabases(postgres, demoDir, testLogger)).toEqual([]);
});
