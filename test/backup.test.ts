/**
 * Backup and restore: the catalog graph (crawled assets, a person's edit and its
 * audit entry, accounts and tokens, run history, the search outbox) exported from
 * the shared test Neo4j and restored into an empty Neo4j of this file's own is the
 * same graph, to the types of its numbers. A restore refuses a graph that is not
 * empty, and a damaged file, naming the line, before writing anything; one that
 * fails half-way (Neo4j failing under it, through a driver that fails on cue) leaves
 * the target empty, or says it could not and is finished by the next restore; one
 * whose search index cannot be rebuilt says the graph is in. A file cut short at a line
 * boundary, or with lines lost, is refused by its end line, writing nothing; one of
 * version 1, which has none, only when asked for. An export that fails
 * leaves no file behind, and keeps the backup already at its path; the file it writes
 * is 0600 whatever was there before.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS } from '@polder/graph-schema';
import { crawlSource } from '@polder/crawlers';
import { AccessService, AccountService, DEFAULT_ACCESS_SETTINGS } from '@polder/api';
import { connectNeo4j, findFreePort, loadConfig, startServices, type SourceConfig } from '@polder/runtime';
import type { Driver } from 'neo4j-driver';
import { exportGraph } from '../cli/src/backup/exportGraph.ts';
import { importGraph } from '../cli/src/backup/importGraph.ts';
import { IMPORT_ID, IMPORT_INDEX, IMPORTING, RESTORING } from '../cli/src/backup/restoreNames.ts';
import { backup } from '../cli/src/commands/backup.ts';
import { exitCodeOf } from '../cli/src/commands/UsageError.ts';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { testDriver, testLogger, testServices } from './support/services.ts';
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

/** Nodes in the target besides its migrations, the restore's marker included. */
async function targetNodes(): Promise<number> {
  const { records } = await targetDriver.executeQuery(`MATCH (n) WHERE NOT n:Migration RETURN count(n) AS count`);
  return records[0]!.get('count');
}

/** What a restore leaves of its own: nodes still labelled or tagged by it, its marker, its index. */
async function restoreLeftovers(): Promise<{ nodes: number; index: number }> {
  const nodes = await targetDriver.executeQuery(`MATCH (n) WHERE n:${IMPORTING} OR n:${RESTORING} OR n.${IMPORT_ID} IS NOT NULL RETURN count(n) AS count`);
  const index = await targetDriver.executeQuery(`SHOW INDEXES YIELD name WHERE name = $name RETURN count(*) AS count`, { name: IMPORT_INDEX });
  return { nodes: nodes.records[0]!.get('count'), index: index.records[0]!.get('count') };
}

async function emptyTarget(): Promise<void> {
  await targetDriver.executeQuery(`MATCH (n) WHERE NOT n:Migration DETACH DELETE n`);
}

/**
 * The target's driver, with `fault` called before each statement sent on its own (executeQuery,
 * session.run); what it throws, the statement throws. Transactions pass through untouched.
 */
function withFault(driver: Driver, fault: (cypher: string) => Promise<void>): Driver {
  const bound = <T extends object>(target: T, key: string | symbol) => {
    const value = Reflect.get(target, key);
    return typeof value === 'function' ? value.bind(target) : value;
  };
  return new Proxy(driver, {
    get(target, key) {
      if (key === 'executeQuery') return async (cypher: string, ...rest: unknown[]) => (await fault(cypher), (target.executeQuery as (...args: unknown[]) => unknown)(cypher, ...rest));
      if (key !== 'session') return bound(target, key);
      return (...args: Parameters<Driver['session']>) => {
        const session = target.session(...args);
        return new Proxy(session, {
          get: (real, name) => (name === 'run' ? async (cypher: string, ...rest: unknown[]) => (await fault(cypher), (real.run as (...args: unknown[]) => unknown)(cypher, ...rest)) : bound(real, name)),
        });
      };
    },
  });
}

