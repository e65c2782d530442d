/**
 * Backup and restore: the catalog graph (crawled assets, a person's edit and its
 * audit entry, accounts and tokens, run history, the search outbox) exported from
 * the shared test Neo4j and restored into an empty Neo4j of this file's own is the
 * same graph, to the types of its numbers. A restore refuses a graph that is not
 * empty, and a damaged file, naming the line, before writing anything. An export
 * that fails leaves no file behind, and keeps the backup already at its path.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS } from '@polder/graph-schema';
import { crawlSource } from '@polder/crawlers';
import { AccessService, AccountService, DEFAULT_ACCESS_SETTINGS } from '@polder/api';
import { connectNeo4j, findFreePort, loadConfig, startServices, type SourceConfig } from '@polder/runtime';
import { exportGraph } from '../cli/src/backup/exportGraph.ts';
import { importGraph } from '../cli/src/backup/importGraph.ts';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { testDriver, testLogger } from './support/services.ts';
import { registerSecret } from './support/knownSecrets.ts';

const driver = testDriver();
const dir = mkdtempSync(join(tmpdir(), 'polder-backup-'));
const source: SourceConfig = { id: 'backup-store', kind: 'sqlite', domain: 'backup', path: join(dir, 'store.db'), include: [], exclude: [] };
let target: Awaited<ReturnType<typeof startServices<'neo4j'>>>;
let targetDriver: ReturnType<typeof connectNeo4j>;

/** The graph as a multiset of canonical lines: a node by its labels and properties, a relationship by its ends' canonical forms. */
function canonical(file: string): string[] {
  const lines = readFileSync(file, 'utf8').trim().split('\n').slice(1).map((line) => JSON.parse(line));
  const nodes = new Map<string, string>();
  for (const { node } of lines.filter((line) => line.node)) nodes.set(node.id, JSON.stringify([node.labels, Object.entries(node.props).sort()]));
  const relationships = lines.filter((line) => line.rel).map(({ rel }) => JSON.stringify([nodes.get(rel.from), rel.type, Object.entries(rel.props).sort(), nodes.get(rel.to)]));
  return [...nodes.values(), ...relationships].sort();
}

beforeAll(async () => {
  const db = new Database(source.path);
  db.exec(`CREATE TABLE invoice (invoice_id INTEGER PRIMARY KEY, amount NUMERIC); CREATE VIEW big_invoice AS SELECT * FROM invoice WHERE amount > 100;`);
  db.close();
  await writeTestMesh(driver, source);
  await crawlSource(driver, source, { logger: testLogger });
  await driver.executeQuery(`MATCH (a:Account {username: 'backup-admin'}) OPTIONAL MATCH (t)-[:ISSUED_TO]->(a) DETACH DELETE t, a`);
  await new AccountService(driver).create({ username: 'backup-admin', password: 'a long enough password', roles: ['ADMIN'] });
  await new AccessService(driver, DEFAULT_ACCESS_SETTINGS).issueApiToken('backup-admin', { name: 'backup', scopes: ['READ'], expiresInDays: 1 }, ['READ']);
  // A person's edit, with its integer version and its audit entry.
  await driver.executeQuery(
    `MATCH (d:Dataset {urn: 'urn:polder:dataset:(sqlite,backup-store,main.invoice)'})
     SET d.editable_description = 'Invoices, as finance means them', d.editable_version = 1
     CREATE (:Change {urn: 'urn:polder:change:backup-test', actor: 'backup-admin', action: 'updateDescription', at: '2026-11-30T00:00:00.000Z', before: '{}', after: '{}', version: 1})-[:ABOUT]->(d)`,
  );

  const config = loadConfig({ file: null, env: {}, overrides: { dataDir: join(dir, 'target'), neo4j: { boltPort: await findFreePort(), heapMb: 512, pageCacheMb: 128 } } });
  target = await startServices(config, { which: ['neo4j'], detached: false, logger: testLogger });
  registerSecret('Neo4j password of the backup target', target.neo4j.password!);
  targetDriver = connectNeo4j(target.neo4j);
  await applyMigrations(targetDriver, MIGRATIONS);
}, 120_000);

