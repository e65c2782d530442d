/**
 * The MySQL crawler end to end against a real MariaDB (Sakila) and real Neo4j:
 * what lands in the graph, view lineage parsed from MariaDB's stored SQL, and the
 * rules of a run (idempotent, failed runs change nothing). Then a shop read with
 * table- and column-level grants only, names holding dots, keys and views into
 * another database, and a connection lost in the middle of a crawl.
 *
 * The test starts its own MariaDB (test/support/startMariaDb.ts) and fails when
 * mariadb-server is not installed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { crawlSource, CrawlFailedError, createSourceProvider, runAndRecordChecks, runAndRecordProfiles } from '@polder/crawlers';
import type { SourceConfig } from '@polder/runtime';
import { deleteCrawledData, testMySqlSource, writeTestMesh, writeTestSource } from './support/crawlFixture.ts';
import { registerSecret } from './support/knownSecrets.ts';
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

/**
 * A shop the crawler is granted table by table (or column by column), as a DBA who grants no more than
 * needed would: MariaDB then hides TABLE_CONSTRAINTS, and shows the keys in KEY_COLUMN_USAGE only. The
 * shop also has names holding dots, and a foreign key and a view into another database, shop2.
 */
describe('crawling a shop granted table by table, with dotted names and tables in another database', () => {
  const SHOP = `
    CREATE DATABASE shop; CREATE DATABASE shop2; CREATE DATABASE shop3;
    CREATE TABLE shop2.customer (id INT PRIMARY KEY, name VARCHAR(50));
    CREATE TABLE shop.customer (id INT PRIMARY KEY, email VARCHAR(50) UNIQUE, name VARCHAR(50));
    CREATE TABLE shop.orders (id INT, line INT, customer_id INT, shop2_customer INT, PRIMARY KEY (id, line),
      FOREIGN KEY (customer_id) REFERENCES shop.customer (id), FOREIGN KEY (shop2_customer) REFERENCES shop2.customer (id));
    CREATE TABLE shop.self_ref (id INT PRIMARY KEY, parent_id INT, FOREIGN KEY (parent_id) REFERENCES shop.self_ref (id));
    CREATE VIEW shop.v_cross AS SELECT c.id, c.name, o.line FROM shop2.customer c JOIN shop.orders o ON o.shop2_customer = c.id;
    CREATE TABLE shop.\`a.b\` (c INT PRIMARY KEY, d INT);
    CREATE TABLE shop.\`a\` (\`b.c\` INT, x INT);
    CREATE TABLE shop3.partial (id INT PRIMARY KEY, secret INT, other INT UNIQUE);`;
  const SHOP_TABLES = ['customer', 'orders', 'self_ref', 'v_cross', '`a.b`', '`a`'];
  const user = 'shop_crawler';
  let shop: SourceConfig;
  let shop3: SourceConfig;
  let grantedEnv: NodeJS.ProcessEnv;
  let granted: RunningMariaDb | undefined;
  const shopDs = (table: string) => `urn:polder:dataset:(mysql,shop-mariadb,shop.${table})`;
  const shopFd = (table: string, column: string) => `urn:polder:field:(${shopDs(table)},${column})`;
  const keysOf = (datasetUrn: string) =>
    rows(`MATCH (:Dataset {urn: $urn})-[:HAS_FIELD]->(f:Field) RETURN f.name AS name, f.isPrimaryKey AS pk, f.isUnique AS unique ORDER BY f.position`, { urn: datasetUrn });

  beforeAll(async () => {
    if (!mariadb) return;
    const password = randomBytes(12).toString('hex');
    registerSecret(`MariaDB password of ${user}`, password);
    await mariadb.runSql(
      `${SHOP}
       CREATE USER '${user}'@'127.0.0.1' IDENTIFIED BY '${password}';
       ${SHOP_TABLES.map((table) => `GRANT SELECT, SHOW VIEW ON shop.${table} TO '${user}'@'127.0.0.1';`).join('\n')}
       GRANT SELECT (id) ON shop3.partial TO '${user}'@'127.0.0.1';`,
    );
    granted = { ...mariadb, user, password };
    ({ source: shop, env: grantedEnv } = testMySqlSource(granted, 'shop-mariadb', 'shop', 'webshop'));
    ({ source: shop3 } = testMySqlSource(granted, 'shop3-mariadb', 'shop3', 'webshop'));
    await writeTestMesh(driver, shop);
    await writeTestSource(driver, shop3);
  });
  afterAll(async () => {
    if (shop3) await deleteCrawledData(driver, shop3);
    if (shop) await deleteCrawledData(driver, shop);
  });

  it('finds primary, unique and foreign keys with table-level grants, as with a grant on the database', async () => {
    const result = await crawlSource(driver, shop, { logger: testLogger, env: grantedEnv });
    expect(result.stats).toMatchObject({ datasets: 6, queries: 6 });
    expect(await keysOf(shopDs('customer'))).toEqual([
      { name: 'id', pk: true, unique: true },
      { name: 'email', pk: false, unique: true },
      { name: 'name', pk: false, unique: false },
    ]);
    expect(await keysOf(shopDs('orders'))).toEqual([
      { name: 'id', pk: true, unique: false },
      { name: 'line', pk: true, unique: false },
      { name: 'customer_id', pk: false, unique: false },
      { name: 'shop2_customer', pk: false, unique: false },
    ]);
    const references = await rows(
      `MATCH (f:Field)-[r:REFERENCES {provider: 'mysql:shop-mariadb'}]->(t:Field) RETURN f.urn AS from, t.urn AS to, r.constraint AS constraint ORDER BY from`,
    );
    expect(references).toEqual([
      { from: shopFd('orders', 'customer_id'), to: shopFd('customer', 'id'), constraint: 'orders_ibfk_1' },
      { from: shopFd('self_ref', 'parent_id'), to: shopFd('self_ref', 'id'), constraint: 'self_ref_ibfk_1' },
    ]);

    // The crawler granted every database reads the very same catalog.
    const readAs = (server: RunningMariaDb) => {
      const { source, env } = testMySqlSource(server, shop.id, 'shop', shop.domain);
      return createSourceProvider(source, env).read();
    };
    const [tableGrants, databaseGrant] = await Promise.all([readAs(granted!), readAs(mariadb!)]);
    expect(tableGrants.snapshot).toEqual(databaseGrant.snapshot);
  });

  it('finds the primary key of a table granted column by column', async () => {
    await crawlSource(driver, shop3, { logger: testLogger, env: grantedEnv });
    // Only id is granted: the crawler sees neither the other columns nor their unique key.
    expect(await keysOf('urn:polder:dataset:(mysql,shop3-mariadb,shop3.partial)')).toEqual([{ name: 'id', pk: true, unique: true }]);
  });

  it('puts a key on its own table and column when names hold dots', async () => {
    await crawlSource(driver, shop, { logger: testLogger, env: grantedEnv });
    expect(await keysOf(shopDs('a.b'))).toEqual([
      { name: 'c', pk: true, unique: true },
      { name: 'd', pk: false, unique: false },
    ]);
    expect(await keysOf(shopDs('a'))).toEqual([
      { name: 'b.c', pk: false, unique: false },
      { name: 'x', pk: false, unique: false },
    ]);
  });

  it('says which foreign key and which view read a table of another database, as it draws no edge there', async () => {
    const result = await crawlSource(driver, shop, { logger: testLogger, env: grantedEnv });
    expect(result.warnings).toEqual([
      "mysql:shop-mariadb/shop.orders.shop2_customer: No reference: foreign key orders_ibfk_2 points at customer (id) in database shop2; no source of polder.yaml crawls that database on this server: declare one (kind: mysql, this source's host and port, database: shop2) to draw the edge",
      "mysql:shop-mariadb/shop.v_cross: No lineage from customer in database shop2; no source of polder.yaml crawls that database on this server: declare one (kind: mysql, this source's host and port, database: shop2) to draw the edge",
    ]);
    // What is in the database is drawn all the same.
    expect(await rows(`MATCH (:Dataset {urn: $urn})-[:DERIVES_FROM]->(u:Dataset) RETURN u.urn AS upstream`, { urn: shopDs('v_cross') })).toEqual([{ upstream: shopDs('orders') }]);
  });
});

