/**
 * The dbt crawler end to end: the jaffle-shop project's artifacts (dbt 1.12,
 * manifest v12) crawled into real Neo4j. What lands in the graph, and the rules
 * of a run: idempotent, and a broken or unsupported manifest changes nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource, CrawlFailedError } from '@polder/crawlers';
import type { SourceConfig } from '@polder/runtime';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { JAFFLE_SHOP_TARGET, jaffleShopTargetDir, removeTargetDirs } from './support/dbtTargetDir.ts';
import { testDriver, testLogger } from './support/services.ts';

const driver = testDriver();
const source: SourceConfig = { id: 'jaffle-shop', kind: 'dbt', domain: 'jaffle', targetDir: JAFFLE_SHOP_TARGET, include: [], exclude: [] };
const crawl = (targetDir = JAFFLE_SHOP_TARGET) => crawlSource(driver, { ...source, targetDir }, { logger: testLogger });
const ds = (relation: string) => `urn:polder:dataset:(dbt,jaffle-shop,jaffle_shop.${relation})`;
const fd = (relation: string, column: string) => `urn:polder:field:(${ds(relation)},${column})`;
const ACCEPTED_VALUES = 'test.jaffle_shop.accepted_values_customers_customer_type__new__returning.d12f0947c8';
const UNIQUE_ORDER_ID = 'test.jaffle_shop.unique_orders_order_id.fed79b3a6e';

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}
const everythingCrawled = () =>
  rows(`MATCH (n:Entity {provider: 'dbt:jaffle-shop'}) RETURN n.urn AS urn, n.status AS status, n.updatedAt AS updatedAt, n.contentHash AS hash ORDER BY urn`);

/**
 * The fixture's run_results.json was written by `dbt docs generate`, which runs nothing.
 * This is the same invocation as a `dbt build` reports it, with one failing and one warning test.
 */
function asBuildRunResults(): string {
  const runResults = JSON.parse(readFileSync(join(JAFFLE_SHOP_TARGET, 'run_results.json'), 'utf8'));
  runResults.args.which = 'build';
  for (const result of runResults.results) {
    if (!result.unique_id.startsWith('test.')) continue;
    Object.assign(result, { status: 'pass', failures: 0, message: null });
    if (result.unique_id === UNIQUE_ORDER_ID) Object.assign(result, { status: 'fail', failures: 3, message: 'Got 3 results, configured to fail if != 0' });
    if (result.unique_id === ACCEPTED_VALUES) Object.assign(result, { status: 'warn', failures: 1, message: 'Got 1 result, configured to warn if != 0' });
  }
  return JSON.stringify(runResults);
}

beforeAll(async () => {
  await writeTestMesh(driver, source);
});
afterAll(async () => {
  await deleteCrawledData(driver, source);
  await driver.close();
  removeTargetDirs();
});