afterAll(async () => {
  await deleteCrawledData(driver, source);
  await driver.executeQuery(`MATCH (c:Change {urn: 'urn:polder:change:backup-test'}) DETACH DELETE c`);
  await driver.executeQuery(`MATCH (a:Account {username: 'backup-admin'}) OPTIONAL MATCH (t)-[:ISSUED_TO]->(a) DETACH DELETE t, a`);
  await driver.close();
  await targetDriver?.close();
  await target?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('reproduces the graph exactly in an empty instance', async () => {
    const exported = join(dir, 'catalog.jsonl');
    const counts = await exportGraph(driver, 'neo4j', exported);
    expect(counts.nodes).toBeGreaterThan(10);
    const text = readFileSync(exported, 'utf8');
    expect(text).toContain('Invoices, as finance means them');
    expect(text).toContain('"editable_version":{"$int":"1"}');

    expect(await importGraph(targetDriver, 'neo4j', exported)).toEqual(counts);
    const again = join(dir, 'again.jsonl');
    await exportGraph(targetDriver, 'neo4j', again);
    expect(canonical(again)).toEqual(canonical(exported));
    const { records } = await targetDriver.executeQuery(`MATCH (n) WHERE n:_PolderImport OR n.importId IS NOT NULL RETURN count(n) AS leftovers`);
    expect(records[0]!.get('leftovers')).toBe(0);
  }, 120_000);

  it('refuses a graph that is not empty, and a damaged file by its line, writing nothing', async () => {
    const exported = join(dir, 'catalog.jsonl');
    await expect(importGraph(targetDriver, 'neo4j', exported)).rejects.toThrow('the target graph is not empty');
    await expect(importGraph(targetDriver, 'neo4j', dir)).rejects.toThrow(`${dir} is a folder, not a backup file`);

    await targetDriver.executeQuery(`MATCH (n) WHERE NOT n:Migration DETACH DELETE n`);
    const damaged = join(dir, 'damaged.jsonl');
    const lines = readFileSync(exported, 'utf8').trim().split('\n');
    lines.splice(3, 0, '{"rel":{"type":"HAS_FIELD","from":"nowhere","to":"nothing","props":{}}}');
    writeFileSync(damaged, lines.join('\n'));
    await expect(importGraph(targetDriver, 'neo4j', damaged)).rejects.toThrow(`${damaged}, line 4: relationship HAS_FIELD joins a node that is not in the file (nowhere → nothing)`);
    lines.splice(3, 1, '{"node":{"id":"x","labels":["Dataset) DETACH DELETE (m"],"props":{}}}');
    writeFileSync(damaged, lines.join('\n'));
    await expect(importGraph(targetDriver, 'neo4j', damaged)).rejects.toThrow(`line 4: label "Dataset) DETACH DELETE (m" is not a plain identifier`);
    const { records } = await targetDriver.executeQuery(`MATCH (n) WHERE NOT n:Migration RETURN count(n) AS count`);
    expect(records[0]!.get('count')).toBe(0);
  }, 120_000);

  it('leaves no file behind when an export fails, and keeps the backup already at its path', async () => {
    await expect(exportGraph(targetDriver, 'neo4j', join(dir, 'no-such-folder', 'catalog.jsonl'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
    await expect(exportGraph(targetDriver, 'neo4j', dir)).rejects.toThrow(`${dir} is a folder, not a backup file`);

    const previous = join(dir, 'previous.jsonl');
    writeFileSync(previous, 'yesterday\'s backup\n');
    // A property Polder never writes (a temporal value): the export stops at it.
    await targetDriver.executeQuery(`CREATE (:Dataset {urn: 'urn:polder:dataset:(sqlite,backup-probe,main.t)', seenAt: datetime()})`);
    try {
      await expect(exportGraph(targetDriver, 'neo4j', previous)).rejects.toThrow('property "seenAt" holds a ZONED DATETIME');
    } finally {
      await targetDriver.executeQuery(`MATCH (n) WHERE NOT n:Migration DETACH DELETE n`);
    }
    expect(readFileSync(previous, 'utf8')).toBe("yesterday's backup\n");
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  }, 120_000);
});
