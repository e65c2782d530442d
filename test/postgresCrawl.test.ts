/**
 * The PostgreSQL crawler end to end against real PostgreSQL (Pagila) and real
 * Neo4j: what lands in the graph, and the rules of a run (idempotent, soft
 * delete after success only, failed runs change nothing, human edits survive).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource, CrawlFailedError } from '@polder/crawlers';
import { createDatabase, pagilaWithoutPgvector, queryRows, runSql } from './support/loadPagila.ts';
import { testDriver, testLogger, testServices } from './support/services.ts';
import { deleteCrawledData, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';

const services = testServices();
const driver = testDriver();
const { source, env } = testPostgresSource(services.postgres, 'pagila', 'pagila', 'rentals');
const crawl = () => crawlSource(driver, source, { logger: testLogger, env });
const ds = (table: string) => `urn:polder:dataset:(postgres,pagila,pagila.public.${table})`;
const fd = (table: string, column: string) => `urn:polder:field:(${ds(table)},${column})`;

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

const PAYMENT_PARTITIONS = [2022, 2023, 2024, 2025, 2026].flatMap((year) =>
  Array.from({ length: year === 2026 ? 7 : 12 }, (_, month) => `payment_p${year}_${String(month + 1).padStart(2, '0')}`),
);

beforeAll(async () => {
  await createDatabase(services.postgres, 'pagila', pagilaWithoutPgvector());
  await writeTestMesh(driver, source);
});
afterAll(async () => {
  await deleteCrawledData(driver, source);
  await driver.close();
});

describe('crawling Pagila', () => {
  it('lands every table, partition, view and materialized view, with its kind', async () => {
    const result = await crawl();
    expect(result.stats).toEqual({ datasets: 79, columns: expect.any(Number), lineageEdges: expect.any(Number), queries: 10 });
    const datasets = await rows<{ name: string; subtype: string }>(
      `MATCH (d:Dataset {provider: 'postgres:pagila'}) RETURN d.name AS name, d.subtype AS subtype ORDER BY name`,
    );
    const expected = [
      ...['actor', 'address', 'category', 'city', 'country', 'customer', 'film', 'film_actor', 'film_category', 'film_embedding', 'inventory', 'language', 'rental', 'staff', 'store'].map((name) => ({ name, subtype: 'TABLE' })),
      { name: 'payment', subtype: 'PARTITIONED_TABLE' },
      ...PAYMENT_PARTITIONS.map((name) => ({ name, subtype: 'TABLE' })),
      ...['actor_info', 'customer_list', 'film_list', 'nicer_but_slower_film_list', 'sales_by_film_category', 'sales_by_store', 'staff_list'].map((name) => ({ name, subtype: 'VIEW' })),
      { name: 'rental_by_category', subtype: 'MATERIALIZED_VIEW' },
    ].sort((a, b) => a.name.localeCompare(b.name));
    expect(datasets).toEqual(expected);
    const partitions = await rows(`MATCH (p:Dataset)-[:PARTITION_OF]->(:Dataset {urn: $urn}) RETURN p.name AS name ORDER BY name`, { urn: ds('payment') });
    expect(partitions.map((partition) => partition.name)).toEqual([...PAYMENT_PARTITIONS].sort());
  });

  // Defaults are rendered by PostgreSQL (pg_get_expr), with pg_catalog alone on the crawler's search_path: a sequence names its schema.
  it('lands columns with types, nullability, defaults and primary keys', async () => {
    const columns = await rows(
      `MATCH (:Dataset {urn: $urn})-[:HAS_FIELD]->(f:Field)
       RETURN f.name AS name, f.position AS position, f.dataType AS dataType, f.nullable AS nullable, f.isPrimaryKey AS pk, f.defaultValue AS defaultValue
       ORDER BY f.position`,
      { urn: ds('customer') },
    );
    expect(columns).toEqual([
      { name: 'customer_id', position: 1, dataType: 'integer', nullable: false, pk: true, defaultValue: "nextval('public.customer_customer_id_seq'::regclass)" },
      { name: 'store_id', position: 2, dataType: 'integer', nullable: false, pk: false, defaultValue: null },
      { name: 'first_name', position: 3, dataType: 'text', nullable: false, pk: false, defaultValue: null },
      { name: 'last_name', position: 4, dataType: 'text', nullable: false, pk: false, defaultValue: null },
      { name: 'email', position: 5, dataType: 'text', nullable: true, pk: false, defaultValue: null },
      { name: 'address_id', position: 6, dataType: 'integer', nullable: false, pk: false, defaultValue: null },
      { name: 'activebool', position: 7, dataType: 'boolean', nullable: false, pk: false, defaultValue: 'true' },
      { name: 'create_date', position: 8, dataType: 'date', nullable: false, pk: false, defaultValue: "CURRENT_DATE" },
      { name: 'last_update', position: 9, dataType: 'timestamp with time zone', nullable: true, pk: false, defaultValue: 'now()' },
      { name: 'active', position: 10, dataType: 'integer', nullable: true, pk: false, defaultValue: null },
      { name: 'uuid', position: 11, dataType: 'uuid', nullable: false, pk: false, defaultValue: 'uuidv7()' },
    ]);
    const [compositeKey] = await rows(
      `MATCH (:Dataset {urn: $urn})-[:HAS_FIELD]->(f:Field) WHERE f.isPrimaryKey WITH f ORDER BY f.position RETURN collect(f.name) AS names`,
      { urn: ds('film_actor') },
    );
    expect(compositeKey).toEqual({ names: ['actor_id', 'film_id'] });
  });

  it('lands every foreign key as a column-to-column edge', async () => {
    expect(await rows(`MATCH (:Field)-[r:REFERENCES {provider: 'postgres:pagila'}]->(:Field) RETURN count(r) AS count`)).toEqual([{ count: 37 }]);
    const references = await rows(
      `MATCH (f:Field {urn: $from})-[r:REFERENCES]->(target:Field) RETURN target.urn AS target, r.constraint AS constraint`,
      { from: fd('rental', 'customer_id') },
    );
    expect(references).toEqual([{ target: fd('customer', 'customer_id'), constraint: 'rental_customer_id_fkey' }]);
  });

  it('derives table-level lineage of every view from the catalog', async () => {
    const lineage = await rows<{ view: string; upstream: string[] }>(
      `MATCH (v:Dataset {provider: 'postgres:pagila'})-[:DERIVES_FROM]->(u:Dataset)
       WITH v.name AS view, u.name AS upstream ORDER BY upstream
       RETURN view, collect(upstream) AS upstream ORDER BY view`,
    );
    expect(lineage).toEqual([
      { view: 'actor_info', upstream: ['actor', 'category', 'film', 'film_actor', 'film_category'] },
      { view: 'customer_list', upstream: ['address', 'city', 'country', 'customer'] },
      { view: 'film_list', upstream: ['actor', 'category', 'film', 'film_actor', 'film_category'] },
      { view: 'nicer_but_slower_film_list', upstream: ['actor', 'category', 'film', 'film_actor', 'film_category'] },
      { view: 'rental_by_category', upstream: ['category', 'film', 'film_category', 'inventory', 'payment', 'rental'] },
      { view: 'sales_by_film_category', upstream: ['category', 'film', 'film_category', 'inventory', 'payment', 'rental'] },
      { view: 'sales_by_store', upstream: ['address', 'city', 'country', 'inventory', 'payment', 'rental', 'staff', 'store'] },
      { view: 'staff_list', upstream: ['address', 'city', 'country', 'staff'] },
    ]);
  });

  it('derives column-level lineage of views from their SQL, FILTER after an aggregate the parser reads as a plain function included', async () => {
    const edges = await rows(
      `MATCH (v:Field)-[r:DERIVES_FROM]->(u:Field) WHERE v.datasetUrn = $view AND r.transformation IN ['IDENTITY', 'EXPRESSION']
       RETURN v.name AS column, u.urn AS upstream, r.transformation AS transformation ORDER BY column, upstream`,
      { view: ds('customer_list') },
    );
    expect(edges).toEqual([
      { column: 'address', upstream: fd('address', 'address'), transformation: 'IDENTITY' },
      { column: 'city', upstream: fd('city', 'city'), transformation: 'IDENTITY' },
      { column: 'country', upstream: fd('country', 'country'), transformation: 'IDENTITY' },
      { column: 'id', upstream: fd('customer', 'customer_id'), transformation: 'IDENTITY' },
      { column: 'name', upstream: fd('customer', 'first_name'), transformation: 'EXPRESSION' },
      { column: 'name', upstream: fd('customer', 'last_name'), transformation: 'EXPRESSION' },
      { column: 'notes', upstream: fd('customer', 'activebool'), transformation: 'EXPRESSION' },
      { column: 'phone', upstream: fd('address', 'phone'), transformation: 'IDENTITY' },
      { column: 'sid', upstream: fd('customer', 'store_id'), transformation: 'IDENTITY' },
      { column: 'zip code', upstream: fd('address', 'postal_code'), transformation: 'IDENTITY' },
    ]);
    // actor_info's `jsonb_object_agg(...) FILTER (WHERE ...)`, which node-sql-parser's grammar does not read, is set aside
    // and put back (crawlers/src/lineage/setAsideAggregateFilters.ts). Its FILTER edge from category.name shares the
    // relationship of the AGGREGATION one (one DERIVES_FROM per pair of fields), so what is asserted is that the view has lineage.
    const filmInfo = await rows<{ upstream: string }>(`MATCH (:Field {urn: $field})-[:DERIVES_FROM]->(u:Field) RETURN u.urn AS upstream`, {
      field: fd('actor_info', 'film_info'),
    });
    expect(filmInfo.map((row) => row.upstream)).toEqual(expect.arrayContaining([fd('category', 'name'), fd('film', 'title')]));
    const [run] = await rows(`MATCH (r:CrawlRun {sourceUrn: 'urn:polder:source:pagila', status: 'SUCCEEDED'}) RETURN r.warnings AS warnings ORDER BY r.startedAt LIMIT 1`);
    expect((run!.warnings as string[] | null) ?? []).not.toContainEqual(expect.stringMatching(/actor_info: column lineage/));
  });

  it('puts every dataset in its domain and source', async () => {
    const [membership] = await rows(
      `MATCH (d:Dataset {provider: 'postgres:pagila'})
       OPTIONAL MATCH (d)-[:IN_DOMAIN]->(domain:Domain) OPTIONAL MATCH (d)-[:FROM_SOURCE]->(source:Source)
       RETURN count(d) AS datasets, count(DISTINCT domain.urn) AS domains, count(domain) AS inDomain, count(source) AS fromSource`,
    );
    expect(membership).toEqual({ datasets: 79, domains: 1, inDomain: 79, fromSource: 79 });
  });

  it('changes nothing when crawled again', async () => {
    const before = await rows(`MATCH (n:Entity {provider: 'postgres:pagila'}) RETURN n.urn AS urn, n.updatedAt AS updatedAt ORDER BY urn`);
    const result = await crawl();
    expect(result.counts).toMatchObject({ created: 0, updated: 0, removed: 0, edgesWritten: 0, edgesRemoved: 0 });
    expect(await rows(`MATCH (n:Entity {provider: 'postgres:pagila'}) RETURN n.urn AS urn, n.updatedAt AS updatedAt ORDER BY urn`)).toEqual(before);
  });

  it('keeps what a person wrote when the source changes its own description', async () => {
    await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) SET d.editable_description = 'Customers who rent films, curated'`, { urn: ds('customer') });
    await runSql(services.postgres, 'pagila', `COMMENT ON TABLE public.customer IS 'Registered customers'`);
    const result = await crawl();
    expect(result.counts).toMatchObject({ created: 0, updated: 1, removed: 0 });
    const [customer] = await rows(`MATCH (d:Dataset {urn: $urn}) RETURN d.description AS description, d.editable_description AS edited`, { urn: ds('customer') });
    expect(customer).toEqual({ description: 'Registered customers', edited: 'Customers who rent films, curated' });
  });

  it('marks a dropped view and its columns removed (not deleted) after a successful run', async () => {
    await runSql(services.postgres, 'pagila', 'DROP VIEW public.staff_list');
    const result = await crawl();
    expect(result.counts.removed).toBe(1 + 8);
    const [view] = await rows(
      `MATCH (d:Dataset {urn: $urn}) RETURN d.status AS status, d.removedAt IS NOT NULL AS hasRemovedAt,
              COLLECT { MATCH (d)-[:HAS_FIELD]->(f) RETURN DISTINCT f.status } AS fieldStatus`,
      { urn: ds('staff_list') },
    );
    expect(view).toEqual({ status: 'REMOVED', hasRemovedAt: true, fieldStatus: ['REMOVED'] });
  });

  it('changes nothing and records the failure when the source refuses the crawler', async () => {
    const before = await rows(`MATCH (n:Entity {provider: 'postgres:pagila'}) RETURN n.urn AS urn, n.status AS status, n.updatedAt AS updatedAt ORDER BY urn`);
    await runSql(services.postgres, 'pagila', 'CREATE TABLE public.created_before_failure (id int)');
    const failing = crawlSource(driver, source, { logger: testLogger, env: { TEST_PG_PASSWORD: 'wrong-password' } });
    await expect(failing).rejects.toThrow(CrawlFailedError);
    await expect(failing).rejects.toThrow(`source pagila (postgres ${services.postgres.host}:${services.postgres.port}/pagila): password authentication failed for user ${services.postgres.user}`);
    expect(await rows(`MATCH (n:Entity {provider: 'postgres:pagila'}) RETURN n.urn AS urn, n.status AS status, n.updatedAt AS updatedAt ORDER BY urn`)).toEqual(before);
    const [run] = await rows(`MATCH (r:CrawlRun {sourceUrn: 'urn:polder:source:pagila'}) RETURN r.status AS status, r.error AS error ORDER BY r.startedAt DESC LIMIT 1`);
    expect(run).toEqual({ status: 'FAILED', error: expect.stringContaining('password authentication failed') });
  });

  it('fails only the crawl, not the process, when the server ends its connections mid-crawl', async () => {
    const before = await rows(`MATCH (n:Entity {provider: 'postgres:pagila'}) RETURN n.urn AS urn, n.status AS status, n.updatedAt AS updatedAt ORDER BY urn`);
    // The relations query reads each table's size, which waits for a lock another session holds; the other
    // connection's queries lock no table without defaults, so it finishes and waits, idle, for the first.
    await runSql(services.postgres, 'pagila', 'CREATE SCHEMA held; CREATE TABLE held.t (id int)');
    const { host, port, user, password } = services.postgres;
    const holder = new pg.Client({ host, port, user, password, database: 'pagila' });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE held.t IN ACCESS EXCLUSIVE MODE');
      const crawling = crawl();
      crawling.catch(() => {}); // awaited below, once the backends are gone
      // Read from other connections: within the holder's transaction, pg_stat_activity would stay as first read.
      const crawlerBackends = `SELECT pid, CASE WHEN wait_event_type = 'Lock' THEN 'waiting' ELSE state END AS state
                                 FROM pg_stat_activity WHERE datname = 'pagila' AND application_name = 'polder-crawler'`;
      const states = async () => (await queryRows<{ state: string }>(services.postgres, 'pagila', crawlerBackends)).map((backend) => backend.state).sort();
      await expect.poll(states, { timeout: 30_000 }).toEqual(['idle', 'waiting']);
      // An idle connection that dies emits 'error' with no query to reject: unheard, that would end the process.
      await queryRows(services.postgres, 'pagila', `SELECT pg_terminate_backend(pid) FROM (${crawlerBackends}) crawler WHERE state = 'idle'`);
      await expect.poll(states, { timeout: 30_000 }).toEqual(['waiting']);
      await queryRows(services.postgres, 'pagila', `SELECT pg_terminate_backend(pid) FROM (${crawlerBackends}) crawler`);
      await expect(crawling).rejects.toThrow(CrawlFailedError);
      await expect(crawling).rejects.toThrow(/terminating connection due to administrator command/);
    } finally {
      await holder.query('ROLLBACK').catch(() => {});
      await holder.end();
      await runSql(services.postgres, 'pagila', 'DROP SCHEMA held CASCADE');
    }
    expect(await rows(`MATCH (n:Entity {provider: 'postgres:pagila'}) RETURN n.urn AS urn, n.status AS status, n.updatedAt AS updatedAt ORDER BY urn`)).toEqual(before);
  });

  it('never stores the password in the graph', async () => {
    const holders = await rows(
      `MATCH (n) WHERE any(key IN keys(n) WHERE n[key] IS :: STRING AND n[key] CONTAINS $secret) RETURN n.urn AS urn`,
      { secret: services.postgres.password },
    );
    expect(holders).toEqual([]);
  });

  it("stores a view's definition with the credentials it spells out masked", async () => {
    await runSql(
      services.postgres,
      'pagila',
      `CREATE VIEW public.remote_orders AS SELECT 'host=db user=etl password=View-S3cret dbname=shop'::text AS conninfo, 'postgres://etl:Uri-S3cret@db/shop'::text AS uri`,
    );
    try {
      await crawl();
      const [view] = await rows<{ definition: string }>(`MATCH (d:Dataset {urn: $urn}) RETURN d.viewDefinition AS definition`, { urn: ds('remote_orders') });
      expect(view!.definition).toContain("'host=db user=etl password=*** dbname=shop'");
      expect(view!.definition).toContain("'postgres://etl:***@db/shop'");
      for (const secret of ['View-S3cret', 'Uri-S3cret']) {
        expect(await rows(`MATCH (n) WHERE any(key IN keys(n) WHERE n[key] IS :: STRING AND n[key] CONTAINS $secret) RETURN n.urn AS urn`, { secret })).toEqual([]);
      }
    } finally {
      await runSql(services.postgres, 'pagila', 'DROP VIEW public.remote_orders');
    }
  });
});

describe('crawling names that hold a dot', () => {
  // `"a.b".c` and `a."b.c"` both read `a.b.c`: once, the partition tree walked from one into the other for ever.
  it('tells "a.b".c from a."b.c", skipping both (they would share a URN) instead of hanging or mixing them', async () => {
    await runSql(
      services.postgres,
      'pagila',
      `CREATE SCHEMA "a.b"; CREATE TABLE "a.b".c (id int) PARTITION BY RANGE(id); CREATE SCHEMA a; CREATE TABLE a."b.c" PARTITION OF "a.b".c FOR VALUES FROM (0) TO (10);`,
    );
    try {
      const result = await crawl();
      expect(result.warnings).toContain('postgres:pagila/pagila.a.b.c: Skipped: "a"."b.c" and "a.b"."c" would have one URN; rename one of them to crawl it');
      expect(await rows(`MATCH (d:Dataset {provider: 'postgres:pagila'}) WHERE d.schema STARTS WITH 'a' RETURN d.urn AS urn`)).toEqual([]);
    } finally {
      await runSql(services.postgres, 'pagila', 'DROP SCHEMA "a.b", a CASCADE');
    }
  });
});

/** A database of its own, for what Pagila does not hold, crawled as a source of its own. */
function ownDatabaseSource(database: string) {
  const { source, env } = testPostgresSource(services.postgres, database, database, database);
  const dataset = (schema: string, table: string) => `urn:polder:dataset:(postgres,${database},${database}.${schema}.${table})`;
  return {
    source,
    dataset,
    field: (schema: string, table: string, column: string) => `urn:polder:field:(${dataset(schema, table)},${column})`,
    crawl: () => crawlSource(driver, source, { logger: testLogger, env }),
    setUp: async (sql: string) => {
      await createDatabase(services.postgres, database, sql);
      await writeTestMesh(driver, source);
    },
    tearDown: async () => {
      await deleteCrawledData(driver, source);
      // Dropping the database drops the role's settings in it too (ALTER ROLE ... IN DATABASE).
      await runSql(services.postgres, 'postgres', `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    },
  };
}

describe('crawling under a search_path other than the default', () => {
  // PostgreSQL prints a view's definition relative to the reader's search_path, leaving unqualified the
  // tables it finds there. The crawler reads it with pg_catalog alone on the path, so that every table
  // comes out qualified and column lineage reaches the table the view reads, not public's namesake.
  const searchPath = ownDatabaseSource('searchpath');
  const { user } = services.postgres;
  beforeAll(() =>
    searchPath.setUp(`
      CREATE SCHEMA sales;
      -- Named after the crawler's role: "$user" puts it first on the default search_path.
      CREATE SCHEMA "${user}";
      CREATE TYPE sales.tier AS ENUM ('gold', 'silver');
      CREATE TABLE public.customer (id int PRIMARY KEY, name text);
      CREATE TABLE sales.customer (id bigserial PRIMARY KEY, region text, score numeric, tier sales.tier);
      CREATE TABLE "${user}".customer (id int PRIMARY KEY, nickname text);
      CREATE VIEW sales.v_sales_only AS SELECT c.id, c.score FROM sales.customer c;
      CREATE VIEW public.v_customers AS SELECT c.id, c.name, s.region FROM public.customer c JOIN sales.customer s ON s.id = c.id;
      CREATE VIEW "${user}".v_nicknames AS SELECT c.id, c.nickname FROM "${user}".customer c;`),
  );
  afterAll(() => searchPath.tearDown());

  type ColumnEdge = { column: string; upstream: string; transformation: string };
  const columnLineage = () =>
    rows<ColumnEdge>(
      `MATCH (v:Field)-[r:DERIVES_FROM {provider: $provider}]->(u:Field)
       RETURN v.urn AS column, u.urn AS upstream, r.transformation AS transformation ORDER BY column, upstream`,
      { provider: `postgres:${searchPath.source.id}` },
    );
  const { field } = searchPath;
  // As Neo4j orders strings: by code point.
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = (edges: ColumnEdge[]) => [...edges].sort((a, b) => byCodePoint(a.column, b.column) || byCodePoint(a.upstream, b.upstream));
  const expectedLineage = sorted([
    { column: field('sales', 'v_sales_only', 'id'), upstream: field('sales', 'customer', 'id'), transformation: 'IDENTITY' },
    { column: field('sales', 'v_sales_only', 'score'), upstream: field('sales', 'customer', 'score'), transformation: 'IDENTITY' },
    { column: field('public', 'v_customers', 'id'), upstream: field('public', 'customer', 'id'), transformation: 'IDENTITY' },
    { column: field('public', 'v_customers', 'name'), upstream: field('public', 'customer', 'name'), transformation: 'IDENTITY' },
    { column: field('public', 'v_customers', 'region'), upstream: field('sales', 'customer', 'region'), transformation: 'IDENTITY' },
    // The join's keys decide every row of v_customers (an IDENTITY edge of the same pair stands for both).
    { column: field('public', 'v_customers', 'id'), upstream: field('sales', 'customer', 'id'), transformation: 'JOIN' },
    ...['name', 'region'].flatMap((column) => [
      { column: field('public', 'v_customers', column), upstream: field('public', 'customer', 'id'), transformation: 'JOIN' },
      { column: field('public', 'v_customers', column), upstream: field('sales', 'customer', 'id'), transformation: 'JOIN' },
    ]),
    { column: field(user, 'v_nicknames', 'id'), upstream: field(user, 'customer', 'id'), transformation: 'IDENTITY' },
    { column: field(user, 'v_nicknames', 'nickname'), upstream: field(user, 'customer', 'nickname'), transformation: 'IDENTITY' },
  ]);

  it('draws column lineage from the table a view reads when the default search_path finds it in the schema named after the role', async () => {
    expect(await queryRows(services.postgres, 'searchpath', 'SHOW search_path')).toEqual([{ search_path: '"$user", public' }]);
    const result = await searchPath.crawl();
    expect(await columnLineage()).toEqual(expectedLineage);
    expect(result.warnings).toEqual([]);
    // Defaults and types name their schema too, so they read the same whatever the path (asserted by the next test).
    const salesCustomer = await rows(
      `MATCH (:Dataset {urn: $urn})-[:HAS_FIELD]->(f:Field) RETURN f.name AS name, f.dataType AS dataType, f.defaultValue AS defaultValue ORDER BY f.position`,
      { urn: searchPath.dataset('sales', 'customer') },
    );
    expect(salesCustomer).toEqual([
      { name: 'id', dataType: 'bigint', defaultValue: "nextval('sales.customer_id_seq'::regclass)" },
      { name: 'region', dataType: 'text', defaultValue: null },
      { name: 'score', dataType: 'numeric', defaultValue: null },
      { name: 'tier', dataType: 'sales.tier', defaultValue: null },
    ]);
  });

  it("reads the same graph when the role's search_path in the database puts another schema first", async () => {
    await runSql(services.postgres, 'searchpath', `ALTER ROLE "${user}" IN DATABASE searchpath SET search_path TO sales, public`);
    // The premise: a new session of the crawler's role in this database starts with sales first.
    expect(await queryRows(services.postgres, 'searchpath', 'SHOW search_path')).toEqual([{ search_path: 'sales, public' }]);
    const result = await searchPath.crawl();
    expect(await columnLineage()).toEqual(expectedLineage);
    expect(result.warnings).toEqual([]);
    expect(result.counts).toMatchObject({ created: 0, updated: 0, removed: 0, edgesWritten: 0, edgesRemoved: 0 });
  });
});

describe('crawling partitioned tables', () => {
  const partitions = ownDatabaseSource('partitions');
  beforeAll(() =>
    partitions.setUp(`
      CREATE SCHEMA part;
      CREATE TABLE part.kinds (id int PRIMARY KEY, name text);
      CREATE TABLE part.events (id bigint, at date, kind_id int REFERENCES part.kinds (id), PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
      CREATE TABLE part.events_2025 PARTITION OF part.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY RANGE (at);
      CREATE TABLE part.events_2025_h1 PARTITION OF part.events_2025 FOR VALUES FROM ('2025-01-01') TO ('2025-07-01');
      CREATE TABLE part.events_2026 PARTITION OF part.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
      -- A key referencing a partitioned table: PostgreSQL records it again for each partition it references.
      CREATE TABLE part.event_notes (event_id bigint, event_at date, note text, FOREIGN KEY (event_id, event_at) REFERENCES part.events (id, at));
      CREATE TABLE part.tickets (id int PRIMARY KEY) PARTITION BY RANGE (id);
      CREATE TABLE part.tickets_low PARTITION OF part.tickets FOR VALUES FROM (0) TO (1000);`),
  );
  afterAll(() => partitions.tearDown());

  it("flags a partition's columns in the key it inherits, at any depth, and reports each foreign key once, on the tables that declared it", async () => {
    const result = await partitions.crawl();
    expect(result.warnings).toEqual([]);
    const keys = await rows(
      `MATCH (d:Dataset {provider: 'postgres:partitions'})-[:HAS_FIELD]->(f:Field) WHERE f.isPrimaryKey OR f.isUnique
       RETURN d.name AS table, f.name AS column, f.isPrimaryKey AS primary, f.isUnique AS unique ORDER BY table, f.position`,
    );
    expect(keys).toEqual([
      { table: 'events', column: 'id', primary: true, unique: false },
      { table: 'events', column: 'at', primary: true, unique: false },
      { table: 'events_2025', column: 'id', primary: true, unique: false },
      { table: 'events_2025', column: 'at', primary: true, unique: false },
      { table: 'events_2025_h1', column: 'id', primary: true, unique: false },
      { table: 'events_2025_h1', column: 'at', primary: true, unique: false },
      { table: 'events_2026', column: 'id', primary: true, unique: false },
      { table: 'events_2026', column: 'at', primary: true, unique: false },
      { table: 'kinds', column: 'id', primary: true, unique: true },
      { table: 'tickets', column: 'id', primary: true, unique: true },
      { table: 'tickets_low', column: 'id', primary: true, unique: true },
    ]);
    const references = await rows(
      `MATCH (f:Field)-[r:REFERENCES {provider: 'postgres:partitions'}]->(target:Field) RETURN f.urn AS from, target.urn AS to, r.constraint AS constraint ORDER BY from`,
    );
    const { field } = partitions;
    expect(references).toEqual([
      { from: field('part', 'event_notes', 'event_at'), to: field('part', 'events', 'at'), constraint: 'event_notes_event_id_event_at_fkey' },
      { from: field('part', 'event_notes', 'event_id'), to: field('part', 'events', 'id'), constraint: 'event_notes_event_id_event_at_fkey' },
      { from: field('part', 'events', 'kind_id'), to: field('part', 'kinds', 'id'), constraint: 'events_kind_id_fkey' },
    ]);
  });
});

describe('crawling names that hold what a URN reserves', () => {
  // `,` `(` `)` structure URNs and are percent-encoded in them (urn.ts), as is white space at a name's ends;
  // the names themselves stay as the store spells them.
  const odd = ownDatabaseSource('oddnames');
  beforeAll(() =>
    odd.setUp(`
      CREATE TABLE public."fees (EUR)" (id int PRIMARY KEY, "price (net)" numeric, "a,b" int, " leading" int, "trailing " int);
      CREATE VIEW public."fees, net" AS SELECT f.id, f."price (net)" FROM public."fees (EUR)" f;`),
  );
  afterAll(() => odd.tearDown());

  it('lands every table, view and column, each URN encoded and each name as it is, with the view lineage between them', async () => {
    const result = await odd.crawl();
    expect(result.warnings).toEqual([]);
    const table = odd.dataset('public', 'fees %28EUR%29');
    const view = odd.dataset('public', 'fees%2C net');
    const columns = await rows(
      `MATCH (d:Dataset {provider: 'postgres:oddnames'})-[:HAS_FIELD]->(f:Field) RETURN d.urn AS dataset, d.name AS table, f.urn AS urn, f.name AS column ORDER BY table, f.position`,
    );
    expect(columns).toEqual([
      { dataset: table, table: 'fees (EUR)', urn: odd.field('public', 'fees %28EUR%29', 'id'), column: 'id' },
      { dataset: table, table: 'fees (EUR)', urn: odd.field('public', 'fees %28EUR%29', 'price %28net%29'), column: 'price (net)' },
      { dataset: table, table: 'fees (EUR)', urn: odd.field('public', 'fees %28EUR%29', 'a%2Cb'), column: 'a,b' },
      { dataset: table, table: 'fees (EUR)', urn: odd.field('public', 'fees %28EUR%29', '%20leading'), column: ' leading' },
      { dataset: table, table: 'fees (EUR)', urn: odd.field('public', 'fees %28EUR%29', 'trailing%20'), column: 'trailing ' },
      { dataset: view, table: 'fees, net', urn: odd.field('public', 'fees%2C net', 'id'), column: 'id' },
      { dataset: view, table: 'fees, net', urn: odd.field('public', 'fees%2C net', 'price %28net%29'), column: 'price (net)' },
    ]);
    const lineage = await rows(
      `MATCH (v:Entity {provider: 'postgres:oddnames'})-[:DERIVES_FROM]->(u:Entity) RETURN v.urn AS downstream, u.urn AS upstream ORDER BY downstream, upstream`,
    );
    expect(lineage).toEqual([
      { downstream: view, upstream: table },
      { downstream: odd.field('public', 'fees%2C net', 'id'), upstream: odd.field('public', 'fees %28EUR%29', 'id') },
      { downstream: odd.field('public', 'fees%2C net', 'price %28net%29'), upstream: odd.field('public', 'fees %28EUR%29', 'price %28net%29') },
    ]);
    // Crawled again, the same URNs: nothing changes.
    const again = await odd.crawl();
    expect(again.counts).toMatchObject({ created: 0, updated: 0, removed: 0 });
  });
});
