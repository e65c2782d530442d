/**
 * One MariaDB server, one database per domain, each crawled by a source of its own: Sales' view and
 * foreign key read Finance's invoices, and the catalog draws those edges across the two sources and
 * domains (crawlers/src/sources/mysql/map.ts), whichever source is crawled first. What it cannot draw
 * (a table Finance's source leaves out, a database no source crawls) is a warning, not a phantom dataset.
 *
 * The test starts its own MariaDB (test/support/startMariaDb.ts) and fails when mariadb-server is not installed.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { crawlSource } from '@polder/crawlers';
import type { SourceConfig } from '@polder/runtime';
import { deleteCrawledData, testMySqlSource, writeTestMesh } from './support/crawlFixture.ts';
import { testDriver, testLogger } from './support/services.ts';
import { startMariaDb, type RunningMariaDb } from './support/startMariaDb.ts';

const SCHEMA = `
  CREATE DATABASE sales; CREATE DATABASE finance; CREATE DATABASE hr;
  CREATE TABLE finance.invoice (id INT PRIMARY KEY, customer_id INT NOT NULL, amount DECIMAL(10,2) NOT NULL);
  CREATE TABLE finance.ledger_entry (id INT PRIMARY KEY, amount DECIMAL(10,2) NOT NULL);
  CREATE TABLE hr.staff (id INT PRIMARY KEY, name VARCHAR(50));
  CREATE TABLE sales.customer (id INT PRIMARY KEY, name VARCHAR(50), account_manager INT);
  CREATE TABLE sales.payment (id INT PRIMARY KEY, invoice_id INT NOT NULL, FOREIGN KEY (invoice_id) REFERENCES finance.invoice (id));
  CREATE VIEW sales.customer_revenue AS
    SELECT c.id, c.name, SUM(i.amount) AS revenue FROM sales.customer c JOIN finance.invoice i ON i.customer_id = c.id GROUP BY c.id, c.name;
  CREATE VIEW sales.booked AS SELECT l.id, l.amount FROM finance.ledger_entry l;
  CREATE VIEW sales.managed_customer AS SELECT c.id, s.name AS manager FROM sales.customer c JOIN hr.staff s ON s.id = c.account_manager;`;

const driver = testDriver();
let mariadb: RunningMariaDb | undefined;
let sales: SourceConfig;
let finance: SourceConfig;
let env: NodeJS.ProcessEnv;

const salesDs = (table: string) => `urn:polder:dataset:(mysql,crossdb-sales,sales.${table})`;
const financeDs = (table: string) => `urn:polder:dataset:(mysql,crossdb-finance,finance.${table})`;
const field = (dataset: string, column: string) => `urn:polder:field:(${dataset},${column})`;
const crawl = (source: SourceConfig) => crawlSource(driver, source, { logger: testLogger, env });

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

/** Every edge from a Sales node to a Finance node, one row per relationship: a duplicate would show twice. */
const crossEdges = () =>
  rows(
    `MATCH (a:Entity {provider: 'mysql:crossdb-sales'})-[r:DERIVES_FROM|REFERENCES]->(b:Entity {provider: 'mysql:crossdb-finance'})
     RETURN type(r) AS type, a.urn AS from, b.urn AS to, r.provider AS provider ORDER BY type, from`,
  );
const drawn = [
  { type: 'DERIVES_FROM', from: salesDs('customer_revenue'), to: financeDs('invoice'), provider: 'mysql:crossdb-sales' },
  { type: 'REFERENCES', from: field(salesDs('payment'), 'invoice_id'), to: field(financeDs('invoice'), 'id'), provider: 'mysql:crossdb-sales' },
];
// What Sales' crawl cannot draw, and says why.
const notDrawn = [
  'mysql:crossdb-sales/sales.booked: No lineage from ledger_entry in database finance; source crossdb-finance crawls that database but its include/exclude leave ledger_entry out, so the edge is not drawn',
  "mysql:crossdb-sales/sales.managed_customer: No lineage from staff in database hr; no source of polder.yaml crawls that database on this server: declare one (kind: mysql, this source's host and port, database: hr) to draw the edge",
];
/** Anything in the graph standing for a table Finance's source does not keep, or of the database no source crawls. */
const phantoms = () => rows(`MATCH (n:Entity) WHERE n.urn CONTAINS 'finance.ledger_entry' OR n.urn CONTAINS ',hr.' RETURN n.urn AS urn`);