/** Neo4j failing during the restore's last step, the clearing of its labels, once 3 nodes have been cleared. */
async function failDuringClearing(cypher: string): Promise<void> {
  if (!cypher.includes(`REMOVE n:${IMPORTING}`)) return;
  await targetDriver.executeQuery(`MATCH (n:${IMPORTING}) WITH n LIMIT 3 REMOVE n:${IMPORTING}, n.${IMPORT_ID}`);
  throw new Error('Neo4j went away (injected)');
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

    expect(counts.skippedRelationships).toBe(0);
    // The last line counts what the file holds.
    const end = JSON.parse(text.trimEnd().split('\n').at(-1)!);
    expect(end).toEqual({ end: { nodes: counts.nodes, relationships: counts.relationships, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });

    expect(await importGraph(targetDriver, 'neo4j', exported)).toEqual({ nodes: counts.nodes, relationships: counts.relationships, unfinishedRemoved: 0 });
    const again = join(dir, 'again.jsonl');
    await exportGraph(targetDriver, 'neo4j', again);
    expect(canonical(again)).toEqual(canonical(exported));
    expect(await restoreLeftovers()).toEqual({ nodes: 0, index: 0 });
  }, 120_000);

  it('refuses a graph that is not empty, and a damaged file by its line, writing nothing', async () => {
    const exported = join(dir, 'catalog.jsonl');
    await expect(importGraph(targetDriver, 'neo4j', exported)).rejects.toThrow('the target graph is not empty');
    await expect(importGraph(targetDriver, 'neo4j', dir)).rejects.toThrow(`${dir} is a folder, not a backup file`);

    await emptyTarget();
    const damaged = join(dir, 'damaged.jsonl');
    const lines = readFileSync(exported, 'utf8').trim().split('\n');
    lines.splice(3, 0, '{"rel":{"type":"HAS_FIELD","from":"nowhere","to":"nothing","props":{}}}');
    writeFileSync(damaged, lines.join('\n'));
    await expect(importGraph(targetDriver, 'neo4j', damaged)).rejects.toThrow(`${damaged}, line 4: relationship HAS_FIELD joins a node that is not in the file (nowhere → nothing)`);
    lines.splice(3, 1, '{"node":{"id":"x","labels":["Dataset) DETACH DELETE (m"],"props":{}}}');
    writeFileSync(damaged, lines.join('\n'));
    await expect(importGraph(targetDriver, 'neo4j', damaged)).rejects.toThrow(`line 4: label "Dataset) DETACH DELETE (m" is not a plain identifier`);
    expect(await targetNodes()).toBe(0);
  }, 120_000);

  it('refuses a backup cut short at a line boundary, or with lines lost, by its end line, writing nothing', async () => {
    await emptyTarget();
    const exported = join(dir, 'catalog.jsonl');
    const lines = readFileSync(exported, 'utf8').trimEnd().split('\n');
    const nodes = lines.filter((line) => line.startsWith('{"node"')).length;
    const relationships = lines.filter((line) => line.startsWith('{"rel"')).length;
    expect(relationships).toBeGreaterThan(2);
    // As `head -n` leaves it: the header, every node, two relationships; every line whole JSON.
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, `${lines.slice(0, 1 + nodes + 2).join('\n')}\n`);
    await expect(importGraph(targetDriver, 'neo4j', cut)).rejects.toThrow(`${cut} stops at line ${1 + nodes + 2} without the end line every export writes last: the file is incomplete`);
    // Asked to take a version 1 file or not, a version 2 one is checked.
    await expect(importGraph(targetDriver, 'neo4j', cut, { acceptVersion1: true })).rejects.toThrow('without the end line');
    // A relationship lost from the middle, the end line kept.
    const holed = join(dir, 'holed.jsonl');
    writeFileSync(holed, `${lines.filter((_, index) => index !== nodes + 1).join('\n')}\n`);
    await expect(importGraph(targetDriver, 'neo4j', holed)).rejects.toThrow(
      `${holed}, line ${lines.length - 1}: the end line counts ${nodes} nodes and ${relationships} relationships, but the file holds ${nodes} and ${relationships - 1}`,
    );
    expect(await targetNodes()).toBe(0);

    // The command says so before it starts anything, as for any refused file: exit 2.
    const config = loadConfig({ file: null, env: { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused' }, overrides: { dataDir: join(dir, 'cli') } });
    const refusal = await backup.run(['restore', cut], { config, logger: testLogger }).then(() => undefined, (error: Error) => error);
    expect({ message: refusal?.message, code: exitCodeOf(refusal) }).toEqual({
      message: expect.stringMatching(new RegExp(`^backup restore: ${cut} stops at line ${1 + nodes + 2} without the end line`)),
      code: 2,
    });
  }, 120_000);

  it('refuses a graph that is not empty as a failure of the work (exit 1), not of the command line', async () => {
    await emptyTarget();
    const exported = join(dir, 'catalog.jsonl');
    await targetDriver.executeQuery(`CREATE (:Dataset {urn: 'urn:polder:dataset:(sqlite,backup-probe,main.someone_elses)'})`);
    try {
      const meili = testServices().meili;
      const env = { NEO4J_URI: target.neo4j.uri, NEO4J_PASSWORD: target.neo4j.password!, MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.key };
      const config = loadConfig({ file: null, env, overrides: { dataDir: join(dir, 'cli'), meili: { indexPrefix: 'backup_test_' } } });
      const refusal = await backup.run(['restore', exported], { config, logger: testLogger }).then(() => undefined, (error: Error) => error);
      expect({ message: refusal?.message, code: exitCodeOf(refusal) }).toEqual({ message: 'the target graph is not empty: restore into a fresh instance (or delete its data first)', code: 1 });
      expect(await targetNodes()).toBe(1);
    } finally {
      await emptyTarget();
    }
  }, 120_000);

  it('leaves the target empty when Neo4j fails half-way through the last step of a restore', async () => {
    await emptyTarget();
    const exported = join(dir, 'catalog.jsonl');
    await expect(importGraph(withFault(targetDriver, failDuringClearing), 'neo4j', exported)).rejects.toThrow(/^Neo4j went away \(injected\)$/);
    expect(await targetNodes()).toBe(0);
    expect(await restoreLeftovers()).toEqual({ nodes: 0, index: 0 });
  }, 120_000);

  it('says so when it cannot empty the target after a failure either, and the next restore deletes the leftovers and restores', async () => {
    await emptyTarget();
    const exported = join(dir, 'catalog.jsonl');
    let down = false;
    const failing = withFault(targetDriver, async (cypher) => {
      if (down) throw new Error('Neo4j is down (injected)');
      // From the failure on, every statement fails, the cleanup's too.
      if (cypher.includes(`REMOVE n:${IMPORTING}`)) down = true;
      await failDuringClearing(cypher);
    });
    await expect(importGraph(failing, 'neo4j', exported)).rejects.toThrow(
      `Neo4j went away (injected); removing what the restore wrote failed too (Neo4j is down (injected)), so the graph is partly restored: ` +
        `run \`npx polder backup restore ${exported}\` again once Neo4j answers, which deletes the partial restore first`,
    );
    const left = await targetNodes();
    expect(left).toBeGreaterThan(1);

    const counts = await importGraph(targetDriver, 'neo4j', exported);
    // Every node but the marker, which the second restore keeps until it is done.
    expect(counts.unfinishedRemoved).toBe(left - 1);
    const again = join(dir, 'again.jsonl');
    await exportGraph(targetDriver, 'neo4j', again);
    expect(canonical(again)).toEqual(canonical(exported));
    expect(await restoreLeftovers()).toEqual({ nodes: 0, index: 0 });
    await emptyTarget();
  }, 120_000);

  it('says the graph is restored and how to rebuild the index when the search index cannot be rebuilt', async () => {
    await emptyTarget();
    const exported = join(dir, 'catalog.jsonl');
    const lines = readFileSync(exported, 'utf8').trim().split('\n');
    const nodes = lines.filter((line) => line.startsWith('{"node"')).length;
    const relationships = lines.filter((line) => line.startsWith('{"rel"')).length;
    // A key Meilisearch accepts (its health check passes), allowed to read its version and nothing more: the reindex is refused.
    const meili = testServices().meili;
    const created = await fetch(`${meili.url}/keys`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${meili.key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ description: 'backup test: version only', actions: ['version'], indexes: ['*'], expiresAt: null }),
    });
    const { key, uid } = (await created.json()) as { key: string; uid: string };
    registerSecret('Meilisearch version-only key of the backup test', key);
    try {
      const env = { NEO4J_URI: target.neo4j.uri, NEO4J_PASSWORD: target.neo4j.password!, MEILI_URL: meili.url, MEILI_MASTER_KEY: key };
      const config = loadConfig({ file: null, env, overrides: { dataDir: join(dir, 'cli'), meili: { indexPrefix: 'backup_test_' } } });
      const failure = await backup.run(['restore', exported], { config, logger: testLogger }).then(() => undefined, (error: Error) => error.message);
      expect(failure).toMatch(new RegExp(`^graph restored \\(${nodes} nodes and ${relationships} relationships from ${exported}\\); search index not rebuilt \\(.+\\): run \`npx polder reindex\`$`));
      expect(await targetNodes()).toBe(nodes);
    } finally {
      await fetch(`${meili.url}/keys/${uid}`, { method: 'DELETE', headers: { Authorization: `Bearer ${meili.key}` } });
      await emptyTarget();
    }
  }, 120_000);

  it('runs the data a backup from an older Polder brings through the migrations that Polder had not applied', async () => {
    await emptyTarget();
    const older = join(dir, 'older.jsonl');
    const before012 = MIGRATIONS.map((migration) => migration.id).filter((id) => id < '012');
    writeFileSync(
      older,
      [
        { format: 'polder-backup', version: 1, exportedAt: '2026-11-01T00:00:00.000Z', migrations: before012 },
        { node: { id: 'd', labels: ['Dataset', 'Entity'], props: { urn: 'urn:polder:dataset:(sqlite,backup-older,main.t)', usage_ownReads: { $int: '8' }, usage_ownReadsUntil: '2026-10-31T20:00:00.000Z' } } },
        { node: { id: 'p', labels: ['Polyseme', 'Entity'], props: { urn: 'urn:polder:polyseme:backup-word', label: 'Backup Word', status: 'ACTIVE' } } },
      ].map((line) => JSON.stringify(line)).join('\n'),
    );
    try {
      // Version 1 has no end line: refused unless asked for, since whether it is whole cannot be checked.
      await expect(importGraph(targetDriver, 'neo4j', older)).rejects.toThrow(`${older}, line 1: backup version 1, which has no end line: whether the file is complete cannot be checked`);
      expect(await importGraph(targetDriver, 'neo4j', older, { acceptVersion1: true })).toEqual({ nodes: 2, relationships: 0, unfinishedRemoved: 0 });
      const { records } = await targetDriver.executeQuery(
        `MATCH (d:Dataset), (p:Polyseme) RETURN d {.usage_ownReads, .usage_ownReadsPending, .usage_ownReadsPendingAt} AS dataset, p.labelKey AS labelKey`,
      );
      expect(records[0]!.toObject()).toEqual({
        dataset: { usage_ownReads: null, usage_ownReadsPending: [8], usage_ownReadsPendingAt: ['2026-10-31T20:00:00.000Z'] },
        labelKey: 'backup word',
      });
    } finally {
      await emptyTarget();
    }
  }, 120_000);

  it('writes the backup 0600, even over a partial file of looser permissions', async () => {
    const exported = join(dir, 'private.jsonl');
    writeFileSync(`${exported}.partial`, 'left by an export that was killed\n', { mode: 0o644 });
    await exportGraph(targetDriver, 'neo4j', exported);
    expect(statSync(exported).mode & 0o777).toBe(0o600);
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
