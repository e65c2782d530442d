/**
 * The MySQL crawler end to end against a real MariaDB (Sakila) and real Neo4j:
 * what lands in the graph, view lineage parsed from MariaDB's stored SQL, and the
 * rules of a run (idempotent, failed runs change nothing).
 *
 * The test starts its own MariaDB (test/support/startMariaDb.ts) and fails when
 * mariadb-server is not installed.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { crawlSource, CrawlFailedError, runAndRecordChecks, runAndRecordProfiles } from '@polder/crawlers';
import type { SourceConfig } from '@polder/runtime';
import { deleteCrawledData, testMySqlSource, writeTestMesh } from './support/crawlFixture.ts';
import { testDriver, testLogger } from './support/services.ts';
import { startMariaDb, type RunningMariaDb } from './support/startMariaDb.ts';

const SAKILA = new URL('./fixtures/sql/mysql/sakila-schema.sql', import.meta.url);
const driver = testDriver();
let mariadb: RunningMariaDb | undefined;
let source: SourceConfig;
let env: NodeJS.ProcessEnv;
const crawl = () => crawlSource(driver, source, { logger: testLogger, env });
const ds = (table: string) => `urn:polder:dataset:(mysql,sakila-mariadb,sakila.${table})`;
const fd = (table: string, column: string) => `urn:polder:field:(${ds(table)},${column})`;

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}
const everythingCrawled = () =>
  rows(`MATCH (n:Entity {provider: 'mysql:sakila-mariadb'}) RETURN n.urn AS urn, n.status AS status, n.updatedAt AS updatedAt ORDER BY urn`);

// Without a server every test fails, with the reason: a throwing beforeAll would report them as skipped.
let startFailure: unknown;
beforeAll(async () => {
  try {
    mariadb = await startMariaDb();
  } catch (error) {
    startFailure = error;
    return;
  }
  await mariadb.runSql(readFileSync(SAKILA, 'utf8'));
  ({ source, env } = testMySqlSource(mariadb, 'sakila-mariadb', 'sakila', 'video-rental'));
  await writeTestMesh(driver, source);
});
beforeEach(() => {
  if (startFailure) throw startFailure;
});
afterAll(async () => {
  if (source) await deleteCrawledData(driver, source);
  await driver.close();
  await mariadb?.stop();
});

describe('crawling Sakila on MariaDB', () => {
  it('lands every table and view, with its kind, in a constant number of queries', async () => {
    const result = await crawl();
    expect(result.stats).toEqual({ datasets: 23, columns: expect.any(Number), lineageEdges: 37, queries: 6 });
    expect(result.warnings).toEqual([]);
    const datasets = await rows<{ name: string; subtype: string }>(
      `MATCH (d:Dataset {provider: 'mysql:sakila-mariadb'}) RETURN d.name AS name, d.subtype AS subtype ORDER BY name`,
    );
    expect(datasets).toEqual(
      [
        ...['actor', 'address', 'category', 'city', 'country', 'customer', 'film', 'film_actor', 'film_category', 'film_text', 'inventory', 'language', 'payment', 'rental', 'staff', 'store'].map((name) => ({ name, subtype: 'TABLE' })),
        ...['actor_info', 'customer_list', 'film_list', 'nicer_but_slower_film_list', 'sales_by_film_category', 'sales_by_store', 'staff_list'].map((name) => ({ name, subtype: 'VIEW' })),
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
    const [customer] = await rows(
      `MATCH (d:Dataset {urn: $urn}) RETURN d.qualifiedName AS qualifiedName, d.platform AS platform, d.engine AS engine, d.rowEstimate AS rowEstimate, d.sizeBytes > 0 AS hasSize`,
      { urn: ds('customer') },
    );
    expect(customer).toEqual({ qualifiedName: 'sakila.customer', platform: 'mysql', engine: 'InnoDB', rowEstimate: 0, hasSize: true });
  });

  // Types and defaults as MariaDB renders them in information_schema (COLUMN_TYPE, COLUMN_DEFAULT).
  it('lands columns with types, nullability, defaults and keys', async () => {
    const columns = await rows(
      `MATCH (:Dataset {urn: $urn})-[:HAS_FIELD]->(f:Field)
       RETURN f.name AS name, f.position AS position, f.dataType AS dataType, f.nullable AS nullable, f.isPrimaryKey AS pk, f.isUnique AS unique, f.defaultValue AS defaultValue
       ORDER BY f.position`,
      { urn: ds('customer') },
    );
    expect(columns).toEqual([
      { name: 'customer_id', position: 1, dataType: 'int(10) unsigned', nullable: false, pk: true, unique: true, defaultValue: null },
      { name: 'store_id', position: 2, dataType: 'int(10) unsigned', nullable: false, pk: false, unique: false, defaultValue: null },
      { name: 'first_name', position: 3, dataType: 'varchar(45)', nullable: false, pk: false, unique: false, defaultValue: null },
      { name: 'last_name', position: 4, dataType: 'varchar(45)', nullable: false, pk: false, unique: false, defaultValue: null },
      { name: 'email', position: 5, dataType: 'varchar(50)', nullable: true, pk: false, unique: false, defaultValue: null },
      { name: 'address_id', position: 6, dataType: 'int(10) unsigned', nullable: false, pk: false, unique: false, defaultValue: null },
      { name: 'active', position: 7, dataType: 'tinyint(1)', nullable: false, pk: false, unique: false, defaultValue: '1' },
      { name: 'create_date', position: 8, dataType: 'datetime', nullable: false, pk: false, unique: false, defaultValue: null },
      { name: 'last_update', position: 9, dataType: 'timestamp', nullable: true, pk: false, unique: false, defaultValue: 'current_timestamp()' },
    ]);
    const keys = await rows(
      `MATCH (d:Dataset {provider: 'mysql:sakila-mariadb'})-[:HAS_FIELD]->(f:Field) WHERE f.isUnique AND NOT f.isPrimaryKey RETURN d.name + '.' + f.name AS column`,
    );
    // rental's UNIQUE KEY (rental_date, inventory_id, customer_id) makes none of its columns unique alone.
    expect(keys).toEqual([{ column: 'store.manager_staff_id' }]);
    const [compositeKey] = await rows(`MATCH (:Dataset {urn: $urn})-[:HAS_FIELD]->(f:Field) WHERE f.isPrimaryKey WITH f ORDER BY f.position RETURN collect(f.name) AS names`, { urn: ds('film_actor') });
    expect(compositeKey).toEqual({ names: ['actor_id', 'film_id'] });
  });

  it('lands every foreign key as a column-to-column edge', async () => {
    expect(await rows(`MATCH (:Field)-[r:REFERENCES {provider: 'mysql:sakila-mariadb'}]->(:Field) RETURN count(r) AS count`)).toEqual([{ count: 22 }]);
    const references = await rows(
      `MATCH (f:Field {urn: $from})-[r:REFERENCES]->(target:Field) RETURN target.urn AS target, r.constraint AS constraint`,
      { from: fd('rental', 'customer_id') },
    );
    expect(references).toEqual([{ target: fd('customer', 'customer_id'), constraint: 'fk_rental_customer' }]);
  });

  it("derives table-level lineage of every view from MariaDB's stored SQL", async () => {
    const lineage = await rows<{ view: string; upstream: string[] }>(
      `MATCH (v:Dataset {provider: 'mysql:sakila-mariadb'})-[:DERIVES_FROM]->(u:Dataset)
       WITH v.name AS view, u.name AS upstream ORDER BY upstream
       RETURN view, collect(upstream) AS upstream ORDER BY view`,
    );
    expect(lineage).toEqual([
      { view: 'actor_info', upstream: ['actor', 'category', 'film', 'film_actor', 'film_category'] },
      { view: 'customer_list', upstream: ['address', 'city', 'country', 'customer'] },
      { view: 'film_list', upstream: ['actor', 'category', 'film', 'film_actor', 'film_category'] },
      { view: 'nicer_but_slower_film_list', upstream: ['actor', 'category', 'film', 'film_actor', 'film_category'] },
      { view: 'sales_by_film_category', upstream: ['category', 'film', 'film_category', 'inventory', 'payment', 'rental'] },
      { view: 'sales_by_store', upstream: ['address', 'city', 'country', 'inventory', 'payment', 'rental', 'staff', 'store'] },
      { view: 'staff_list', upstream: ['address', 'city', 'country', 'staff'] },
    ]);
  });

  it('puts every dataset in its domain and source', async () => {
    const [membership] = await rows(
      `MATCH (d:Dataset {provider: 'mysql:sakila-mariadb'})
       OPTIONAL MATCH (d)-[:IN_DOMAIN]->(domain:Domain {id: 'video-rental'}) OPTIONAL MATCH (d)-[:FROM_SOURCE]->(source:Source {id: 'sakila-mariadb'})
       RETURN count(d) AS datasets, count(domain) AS inDomain, count(source) AS fromSource`,
    );
    expect(membership).toEqual({ datasets: 23, inDomain: 23, fromSource: 23 });
  });

  it('changes nothing when crawled again', async () => {
    const before = await everythingCrawled();
    const result = await crawl();
    expect(result.counts).toMatchObject({ created: 0, updated: 0, removed: 0, edgesWritten: 0, edgesRemoved: 0 });
    expect(await everythingCrawled()).toEqual(before);
  });

  it('picks up a new table comment', async () => {
    await mariadb!.runSql(`ALTER TABLE sakila.customer COMMENT = 'Registered customers'`);
    const result = await crawl();
    expect(result.counts).toMatchObject({ created: 0, updated: 1, removed: 0 });
    expect(await rows(`MATCH (d:Dataset {urn: $urn}) RETURN d.description AS description`, { urn: ds('customer') })).toEqual([{ description: 'Registered customers' }]);
  });

  it('lands a view whose SQL it cannot parse, without lineage and with a warning, and removes it once dropped', async () => {
    // MariaDB stores CAST(x AS CHAR) as `cast(x as char charset utf8mb3)`, which node-sql-parser 5.4 cannot read.
    await mariadb!.runSql(`CREATE VIEW sakila.film_length AS SELECT film_id, CAST(length AS CHAR) AS minutes FROM sakila.film`);
    const withView = await crawl();
    expect(withView.counts).toMatchObject({ created: 1 + 2, removed: 0 });
    expect(withView.warnings).toEqual([
      'mysql:sakila-mariadb/sakila.film_length: No lineage: cannot parse the SQL of this view (unexpected "charset" at line 1, column 85)',
    ]);
    expect(await rows(`MATCH (:Dataset {urn: $urn})-[r:DERIVES_FROM]->() RETURN count(r) AS count`, { urn: ds('film_length') })).toEqual([{ count: 0 }]);

    await mariadb!.runSql('DROP VIEW sakila.film_length');
    const withoutView = await crawl();
    expect(withoutView.counts).toMatchObject({ created: 0, removed: 1 + 2 });
  });

  it('changes nothing and records the failure when the server refuses the crawler', async () => {
    const before = await everythingCrawled();
    await mariadb!.runSql('CREATE TABLE sakila.created_before_failure (id int)');
    const failing = crawlSource(driver, source, { logger: testLogger, env: { TEST_MYSQL_PASSWORD: 'wrong-password' } });
    await expect(failing).rejects.toThrow(CrawlFailedError);
    await expect(failing).rejects.toThrow(
      `source sakila-mariadb (mysql 127.0.0.1:${mariadb!.port}/sakila): access denied for user crawler (wrong password, or not allowed from this host)`,
    );
    expect(await everythingCrawled()).toEqual(before);
    const [run] = await rows(`MATCH (r:CrawlRun {sourceUrn: 'urn:polder:source:sakila-mariadb'}) RETURN r.status AS status, r.error AS error ORDER BY r.startedAt DESC LIMIT 1`);
    expect(run).toEqual({ status: 'FAILED', error: expect.stringContaining('access denied for user crawler') });
  });

  it('says so when the database does not exist', async () => {
    const missing = testMySqlSource(mariadb!, 'sakila-mariadb', 'no_such_db', 'video-rental');
    await expect(crawlSource(driver, missing.source, { logger: testLogger, env: missing.env })).rejects.toThrow(
      `source sakila-mariadb (mysql 127.0.0.1:${mariadb!.port}/no_such_db): database does not exist`,
    );
  });

  it('reads usage from TABLE_STATISTICS only while userstat is on: unknown, not 0, otherwise', async () => {
    const usage = () =>
      rows<Record<string, any>>(
        `MATCH (d:Dataset) WHERE d.urn IN $urns
         RETURN d.name AS name, d.usage_signal AS signal, d.usage_reads AS reads, d.usage_writes AS writes, d.usage_countingSince AS since, d.usage_readsPerDay AS perDay
         ORDER BY name`,
        { urns: [ds('actor'), ds('language')] },
      );
    // Off, MariaDB's default: every crawl so far found no counters, so nothing is known.
    expect(await usage()).toEqual(['actor', 'language'].map((name) => ({ name, signal: null, reads: null, writes: null, since: null, perDay: null })));

    await mariadb!.runSql(`SET GLOBAL userstat = 1;
      INSERT INTO sakila.language (name) VALUES ('English'), ('Dutch');
      SELECT * FROM sakila.language; SELECT * FROM sakila.language;`);
    try {
      const result = await crawl();
      // The counters ride along with the tables query.
      expect(result.stats.queries).toBe(6);
      const [actor, language] = await usage();
      // Rows read and rows written, counting since the server started (MariaDB does not date a FLUSH of its statistics).
      expect(language).toMatchObject({ signal: 'mariadb', writes: 2, since: expect.any(String) });
      expect(language!.reads).toBeGreaterThanOrEqual(4);
      expect(language!.perDay).toBeGreaterThan(0);
      // Counted, and unread: 0, which is known.
      expect(actor).toMatchObject({ signal: 'mariadb', reads: 0, writes: 0, perDay: 0 });
    } finally {
      await mariadb!.runSql('SET GLOBAL userstat = 0');
    }
  });

  it('leaves the rows Polder’s own profiles and checks read out of a table’s usage', async () => {
    const usage = async (table: string) => (await rows<Record<string, any>>(`MATCH (d:Dataset {urn: $urn}) RETURN d {.usage_readsPerDay, .usage_measuredFrom, .usage_measuredAt, .usage_ownReadsPending} AS usage`, { urn: ds(table) }))[0]!.usage;
    await mariadb!.runSql(`SET GLOBAL userstat = 1; INSERT INTO sakila.actor (first_name, last_name) VALUES ('ANA', 'LIMA'), ('TOM', 'PEETERS');`);
    try {
      await crawl();
      const profiles = await runAndRecordProfiles(
        driver,
        [{ source: source.id, datasets: ['sakila.actor'], exclude: [], views: false, schedule: undefined, sampleRows: 10_000, timeoutMs: 10_000 }],
        [source],
        { env, logger: testLogger },
      );
      expect(profiles.results.map((result) => [result.dataset, result.outcome, result.rowCount])).toEqual([['sakila.actor', 'OK', 2]]);
      const checks = await runAndRecordChecks(driver, [{ id: 'actors', source: source.id, dataset: 'sakila.actor', kind: 'uniqueness', column: 'last_name', maxDuplicates: 0, timeoutMs: 10_000 }], [source], {
        env,
        logger: testLogger,
      });
      expect(checks.results.map((result) => result.outcome)).toEqual(['PASS']);
      expect((await usage('actor')).usage_ownReadsPending).toEqual([expect.any(Number), expect.any(Number)]);
      // A person's read in the same window is usage.
      await mariadb!.runSql('SELECT * FROM sakila.language;');

      await crawl();
      expect(await usage('actor')).toMatchObject({ usage_readsPerDay: 0, usage_ownReadsPending: null });
      expect((await usage('language')).usage_readsPerDay).toBeGreaterThan(0);
    } finally {
      await mariadb!.runSql('SET GLOBAL userstat = 0');
    }
  });

  it('never stores the password in the graph', async () => {
    const holders = await rows(`MATCH (n) WHERE any(key IN keys(n) WHERE n[key] IS :: STRING AND n[key] CONTAINS $secret) RETURN n.urn AS urn`, {
      secret: mariadb!.password,
    });
    expect(holders).toEqual([]);
  });
});