// Without a server every test fails, with the reason: a throwing beforeAll would report them as skipped.
let startFailure: unknown;
beforeAll(async () => {
  try {
    mariadb = await startMariaDb();
  } catch (error) {
    startFailure = error;
    return;
  }
  await mariadb.runSql(SCHEMA);
  ({ source: sales, env } = testMySqlSource(mariadb, 'crossdb-sales', 'sales', 'crossdb-sales'));
  const financeSource = testMySqlSource(mariadb, 'crossdb-finance', 'finance', 'crossdb-finance').source;
  // Finance keeps its ledger to itself.
  finance = { ...financeSource, exclude: ['finance.ledger_*'] } as SourceConfig;
});
beforeEach(() => {
  if (startFailure) throw startFailure;
});
afterAll(async () => {
  await driver.close();
  await mariadb?.stop();
});

/** Each order on a graph of its own: the mesh written (as `polder crawl` writes it first), and everything deleted after. */
function onAFreshMesh(): void {
  beforeAll(async () => {
    if (!mariadb) return;
    await writeTestMesh(driver, sales, 'Sales');
    await writeTestMesh(driver, finance, 'Finance');
  });
  afterAll(async () => {
    if (!mariadb) return;
    await deleteCrawledData(driver, sales);
    await deleteCrawledData(driver, finance);
  });
}

describe('Finance crawled before Sales', () => {
  onAFreshMesh();

  it("draws Sales' view lineage and foreign key to Finance's table and column, across the domains", async () => {
    await crawl(finance);
    const result = await crawl(sales);
    expect(result.warnings).toEqual(notDrawn);
    expect(await crossEdges()).toEqual(drawn);
    const upstream = await rows(
      `MATCH (v:Dataset {urn: $view})-[:DERIVES_FROM]->(t:Dataset), (v)-[:IN_DOMAIN]->(from:Domain), (t)-[:IN_DOMAIN]->(to:Domain)
       RETURN t.urn AS upstream, from.id AS from, to.id AS to ORDER BY upstream`,
      { view: salesDs('customer_revenue') },
    );
    expect(upstream).toEqual([
      { upstream: financeDs('invoice'), from: 'crossdb-sales', to: 'crossdb-finance' },
      { upstream: salesDs('customer'), from: 'crossdb-sales', to: 'crossdb-sales' },
    ]);
    expect(await phantoms()).toEqual([]);
  });

  it("keeps exactly one of each edge when either source is crawled again, and neither removes the other's", async () => {
    const [salesAgain, financeAgain] = [await crawl(sales), await crawl(finance)];
    expect(salesAgain.counts).toMatchObject({ created: 0, updated: 0, removed: 0, edgesWritten: 0, edgesRemoved: 0 });
    expect(financeAgain.counts).toMatchObject({ created: 0, updated: 0, removed: 0, edgesWritten: 0, edgesRemoved: 0 });
    // A full diff too, not only a run its provider's digest spares.
    await crawlSource(driver, sales, { logger: testLogger, env, fullDiff: true });
    await crawlSource(driver, finance, { logger: testLogger, env, fullDiff: true });
    expect(await crossEdges()).toEqual(drawn);
    expect(await rows(`MATCH (t:Dataset {urn: $urn}) RETURN t.status AS status`, { urn: financeDs('invoice') })).toEqual([{ status: 'ACTIVE' }]);
  });
});

describe('Sales crawled before Finance', () => {
  onAFreshMesh();

  it("leaves the edges waiting for Finance's tables, and draws them on Sales' next crawl, once", async () => {
    const first = await crawl(sales);
    // Nothing stands in for Finance's tables until Finance's crawl writes them.
    expect(first.warnings).toEqual([...notDrawn, '2 edges point at assets not in the graph (yet: the next run tries them again)']);
    expect(await crossEdges()).toEqual([]);
    expect(await rows(`MATCH (n:Entity) WHERE n.urn CONTAINS 'crossdb-finance,' RETURN n.urn AS urn`)).toEqual([]);

    await crawl(finance);
    const second = await crawl(sales);
    expect(second.warnings).toEqual(notDrawn);
    expect(second.counts).toMatchObject({ created: 0, updated: 0, removed: 0, edgesWritten: 2, edgesRemoved: 0 });
    expect(await crossEdges()).toEqual(drawn);

    const third = await crawl(sales);
    expect(third.counts).toMatchObject({ edgesWritten: 0, edgesRemoved: 0 });
    await crawl(finance);
    expect(await crossEdges()).toEqual(drawn);
    expect(await phantoms()).toEqual([]);
  });
});
