/**
 * The SQLite crawler end to end: a real SQLite file (Sakila) crawled into real
 * Neo4j. What lands in the graph, view lineage parsed from the views' SQL, that
 * the file is only ever read, and the rules of a run (idempotent, failed runs
 * change nothing).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource, CrawlFailedError } from '@polder/crawlers';
import type { SourceConfig } from '@polder/runtime';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { testDriver, testLogger } from './support/services.ts';

const SAKILA = new URL('./fixtures/sql/sqlite/sakila-schema.sql', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'polder-sqlite-'));
const file = join(dir, 'sakila.db');
const driver = testDriver();
const source: SourceConfig = { id: 'sakila-sqlite', kind: 'sqlite', domain: 'film-archive', path: file, include: [], exclude: [] };
const crawl = (config: SourceConfig = source) => crawlSource(driver, config, { logger: testLogger });
const ds = (table: string) => `urn:polder:dataset:(sqlite,sakila-sqlite,main.${table})`;
const fd = (table: string, column: string) => `urn:polder:field:(${ds(table)},${column})`;

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}
const everythingCrawled = () =>
  rows(`MATCH (n:Entity {provider: 'sqlite:sakila-sqlite'}) RETURN n.urn AS urn, n.status AS status, n.updatedAt AS updatedAt ORDER BY urn`);

function changeFile(sql: string): void {
  const db = new Database(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  changeFile(readFileSync(SAKILA, 'utf8'));
  await writeTestMesh(driver, source);
});
afterAll(async () => {
  await deleteCrawledData(driver, source);
  await driver.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('crawling Sakila in a SQLite file', () => {
  it('lands every table and view, with its kind, in a constant number of queries', async () => {
    const result = await crawl();
    expect(result.stats).toEqual({ datasets: 21, columns: expect.any(Number), lineageEdges: 27, queries: 7 });
    expect(result.warnings).toEqual([]);
    const datasets = await rows<{ name: string; subtype: string }>(
      `MATCH (d:Dataset {provider: 'sqlite:sakila-sqlite'}) RETURN d.name AS name, d.subtype AS subtype, d.rowEstimate AS rowEstimate ORDER BY name`,
    );
    expect(datasets).toEqual(
      [
        ...['actor', 'address', 'category', 'city', 'country', 'customer', 'film', 'film_actor', 'film_category', 'film_text', 'inventory', 'language', 'payment', 'rental', 'staff', 'store'].map((name) => ({ name, subtype: 'TABLE', rowEstimate: null })),
        ...['customer_list', 'film_list', 'sales_by_film_category', 'sales_by_store', 'staff_list'].map((name) => ({ name, subtype: 'VIEW', rowEstimate: null })),
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it('lands columns with their declared types, nullability, defaults and keys', async () => {
    const columns = await rows(
      `MATCH (:Dataset {urn: $urn})-[:HAS_FIELD]->(f:Field)
       RETURN f.name AS name, f.position AS position, f.dataType AS dataType, f.nullable AS nullable, f.isPrimaryKey AS pk, f.isUnique AS unique, f.defaultValue AS defaultValue
       ORDER BY f.position`,
      { urn: ds('customer') },
    );
    expect(columns).toEqual([
      { name: 'customer_id', position: 1, dataType: 'INTEGER', nullable: false, pk: true, unique: true, defaultValue: null },
      { name: 'store_id', position: 2, dataType: 'INT', nullable: false, pk: false, unique: false, defaultValue: null },
      { name: 'first_name', position: 3, dataType: 'VARCHAR(45)', nullable: false, pk: false, unique: false, defaultValue: null },
      { name: 'last_name', position: 4, dataType: 'VARCHAR(45)', nullable: false, pk: false, unique: false, defaultValue: null },
      { name: 'email', position: 5, dataType: 'VARCHAR(50)', nullable: true, pk: false, unique: false, defaultValue: null },
      { name: 'address_id', position: 6, dataType: 'INT', nullable: false, pk: false, unique: false, defaultValue: null },
      { name: 'active', position: 7, dataType: 'CHAR(1)', nullable: false, pk: false, unique: false, defaultValue: "'Y'" },
      { name: 'create_date', position: 8, dataType: 'TIMESTAMP', nullable: false, pk: false, unique: false, defaultValue: null },
      { name: 'last_update', position: 9, dataType: 'TIMESTAMP', nullable: false, pk: false, unique: false, defaultValue: null },
    ]);
    // rental's UNIQUE INDEX (rental_date, inventory_id, customer_id) makes none of its columns unique alone.
    expect(await rows(`MATCH (:Dataset {provider: 'sqlite:sakila-sqlite'})-[:HAS_FIELD]->(f:Field) WHERE f.isUnique AND NOT f.isPrimaryKey RETURN f.urn AS urn`)).toEqual([]);
    const [compositeKey] = await rows(`MATCH (:Dataset {urn: $urn})-[:HAS_FIELD]->(f:Field) WHERE f.isPrimaryKey WITH f ORDER BY f.position RETURN collect(f.name) AS names`, { urn: ds('film_actor') });
    expect(compositeKey).toEqual({ names: ['actor_id', 'film_id'] });
  });

  it('lands every foreign key as a column-to-column edge', async () => {
    expect(await rows(`MATCH (:Field)-[r:REFERENCES {provider: 'sqlite:sakila-sqlite'}]->(:Field) RETURN count(r) AS count`)).toEqual([{ count: 22 }]);
    const references = await rows(`MATCH (f:Field {urn: $from})-[:REFERENCES]->(target:Field) RETURN target.urn AS target`, { from: fd('rental', 'customer_id') });
    expect(references).toEqual([{ target: fd('customer', 'customer_id') }]);
  });

  it("derives table-level lineage of every view from the view's SQL", async () => {
    const lineage = await rows<{ view: string; upstream: string[] }>(
      `MATCH (v:Dataset {provider: 'sqlite:sakila-sqlite'})-[:DERIVES_FROM]->(u:Dataset)
       WITH v.name AS view, u.name AS upstream ORDER BY upstream
       RETURN view, collect(upstream) AS upstream ORDER BY view`,
    );
    expect(lineage).toEqual([
      { view: 'customer_list', upstream: ['address', 'city', 'country', 'customer'] },
      { view: 'film_list', upstream: ['actor', 'category', 'film', 'film_actor', 'film_category'] },
      { view: 'sales_by_film_category', upstream: ['category', 'film', 'film_category', 'inventory', 'payment', 'rental'] },
      { view: 'sales_by_store', upstream: ['address', 'city', 'country', 'inventory', 'payment', 'rental', 'staff', 'store'] },
      { view: 'staff_list', upstream: ['address', 'city', 'country', 'staff'] },
    ]);
  });

  it('changes nothing when crawled again, and never writes to the file', async () => {
    const fileBefore = { entries: readdirSync(dir).sort(), sha1: createHash('sha1').update(readFileSync(file)).digest('hex') };
    const before = await everythingCrawled();
    const result = await crawl();
    expect(result.counts).toMatchObject({ created: 0, updated: 0, removed: 0, edgesWritten: 0, edgesRemoved: 0 });
    expect(await everythingCrawled()).toEqual(before);
    expect({ entries: readdirSync(dir).sort(), sha1: createHash('sha1').update(readFileSync(file)).digest('hex') }).toEqual(fileBefore);
  });

  // SQLite lets a table be dropped under a view; describing that view then fails, and with it the one query for all views' columns.
  it('goes on without the columns of a view that reads a table that no longer exists, naming it; other views and virtual tables keep theirs', async () => {
    changeFile('CREATE TABLE scratch (id INTEGER); CREATE VIEW stale AS SELECT id FROM scratch; DROP TABLE scratch; CREATE VIRTUAL TABLE notes USING fts5(body);');
    const activeFields = async (table: string) =>
      (await rows<{ name: string }>(`MATCH (:Dataset {urn: $urn})-[:HAS_FIELD]->(f:Field {status: 'ACTIVE'}) RETURN f.name AS name ORDER BY f.position`, { urn: ds(table) })).map((field) => field.name);
    const result = await crawl();
    expect(await activeFields('customer_list')).toHaveLength(9);
    expect(await activeFields('sales_by_store')).toEqual(['store_id', 'store', 'manager', 'total_sales']);
    expect(await activeFields('notes')).toEqual(['body']);
    expect(await activeFields('stale')).toEqual([]);
    expect(await rows(`MATCH (d:Dataset {urn: $urn}) RETURN d.status AS status`, { urn: ds('stale') })).toEqual([{ status: 'ACTIVE' }]);
    expect(result.warnings).toEqual(['sqlite:sakila-sqlite/main.stale: No columns: SQLite cannot describe this view (no such table: main.scratch)']);
    // The 7 queries of every crawl, then one for each of the 5 views of Sakila, stale and notes, described alone.
    expect(result.stats.queries).toBe(14);

    changeFile('DROP VIEW stale; DROP TABLE notes;');
    const restored = await crawl();
    expect(restored.warnings).toEqual([]);
    // stale, notes and its column body.
    expect(restored.counts).toMatchObject({ created: 0, updated: 0, removed: 3 });
    expect(await activeFields('customer_list')).toHaveLength(9);
  });

  it('lands the rowid alias not nullable, and each other form of primary key as SQLite lets it hold NULL or not', async () => {
    changeFile(`CREATE TABLE key_alias (id INTEGER PRIMARY KEY, v);
      CREATE TABLE key_desc_quirk (id INTEGER PRIMARY KEY DESC, v);
      CREATE TABLE key_text (id TEXT PRIMARY KEY, v);
      CREATE TABLE key_no_rowid (id TEXT PRIMARY KEY, v) WITHOUT ROWID;`);
    try {
      await crawl();
      const keys = await rows(
        `MATCH (d:Dataset {provider: 'sqlite:sakila-sqlite'})-[:HAS_FIELD]->(f:Field {isPrimaryKey: true}) WHERE d.name STARTS WITH 'key_' AND f.status = 'ACTIVE'
         RETURN d.name AS table, f.nullable AS nullable ORDER BY table`,
      );
      expect(keys).toEqual([
        { table: 'key_alias', nullable: false },
        // SQLite's quirk: this one is not the rowid, and may hold NULL, as any other key of a rowid table.
        { table: 'key_desc_quirk', nullable: true },
        { table: 'key_no_rowid', nullable: false },
        { table: 'key_text', nullable: true },
      ]);
    } finally {
      changeFile('DROP TABLE key_alias; DROP TABLE key_desc_quirk; DROP TABLE key_text; DROP TABLE key_no_rowid;');
      await crawl();
    }
  });

  it('changes nothing and records the failure when the file is missing', async () => {
    const before = await everythingCrawled();
    const missing = join(dir, 'moved-away.db');
    const failing = crawl({ ...source, path: missing });
    await expect(failing).rejects.toThrow(CrawlFailedError);
    await expect(failing).rejects.toThrow(`source sakila-sqlite (sqlite ${missing}): file not found`);
    expect(await everythingCrawled()).toEqual(before);
    const [run] = await rows(`MATCH (r:CrawlRun {sourceUrn: 'urn:polder:source:sakila-sqlite'}) RETURN r.status AS status, r.error AS error ORDER BY r.startedAt DESC LIMIT 1`);
    expect(run).toEqual({ status: 'FAILED', error: `source sakila-sqlite (sqlite ${missing}): file not found` });
  });
});