/**
 * A TCP proxy to MariaDB that drops both sides of a connection once the client has sent `cutAt` (the text
 * of one of the crawl's queries): the connection lost in the middle of a crawl, at a known point.
 */
async function proxyDroppingAt(server: RunningMariaDb, cutAt: string): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const proxy = createServer((client) => {
    const upstream = connect(server.port, server.host);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', () => {});
      socket.on('close', () => sockets.delete(socket));
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    upstream.on('data', (chunk) => client.write(chunk));
    let sent = '';
    client.on('data', (chunk) => {
      sent += chunk.toString('latin1');
      if (!sent.includes(cutAt)) upstream.write(chunk);
      else client.destroy();
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as { port: number };
  return {
    port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => proxy.close(() => resolve()));
    },
  };
}

// Reads a source as a crawl does (MySqlProvider.read), in a process of its own, and says how the read
// ended; then has nothing left to do, so the process ends unless something of the failed read keeps it alive.
const READ_IN_A_PROCESS = `
const { MySqlProvider } = await import(process.env.PROVIDER_MODULE);
try {
  await MySqlProvider.fromConfig(JSON.parse(process.env.SOURCE)).read();
  console.log('read');
} catch (error) {
  console.log('failed: ' + error.message);
}`;

describe('a crawl whose connection is lost in the middle', () => {
  const EXIT_BOUND_MS = 20_000;

  it('fails at once, and leaves nothing behind to keep its process alive', async () => {
    // The columns query: after the transaction and the tables query, before the keys.
    const proxy = await proxyDroppingAt(mariadb!, 'FROM information_schema.COLUMNS');
    let child: ChildProcess | undefined;
    try {
      const proxied = testMySqlSource({ ...mariadb!, port: proxy.port }, 'sakila-mariadb', 'sakila', 'video-rental');
      const reader = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', READ_IN_A_PROCESS], {
        cwd: new URL('..', import.meta.url),
        env: {
          ...process.env,
          ...proxied.env,
          SOURCE: JSON.stringify(proxied.source),
          PROVIDER_MODULE: new URL('../crawlers/src/sources/mysql/MySqlProvider.ts', import.meta.url).href,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = reader;
      let output = '';
      reader.stdout.on('data', (chunk) => (output += chunk));
      reader.stderr.on('data', (chunk) => (output += chunk));
      const exited = new Promise<number | null>((resolve) => reader.once('exit', (code) => resolve(code)));
      const ended = new Promise<void>((resolve) => reader.stdout.on('data', () => /^(read|failed)/m.test(output) && resolve()));
      await Promise.race([ended, exited]);
      expect(output).toMatch(/^failed: Connection lost: The server closed the connection\./m);

      // A timer left running (mysql2's query timeout was one: two minutes) would keep the process past the bound.
      let bound: NodeJS.Timeout | undefined;
      const outlived = new Promise<'still running'>((resolve) => (bound = setTimeout(() => resolve('still running'), EXIT_BOUND_MS)));
      const outcome = await Promise.race([exited, outlived]);
      clearTimeout(bound);
      expect(outcome, `the process of the failed read was still running ${EXIT_BOUND_MS / 1000} s after it failed`).toBe(0);
    } finally {
      if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await proxy.close();
    }
  });
});