describe('crawling the jaffle-shop dbt project', () => {
  it('lands its 13 models, 6 seeds and the 6 sources that declare the seeds’ tables, one dataset per relation', async () => {
    const result = await crawl();
    // Column lineage is the SQL lineage module's reading; its exact edges are asserted below.
    expect(result.stats).toEqual({
      models: 13,
      seeds: 6,
      snapshots: 0,
      sources: 6,
      exposures: 0,
      tests: 27,
      datasets: 19,
      columns: 112,
      lineageEdges: 17,
      columnLineageEdges: expect.any(Number),
      checkResults: 0,
    });
    // Every edge found both its ends, and the one thing to say is about the run results.
    expect(result.warnings).toEqual([
      'dbt:jaffle-shop/run_results.json: run_results.json was written by `dbt docs generate`, which builds and tests nothing: no test results or run outcomes are recorded (crawl the run_results.json of a `dbt build` or `dbt test`)',
    ]);
    const datasets = await rows(
      `MATCH (d:Dataset {provider: 'dbt:jaffle-shop'})
       RETURN d.qualifiedName AS relation, d.subtype AS subtype, d.materialization AS materialization, d.dbtUniqueIds AS dbtUniqueIds ORDER BY relation`,
    );
    const model = (name: string, materialization: string) => ({ relation: `jaffle_shop.main.${name}`, subtype: 'MODEL', materialization, dbtUniqueIds: [`model.jaffle_shop.${name}`] });
    const seed = (name: string, table = name) => ({
      relation: `jaffle_shop.raw.raw_${table}`,
      subtype: 'SEED',
      materialization: 'seed',
      dbtUniqueIds: [`seed.jaffle_shop.raw_${table}`, `source.jaffle_shop.ecom.raw_${table}`],
    });
    expect(datasets).toEqual([
      ...['customers', 'locations', 'metricflow_time_spine', 'order_items', 'orders', 'products'].map((name) => model(name, 'table')),
      ...['customers', 'locations', 'order_items', 'orders', 'products', 'supplies'].map((name) => model(`stg_${name}`, 'view')),
      model('supplies', 'table'),
      ...['customers', 'items', 'orders', 'products', 'stores', 'supplies'].map((name) => seed(name)),
    ]);
    const [membership] = await rows(
      `MATCH (d:Dataset {provider: 'dbt:jaffle-shop'})-[:IN_DOMAIN]->(:Domain {id: 'jaffle'})
       MATCH (d)-[:FROM_SOURCE]->(:Source {id: 'jaffle-shop'})
       RETURN count(d) AS datasets`,
    );
    expect(membership).toEqual({ datasets: 19 });
  });

  it("lands a model's columns as the warehouse has them, with the project's descriptions", async () => {
    const columns = await rows(
      `MATCH (:Dataset {urn: $urn})-[:HAS_FIELD]->(f:Field)
       RETURN f.name AS name, f.position AS position, f.dataType AS dataType, f.description AS description ORDER BY f.position`,
      { urn: ds('main.orders') },
    );
    expect(columns).toEqual([
      { name: 'order_id', position: 1, dataType: 'VARCHAR', description: 'The unique key of the orders mart.' },
      { name: 'location_id', position: 2, dataType: 'VARCHAR', description: null },
      { name: 'customer_id', position: 3, dataType: 'VARCHAR', description: 'The foreign key relating to the customer who placed the order.' },
      { name: 'subtotal_cents', position: 4, dataType: 'INTEGER', description: null },
      { name: 'tax_paid_cents', position: 5, dataType: 'INTEGER', description: null },
      { name: 'order_total_cents', position: 6, dataType: 'INTEGER', description: null },
      { name: 'subtotal', position: 7, dataType: 'DECIMAL(16,2)', description: null },
      { name: 'tax_paid', position: 8, dataType: 'DECIMAL(16,2)', description: null },
      { name: 'order_total', position: 9, dataType: 'DECIMAL(16,2)', description: 'The total amount of the order in USD including tax.' },
      { name: 'ordered_at', position: 10, dataType: 'TIMESTAMP', description: 'The timestamp the order was placed at.' },
      { name: 'order_cost', position: 11, dataType: 'DECIMAL(38,2)', description: 'The sum of supply expenses to fulfill the order.' },
      { name: 'order_items_subtotal', position: 12, dataType: 'DECIMAL(38,2)', description: null },
      { name: 'count_food_items', position: 13, dataType: 'HUGEINT', description: null },
      { name: 'count_drink_items', position: 14, dataType: 'HUGEINT', description: null },
      { name: 'count_order_items', position: 15, dataType: 'BIGINT', description: null },
      { name: 'is_food_order', position: 16, dataType: 'BOOLEAN', description: 'A boolean indicating if this order included any food items.' },
      { name: 'is_drink_order', position: 17, dataType: 'BOOLEAN', description: 'A boolean indicating if this order included any drink items.' },
      { name: 'customer_order_number', position: 18, dataType: 'BIGINT', description: null },
    ]);
  });

  it('derives model lineage from what each model refs, down to the seeded tables its sources declare', async () => {
    const lineage = await rows(
      `MATCH (m:Dataset {provider: 'dbt:jaffle-shop'})-[r:DERIVES_FROM]->(u:Dataset)
       WITH m.name AS model, u.name AS upstream, r.transformation AS transformation, r.confidence AS confidence ORDER BY upstream
       RETURN model, collect(upstream) AS upstream, collect(DISTINCT transformation) AS transformations, collect(DISTINCT confidence) AS confidences ORDER BY model`,
    );
    const upstream = Object.fromEntries(lineage.map((row) => [row.model, row.upstream]));
    expect(upstream).toEqual({
      customers: ['orders', 'stg_customers'],
      locations: ['stg_locations'],
      order_items: ['stg_order_items', 'stg_orders', 'stg_products', 'stg_supplies'],
      orders: ['order_items', 'stg_orders'],
      products: ['stg_products'],
      stg_customers: ['raw_customers'],
      stg_locations: ['raw_stores'],
      stg_order_items: ['raw_items'],
      stg_orders: ['raw_orders'],
      stg_products: ['raw_products'],
      stg_supplies: ['raw_supplies'],
      supplies: ['stg_supplies'],
    });
    expect(new Set(lineage.flatMap((row) => [...(row.transformations as string[]), ...(row.confidences as number[])]))).toEqual(new Set(['DBT_MODEL', 1]));
  });

  it("derives column lineage from each model's compiled SQL", async () => {
    const carried = await rows(
      `MATCH (:Dataset {urn: $urn})-[:HAS_FIELD]->(f:Field)-[r:DERIVES_FROM]->(u:Field)<-[:HAS_FIELD]-(d:Dataset)
       WHERE r.transformation IN ['IDENTITY', 'EXPRESSION', 'AGGREGATION']
       RETURN f.name AS column, d.name + '.' + u.name AS upstream, r.transformation AS transformation ORDER BY f.position, upstream`,
      { urn: ds('main.orders') },
    );
    const identity = (column: string) => ({ column, upstream: `stg_orders.${column}`, transformation: 'IDENTITY' });
    const aggregated = (column: string, upstream: string) => ({ column, upstream: `order_items.${upstream}`, transformation: 'AGGREGATION' });
    expect(carried).toEqual([
      ...['order_id', 'location_id', 'customer_id', 'subtotal_cents', 'tax_paid_cents', 'order_total_cents', 'subtotal', 'tax_paid', 'order_total', 'ordered_at'].map(identity),
      aggregated('order_cost', 'supply_cost'),
      aggregated('order_items_subtotal', 'product_price'),
      aggregated('count_food_items', 'is_food_item'),
      aggregated('count_drink_items', 'is_drink_item'),
      aggregated('count_order_items', 'order_item_id'),
      aggregated('is_food_order', 'is_food_item'),
      aggregated('is_drink_order', 'is_drink_item'),
      { column: 'customer_order_number', upstream: 'stg_orders.customer_id', transformation: 'EXPRESSION' },
      { column: 'customer_order_number', upstream: 'stg_orders.ordered_at', transformation: 'EXPRESSION' },
    ]);
    // Every model column is computed from an upstream column, but the time spine's dates (generate_series).
    const orphans = await rows(
      `MATCH (d:Dataset {provider: 'dbt:jaffle-shop', subtype: 'MODEL'})-[:HAS_FIELD]->(f:Field)
       WHERE NOT EXISTS { (f)-[r:DERIVES_FROM]->(:Field) WHERE r.transformation IN ['IDENTITY', 'EXPRESSION', 'AGGREGATION'] }
       RETURN d.name + '.' + f.name AS column`,
    );
    expect(orphans).toEqual([{ column: 'metricflow_time_spine.date_day' }]);
  });

  it('lands its 27 tests as quality checks on their datasets and columns', async () => {
    const kinds = await rows(
      `MATCH (c:QualityCheck {provider: 'dbt:jaffle-shop'}) RETURN c.kind AS kind, count(c) AS checks ORDER BY kind`,
    );
    expect(kinds).toEqual([
      { kind: 'accepted_values', checks: 1 },
      { kind: 'dbt_utils.expression_is_true', checks: 4 },
      { kind: 'not_null', checks: 10 },
      { kind: 'relationships', checks: 3 },
      { kind: 'unique', checks: 9 },
    ]);
    const [acceptedValues] = await rows(
      `MATCH (c:QualityCheck {urn: $urn})
       RETURN c.column AS column, c.severity AS severity, c.\`arguments.values\` AS values,
              COLLECT { MATCH (c)-[:CHECKS]->(target) RETURN target.urn ORDER BY target.urn } AS checks`,
      { urn: `urn:polder:qualityCheck:(dbt,jaffle-shop,${ACCEPTED_VALUES})` },
    );
    expect(acceptedValues).toEqual({ column: 'customer_type', severity: 'ERROR', values: ['new', 'returning'], checks: [ds('main.customers'), fd('main.customers', 'customer_type')] });
    const [unchecked] = await rows(`MATCH (c:QualityCheck {provider: 'dbt:jaffle-shop'}) WHERE NOT (c)-[:CHECKS]->(:Dataset) RETURN count(c) AS count`);
    expect(unchecked).toEqual({ count: 0 });
  });

  it('records no outcome from its run_results.json, which `dbt docs generate` wrote', async () => {
    expect(await rows(`MATCH (r:CheckResult {provider: 'dbt:jaffle-shop'}) RETURN r.urn AS urn`)).toEqual([]);
    expect(await rows(`MATCH (d:Dataset {provider: 'dbt:jaffle-shop'}) WHERE d.lastRunStatus IS NOT NULL RETURN d.urn AS urn`)).toEqual([]);
  });

  it('changes nothing when crawled again', async () => {
    const before = await everythingCrawled();
    const result = await crawl();
    expect(result.counts).toMatchObject({ created: 0, updated: 0, removed: 0, edgesWritten: 0, edgesRemoved: 0 });
    expect(await everythingCrawled()).toEqual(before);
  });

  it("lands each test's outcome and each model's run from a `dbt build`'s run_results.json", async () => {
    const build = jaffleShopTargetDir({ 'run_results.json': asBuildRunResults() });
    const result = await crawl(build);
    // 27 results are new; the 13 models and 6 seeds gain their last run.
    expect(result.counts).toMatchObject({ created: 27, updated: 19, removed: 0 });
    const outcomes = await rows(
      `MATCH (r:CheckResult {provider: 'dbt:jaffle-shop'})-[:RESULT_OF]->(c:QualityCheck)
       RETURN r.outcome AS outcome, count(r) AS results, sum(r.failures) AS failures ORDER BY outcome`,
    );
    expect(outcomes).toEqual([
      { outcome: 'FAIL', results: 1, failures: 3 },
      { outcome: 'PASS', results: 25, failures: 0 },
      { outcome: 'WARN', results: 1, failures: 1 },
    ]);
    const [failed] = await rows(
      `MATCH (r:CheckResult)-[:RESULT_OF]->(c:QualityCheck {urn: $check})
       RETURN r.urn AS urn, r.outcome AS outcome, r.message AS message, r.evaluatedAt AS evaluatedAt`,
      { check: `urn:polder:qualityCheck:(dbt,jaffle-shop,${UNIQUE_ORDER_ID})` },
    );
    expect(failed).toEqual({
      urn: `urn:polder:checkResult:(dbt,jaffle-shop,${UNIQUE_ORDER_ID},24ad943b-c71e-497c-be0b-d037a3c525ad)`,
      outcome: 'FAIL',
      message: 'Got 3 results, configured to fail if != 0',
      evaluatedAt: '2026-08-10T07:03:39.886992Z',
    });
    const [orders] = await rows(`MATCH (d:Dataset {urn: $urn}) RETURN d.lastRunStatus AS status, d.lastRunAt AS at`, { urn: ds('main.orders') });
    expect(orders).toEqual({ status: 'SUCCESS', at: expect.stringMatching(/^2026-08-10T07:03:39\.\d+Z$/) });
    // The failing test opened an incident about the column it checks; a rerun of the same results keeps it as it is.
    const openIncidents = () =>
      rows(`MATCH (i:Incident {state: 'OPEN'})-[:RAISED_BY]->(:QualityCheck {urn: $check}) RETURN i.title AS title, i.openedAt AS openedAt, COUNT { (i)-[:ABOUT]->() } AS about`, {
        check: `urn:polder:qualityCheck:(dbt,jaffle-shop,${UNIQUE_ORDER_ID})`,
      });
    const opened = await openIncidents();
    expect(opened).toEqual([{ title: expect.stringMatching(/^Check .+ failed$/), openedAt: '2026-08-10T07:03:39.886992Z', about: expect.any(Number) }]);
    expect(opened[0]!.about).toBeGreaterThan(0);
    expect((await crawl(build)).counts).toMatchObject({ created: 0, updated: 0, removed: 0, edgesWritten: 0, edgesRemoved: 0 });
    expect(await openIncidents()).toEqual(opened);
  });

  it.each([
    [
      'a malformed manifest',
      () => jaffleShopTargetDir({ 'manifest.json': readFileSync(join(JAFFLE_SHOP_TARGET, 'manifest.json'), 'utf8').replace('"nodes": {', '"nodes" {') }),
      (dir: string) => `${dir}/manifest.json is not valid JSON: expected ":" after a property name at line 1, column 630`,
    ],
    [
      'a manifest of a version it does not read',
      () => jaffleShopTargetDir({ 'manifest.json': readFileSync(join(JAFFLE_SHOP_TARGET, 'manifest.json'), 'utf8').replace('/manifest/v12.json', '/manifest/v13.json') }),
      (dir: string) => `${dir}/manifest.json is dbt manifest schema v13; Polder reads manifest schema v10 to v12`,
    ],
    [
      'no manifest',
      () => jaffleShopTargetDir({ 'manifest.json': null }),
      (dir: string) => `${dir}/manifest.json not found: dbt writes manifest.json on compile, run, build or docs generate`,
    ],
  ])('changes nothing and records the failure when given %s', async (_, targetDir, message) => {
    const before = await everythingCrawled();
    const dir = targetDir();
    const failing = crawl(dir);
    await expect(failing).rejects.toThrow(CrawlFailedError);
    await expect(failing).rejects.toThrow(`source jaffle-shop (dbt ${dir}): ${message(dir)}`);
    expect(await everythingCrawled()).toEqual(before);
    const [run] = await rows(`MATCH (r:CrawlRun {sourceUrn: 'urn:polder:source:jaffle-shop'}) RETURN r.status AS status, r.error AS error ORDER BY r.startedAt DESC LIMIT 1`);
    expect(run).toEqual({ status: 'FAILED', error: `source jaffle-shop (dbt ${dir}): ${message(dir)}` });
  });
});
