/**
 * Column-level lineage through the GraphQL API, against real Neo4j: first on a
 * hand-made graph whose every answer is worked out below, then on a real crawl
 * of dbt's jaffle-shop, whose column lineage the crawler read from compiled SQL.
 *
 * The hand-made graph (columns; an arrow points upstream, as DERIVES_FROM does):
 *
 *   raw.orders    id ◄──────────── stg.orders order_id
 *                 amount ◄──────── stg.orders amount ◄── (AGGREGATION) mart.revenue total ◄── mart.report total
 *                    ▲                                                                        (IDENTITY 1, and a
 *                    └── stg.orders old_col (REMOVED)                                          DIRECT/IDENTITY 0.8)
 *                 customer ◄──(JOIN 0.5)── stg.orders customer_email ◄── (EXPRESSION) mart.revenue email_domain
 *   raw.customers id ◄───────(JOIN 0.5)──┘  │
 *                 email ◄──────(IDENTITY)───┘
 *
 *   cyc.pair      x ◄──► y   (a cycle inside one dataset)
 *
 * plus dataset-level edges stg.orders → raw.orders, raw.customers, which a FIELD walk never follows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource } from '@polder/crawlers';
import { startApiServer, type ApiServer } from '@polder/api';
import type { SourceConfig } from '@polder/runtime';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { JAFFLE_SHOP_TARGET } from './support/dbtTargetDir.ts';
import { graphqlClient, graphqlRequest } from './support/graphqlClient.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';

const driver = testDriver();
const PROVIDER = 'test:field-lineage';
const DOMAIN = 'urn:polder:domain:field-lineage';
const ds = (name: string) => `urn:polder:dataset:(postgres,field-lineage,${name})`;
const fd = (dataset: string, column: string) => `urn:polder:field:(${ds(dataset)},${column})`;
const jaffleSource: SourceConfig = { id: 'lineage-jaffle', kind: 'dbt', domain: 'lineage-jaffle', targetDir: JAFFLE_SHOP_TARGET, include: [], exclude: [] };
const jaffle = (relation: string, column: string) => `urn:polder:field:(urn:polder:dataset:(dbt,lineage-jaffle,jaffle_shop.${relation}),${column})`;

const DATASETS: Array<[string, string[]]> = [
  ['raw.orders', ['id', 'amount', 'customer']],
  ['raw.customers', ['id', 'email']],
  ['stg.orders', ['order_id', 'amount', 'customer_email', 'old_col']],
  ['mart.revenue', ['total', 'email_domain']],
  ['mart.report', ['total']],
  ['cyc.pair', ['x', 'y']],
];
// [downstream column, upstream column, transformation, confidence, provider]
const COLUMN_EDGES: Array<[string, string, string, number, string]> = [
  [fd('stg.orders', 'order_id'), fd('raw.orders', 'id'), 'IDENTITY', 1, PROVIDER],
  [fd('stg.orders', 'amount'), fd('raw.orders', 'amount'), 'IDENTITY', 1, PROVIDER],
  [fd('stg.orders', 'old_col'), fd('raw.orders', 'amount'), 'IDENTITY', 1, PROVIDER],
  [fd('stg.orders', 'customer_email'), fd('raw.customers', 'email'), 'IDENTITY', 1, PROVIDER],
  [fd('stg.orders', 'customer_email'), fd('raw.orders', 'customer'), 'JOIN', 0.5, PROVIDER],
  [fd('stg.orders', 'customer_email'), fd('raw.customers', 'id'), 'JOIN', 0.5, PROVIDER],
  [fd('mart.revenue', 'total'), fd('stg.orders', 'amount'), 'AGGREGATION', 1, PROVIDER],
  [fd('mart.revenue', 'email_domain'), fd('stg.orders', 'customer_email'), 'EXPRESSION', 1, PROVIDER],
  // The same edge from two sources: the surer one is returned, whichever was written first.
  [fd('mart.report', 'total'), fd('mart.revenue', 'total'), 'DIRECT/IDENTITY', 0.8, 'openlineage:test'],
  [fd('mart.report', 'total'), fd('mart.revenue', 'total'), 'IDENTITY', 1, PROVIDER],
  [fd('cyc.pair', 'x'), fd('cyc.pair', 'y'), 'IDENTITY', 1, PROVIDER],
  [fd('cyc.pair', 'y'), fd('cyc.pair', 'x'), 'IDENTITY', 1, PROVIDER],
];

let api: ApiServer;
let query: ReturnType<typeof graphqlClient>;

const LINEAGE = `query ($input: LineageInput!) {
  lineage(input: $input) { root isPartial nodes { urn type name qualifiedName domain degree } edges { from to transformation confidence } }
}`;
type Walk = {
  root: string;
  isPartial: boolean;
  nodes: Array<{ urn: string; type: string; name: string; qualifiedName: string; domain: string | null; degree: number }>;
  edges: Array<{ from: string; to: string; transformation: string | null; confidence: number | null }>;
};
async function walk(input: Record<string, unknown>): Promise<Walk> {
  const { data, errors } = await query<{ lineage: Walk }>(LINEAGE, { input });
  expect(errors).toBeUndefined();
  return data!.lineage;
}
const degrees = (result: Walk) => result.nodes.map((node) => [node.urn, node.degree]);
const edge = (from: string, to: string, transformation: string, confidence = 1) => ({ from, to, transformation, confidence });
const sortEdges = (edges: Walk['edges']) => [...edges].sort((a, b) => `${a.to}|${a.from}`.localeCompare(`${b.to}|${b.from}`));

async function writeHandMadeGraph(): Promise<void> {
  await driver.executeQuery(
    `MERGE (d:Entity:Domain {urn: $domain}) SET d.id = 'field-lineage', d.name = 'Field Lineage', d.status = 'ACTIVE', d.provider = $provider
     WITH d
     UNWIND $datasets AS dataset
     CREATE (s:Entity:Dataset {urn: dataset.urn, name: dataset.name, qualifiedName: dataset.name, platform: 'postgres', subtype: 'TABLE', status: 'ACTIVE', provider: $provider})
     CREATE (s)-[:IN_DOMAIN {provider: $provider}]->(d)
     WITH s, dataset
     UNWIND range(0, size(dataset.columns) - 1) AS index
     CREATE (f:Entity:Field {urn: 'urn:polder:field:(' + dataset.urn + ',' + dataset.columns[index] + ')', name: dataset.columns[index], position: index + 1,
                             nullable: true, isPrimaryKey: false, datasetUrn: dataset.urn, provider: $provider,
                             status: CASE WHEN dataset.columns[index] = 'old_col' THEN 'REMOVED' ELSE 'ACTIVE' END})
     CREATE (s)-[:HAS_FIELD {provider: $provider}]->(f)`,
    { domain: DOMAIN, provider: PROVIDER, datasets: DATASETS.map(([name, columns]) => ({ urn: ds(name), name, columns })) },
  );
  await driver.executeQuery(
    `UNWIND $edges AS e
     MATCH (down:Field {urn: e[0]}), (up:Field {urn: e[1]})
     CREATE (down)-[:DERIVES_FROM {transformation: e[2], confidence: e[3], provider: e[4]}]->(up)`,
    { edges: COLUMN_EDGES },
  );
  await driver.executeQuery(
    `UNWIND $pairs AS pair
     MATCH (down:Dataset {urn: pair[0]}), (up:Dataset {urn: pair[1]})
     CREATE (down)-[:DERIVES_FROM {transformation: 'VIEW', confidence: 1, provider: $provider}]->(up)`,
    { pairs: [[ds('stg.orders'), ds('raw.orders')], [ds('stg.orders'), ds('raw.customers')]], provider: PROVIDER },
  );
}

beforeAll(async () => {
  await driver.executeQuery(`MATCH (n:Entity {provider: $provider}) DETACH DELETE n`, { provider: PROVIDER });
  await writeHandMadeGraph();
  await writeTestMesh(driver, jaffleSource);
  await crawlSource(driver, jaffleSource, { logger: testLogger });
  api = await startApiServer(
    { driver, meili: testMeili(), indexPrefix: 'test_field_lineage_', logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 }, access: { anonymousRead: true } },
    { host: '127.0.0.1', port: 0 },
  );
  query = graphqlClient(`${api.url}/graphql`);
});
afterAll(async () => {
  await api?.stop();
  await driver.executeQuery(`MATCH (n:Entity {provider: $provider}) DETACH DELETE n`, { provider: PROVIDER });
  await deleteCrawledData(driver, jaffleSource);
  await driver.close();
});

describe('lineage at FIELD level, on a hand-made graph', () => {
  it('walks upstream from a column, hop by hop, with each edge\'s transformation and the surer of two', async () => {
    const result = await walk({ urn: fd('mart.report', 'total'), level: 'FIELD', direction: 'UPSTREAM', depth: 3 });
    expect(result.root).toBe(fd('mart.report', 'total'));
    expect(result.isPartial).toBe(false);
    expect(result.nodes).toEqual([
      { urn: fd('mart.report', 'total'), type: 'FIELD', name: 'total', qualifiedName: 'mart.report.total', domain: 'Field Lineage', degree: 0 },
      { urn: fd('mart.revenue', 'total'), type: 'FIELD', name: 'total', qualifiedName: 'mart.revenue.total', domain: 'Field Lineage', degree: -1 },
      { urn: fd('stg.orders', 'amount'), type: 'FIELD', name: 'amount', qualifiedName: 'stg.orders.amount', domain: 'Field Lineage', degree: -2 },
      { urn: fd('raw.orders', 'amount'), type: 'FIELD', name: 'amount', qualifiedName: 'raw.orders.amount', domain: 'Field Lineage', degree: -3 },
    ]);
    expect(sortEdges(result.edges)).toEqual([
      edge(fd('mart.revenue', 'total'), fd('mart.report', 'total'), 'IDENTITY'),
      edge(fd('stg.orders', 'amount'), fd('mart.revenue', 'total'), 'AGGREGATION'),
      edge(fd('raw.orders', 'amount'), fd('stg.orders', 'amount'), 'IDENTITY'),
    ]);
  });

  it('stops at the depth asked for', async () => {
    const result = await walk({ urn: fd('mart.report', 'total'), level: 'FIELD', direction: 'UPSTREAM', depth: 2 });
    expect(degrees(result)).toEqual([
      [fd('mart.report', 'total'), 0],
      [fd('mart.revenue', 'total'), -1],
      [fd('stg.orders', 'amount'), -2],
    ]);
  });

  it('walks downstream through active columns only', async () => {
    const result = await walk({ urn: fd('raw.orders', 'amount'), level: 'FIELD', direction: 'DOWNSTREAM', depth: 5 });
    // stg.orders.old_col derives from it too, but it was removed.
    expect(degrees(result)).toEqual([
      [fd('raw.orders', 'amount'), 0],
      [fd('stg.orders', 'amount'), 1],
      [fd('mart.revenue', 'total'), 2],
      [fd('mart.report', 'total'), 3],
    ]);
    expect(result.isPartial).toBe(false);
  });

  it('walks from every column of a dataset, both ways, nearest first, and never through dataset edges', async () => {
    const result = await walk({ urn: ds('stg.orders'), level: 'FIELD', direction: 'BOTH', depth: 1 });
    expect(result.root).toBe(ds('stg.orders'));
    expect(degrees(result)).toEqual([
      [fd('stg.orders', 'order_id'), 0],
      [fd('stg.orders', 'amount'), 0],
      [fd('stg.orders', 'customer_email'), 0],
      // Upstream by dataset URN, then column position.
      [fd('raw.customers', 'id'), -1],
      [fd('raw.customers', 'email'), -1],
      [fd('raw.orders', 'id'), -1],
      [fd('raw.orders', 'amount'), -1],
      [fd('raw.orders', 'customer'), -1],
      [fd('mart.revenue', 'total'), 1],
      [fd('mart.revenue', 'email_domain'), 1],
    ]);
    expect(result.isPartial).toBe(false);
    expect(sortEdges(result.edges)).toEqual(
      sortEdges([
        edge(fd('raw.orders', 'id'), fd('stg.orders', 'order_id'), 'IDENTITY'),
        edge(fd('raw.orders', 'amount'), fd('stg.orders', 'amount'), 'IDENTITY'),
        edge(fd('raw.customers', 'email'), fd('stg.orders', 'customer_email'), 'IDENTITY'),
        edge(fd('raw.orders', 'customer'), fd('stg.orders', 'customer_email'), 'JOIN', 0.5),
        edge(fd('raw.customers', 'id'), fd('stg.orders', 'customer_email'), 'JOIN', 0.5),
        edge(fd('stg.orders', 'amount'), fd('mart.revenue', 'total'), 'AGGREGATION'),
        edge(fd('stg.orders', 'customer_email'), fd('mart.revenue', 'email_domain'), 'EXPRESSION'),
      ]),
    );
  });

  it('keeps a start column at degree 0 in a cycle, and returns both edges of the cycle', async () => {
    const fromColumn = await walk({ urn: fd('cyc.pair', 'x'), level: 'FIELD', direction: 'BOTH', depth: 4 });
    expect(degrees(fromColumn)).toEqual([
      [fd('cyc.pair', 'x'), 0],
      [fd('cyc.pair', 'y'), -1],
    ]);
    const fromDataset = await walk({ urn: ds('cyc.pair'), level: 'FIELD', direction: 'BOTH', depth: 4 });
    expect(degrees(fromDataset)).toEqual([
      [fd('cyc.pair', 'x'), 0],
      [fd('cyc.pair', 'y'), 0],
    ]);
    expect(sortEdges(fromDataset.edges)).toEqual([edge(fd('cyc.pair', 'y'), fd('cyc.pair', 'x'), 'IDENTITY'), edge(fd('cyc.pair', 'x'), fd('cyc.pair', 'y'), 'IDENTITY')]);
    expect(fromDataset.isPartial).toBe(false);
  });

  it('says isPartial when the node limit cuts the walk, keeping the nearest, and not when it fits exactly', async () => {
    const exact = await walk({ urn: ds('stg.orders'), level: 'FIELD', direction: 'BOTH', depth: 1, limit: 10 });
    expect(exact.nodes).toHaveLength(10);
    expect(exact.isPartial).toBe(false);

    const cutUpstream = await walk({ urn: ds('stg.orders'), level: 'FIELD', direction: 'BOTH', depth: 1, limit: 5 });
    expect(degrees(cutUpstream)).toEqual([
      [fd('stg.orders', 'order_id'), 0],
      [fd('stg.orders', 'amount'), 0],
      [fd('stg.orders', 'customer_email'), 0],
      [fd('raw.customers', 'id'), -1],
      [fd('raw.customers', 'email'), -1],
    ]);
    expect(cutUpstream.isPartial).toBe(true);

    // The last hop is cut: three nodes of four.
    const cutDeep = await walk({ urn: fd('raw.orders', 'amount'), level: 'FIELD', direction: 'DOWNSTREAM', depth: 5, limit: 3 });
    expect(degrees(cutDeep)).toEqual([
      [fd('raw.orders', 'amount'), 0],
      [fd('stg.orders', 'amount'), 1],
      [fd('mart.revenue', 'total'), 2],
    ]);
    expect(cutDeep.isPartial).toBe(true);

    // No budget left after the start: the walk reports what it could not take.
    const onlyTheStart = await walk({ urn: fd('raw.orders', 'amount'), level: 'FIELD', direction: 'DOWNSTREAM', depth: 5, limit: 1 });
    expect(degrees(onlyTheStart)).toEqual([[fd('raw.orders', 'amount'), 0]]);
    expect(onlyTheStart.isPartial).toBe(true);

    // More columns than the limit: the first ones by position, and the walk is cut.
    const fewerColumns = await walk({ urn: ds('stg.orders'), level: 'FIELD', direction: 'UPSTREAM', depth: 1, limit: 2 });
    expect(degrees(fewerColumns)).toEqual([
      [fd('stg.orders', 'order_id'), 0],
      [fd('stg.orders', 'amount'), 0],
    ]);
    expect(fewerColumns.isPartial).toBe(true);
  });

  it('keeps the nearest of both sides when the limit cuts a walk both ways, and counts a cycle once', async () => {
    // Upstream has two hops within the depth, downstream one: the limit keeps a hop of each, not two upstream.
    const cut = await walk({ urn: fd('mart.revenue', 'total'), level: 'FIELD', direction: 'BOTH', depth: 2, limit: 3 });
    expect(degrees(cut)).toEqual([
      [fd('mart.revenue', 'total'), 0],
      [fd('stg.orders', 'amount'), -1],
      [fd('mart.report', 'total'), 1],
    ]);
    expect(cut.isPartial).toBe(true);
    expect(sortEdges(cut.edges).map(({ from, to }) => [from, to])).toEqual([
      [fd('mart.revenue', 'total'), fd('mart.report', 'total')],
      [fd('stg.orders', 'amount'), fd('mart.revenue', 'total')],
    ]);

    // y is upstream and downstream of x: everything within the depth is returned, so nothing was cut.
    const cycle = await walk({ urn: fd('cyc.pair', 'x'), level: 'FIELD', direction: 'BOTH', depth: 4, limit: 2 });
    expect(degrees(cycle)).toEqual([
      [fd('cyc.pair', 'x'), 0],
      [fd('cyc.pair', 'y'), -1],
    ]);
    expect(cycle.isPartial).toBe(false);
  });

  it('refuses an impact query from a column, naming its URN argument', async () => {
    const { errors } = await query(`query ($urn: ID!) { impact(input: {urn: $urn}) { total } }`, { urn: fd('stg.orders', 'amount') });
    expect(errors?.[0]).toMatchObject({
      message: `"${fd('stg.orders', 'amount')}" is not a dataset URN: impact counts what depends on a dataset`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.urn' },
    });
  });

  it('gives each column its dataset, and costs one query per direction, the start included', async () => {
    const QUERY = `query ($input: LineageInput!) { lineage(input: $input) { nodes { urn dataset { urn name domain { name } } } } }`;
    const response = await graphqlRequest<{ lineage: { nodes: Array<{ urn: string; dataset: { urn: string; name: string; domain: { name: string } } }> } }>(
      `${api.url}/graphql`,
      QUERY,
      { input: { urn: ds('stg.orders'), level: 'FIELD', direction: 'BOTH', depth: 1 } },
    );
    expect(response.body.errors).toBeUndefined();
    const datasets = Object.fromEntries(response.body.data!.lineage.nodes.map((node) => [node.urn, node.dataset.urn]));
    expect(datasets[fd('raw.customers', 'email')]).toBe(ds('raw.customers'));
    expect(datasets[fd('mart.revenue', 'total')]).toBe(ds('mart.revenue'));
    expect(response.body.data!.lineage.nodes.every((node) => node.dataset.domain.name === 'Field Lineage')).toBe(true);
    // Upstream with the start's columns, downstream; then the datasets of all ten columns in one batch, and their domains in one.
    expect(Number(response.headers.get('x-polder-graph-queries'))).toBe(4);

    const bare = await graphqlRequest(`${api.url}/graphql`, LINEAGE, { input: { urn: ds('stg.orders'), level: 'FIELD', direction: 'BOTH', depth: 1 } });
    expect(Number(bare.headers.get('x-polder-graph-queries'))).toBe(2);
  });

  it('keeps DATASET as the default level, with its own edges', async () => {
    const result = await walk({ urn: ds('stg.orders'), direction: 'UPSTREAM', depth: 2 });
    expect(result.nodes.map((node) => [node.urn, node.type, node.degree])).toEqual([
      [ds('stg.orders'), 'DATASET', 0],
      [ds('raw.customers'), 'DATASET', -1],
      [ds('raw.orders'), 'DATASET', -1],
    ]);
    expect(sortEdges(result.edges)).toEqual(sortEdges([edge(ds('raw.orders'), ds('stg.orders'), 'VIEW'), edge(ds('raw.customers'), ds('stg.orders'), 'VIEW')]));
  });

  it('refuses a URN that does not fit the level, naming what would, and answers NOT_FOUND for unknown ones', async () => {
    const errorOf = async (input: Record<string, unknown>) => (await query(LINEAGE, { input })).errors?.[0];
    expect(await errorOf({ urn: fd('stg.orders', 'amount') })).toMatchObject({
      message: `"${fd('stg.orders', 'amount')}" is a field URN: walk column lineage with level: FIELD`,
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.level' },
    });
    expect(await errorOf({ urn: 'urn:polder:job:(ns,load)', level: 'FIELD' })).toMatchObject({
      message: '"urn:polder:job:(ns,load)" is not a dataset or field URN: column lineage starts from a column or from every column of a dataset',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.urn' },
    });
    expect(await errorOf({ urn: 'not a urn', level: 'FIELD' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'input.urn' } });
    expect(await errorOf({ urn: fd('stg.orders', 'nope'), level: 'FIELD' })).toMatchObject({ message: `No field ${fd('stg.orders', 'nope')}`, extensions: { code: 'NOT_FOUND' } });
    expect(await errorOf({ urn: ds('nope'), level: 'FIELD' })).toMatchObject({ message: `No dataset ${ds('nope')}`, extensions: { code: 'NOT_FOUND' } });
    expect(await errorOf({ urn: fd('stg.orders', 'amount'), level: 'FIELD', depth: 11 })).toMatchObject({ message: 'depth must be between 1 and 10', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await errorOf({ urn: fd('stg.orders', 'amount'), level: 'FIELD', limit: 0 })).toMatchObject({ message: 'limit must be between 1 and 1000', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('lineage at FIELD level, on a crawl of dbt jaffle-shop', () => {
  // raw_orders.order_total is renamed and converted by stg_orders (`order_total as order_total_cents`,
  // `(order_total / 100)::numeric(16, 2) as order_total`), passed on by orders' `select orders.*`, and
  // summed by customers (`sum(orders.order_total) as lifetime_spend`). No join, filter or group-by uses it.
  it('follows a seed column down through the models that carry it, with the transformation of each step', async () => {
    const result = await walk({ urn: jaffle('raw.raw_orders', 'order_total'), level: 'FIELD', direction: 'DOWNSTREAM', depth: 10 });
    expect(result.isPartial).toBe(false);
    expect(result.nodes.map((node) => [node.urn, node.qualifiedName, node.domain, node.degree])).toEqual([
      [jaffle('raw.raw_orders', 'order_total'), 'jaffle_shop.raw.raw_orders.order_total', 'Lineage-jaffle', 0],
      [jaffle('main.stg_orders', 'order_total_cents'), 'jaffle_shop.main.stg_orders.order_total_cents', 'Lineage-jaffle', 1],
      [jaffle('main.stg_orders', 'order_total'), 'jaffle_shop.main.stg_orders.order_total', 'Lineage-jaffle', 1],
      [jaffle('main.orders', 'order_total_cents'), 'jaffle_shop.main.orders.order_total_cents', 'Lineage-jaffle', 2],
      [jaffle('main.orders', 'order_total'), 'jaffle_shop.main.orders.order_total', 'Lineage-jaffle', 2],
      [jaffle('main.customers', 'lifetime_spend'), 'jaffle_shop.main.customers.lifetime_spend', 'Lineage-jaffle', 3],
    ]);
    expect(sortEdges(result.edges)).toEqual(
      sortEdges([
        edge(jaffle('raw.raw_orders', 'order_total'), jaffle('main.stg_orders', 'order_total_cents'), 'IDENTITY'),
        edge(jaffle('raw.raw_orders', 'order_total'), jaffle('main.stg_orders', 'order_total'), 'EXPRESSION'),
        edge(jaffle('main.stg_orders', 'order_total_cents'), jaffle('main.orders', 'order_total_cents'), 'IDENTITY'),
        edge(jaffle('main.stg_orders', 'order_total'), jaffle('main.orders', 'order_total'), 'IDENTITY'),
        edge(jaffle('main.orders', 'order_total'), jaffle('main.customers', 'lifetime_spend'), 'AGGREGATION'),
      ]),
    );
  });

  // customers: `sum(orders.order_total) as lifetime_spend ... group by 1` (orders.customer_id), then
  // `left join customer_orders_summary on customers.customer_id = customer_orders_summary.customer_id`.
  it('returns the columns that only decide the rows, with their lower confidence', async () => {
    const result = await walk({ urn: jaffle('main.customers', 'lifetime_spend'), level: 'FIELD', direction: 'UPSTREAM', depth: 1 });
    expect(result.isPartial).toBe(false);
    expect(degrees(result)).toEqual([
      [jaffle('main.customers', 'lifetime_spend'), 0],
      [jaffle('main.orders', 'customer_id'), -1],
      [jaffle('main.orders', 'order_total'), -1],
      [jaffle('main.stg_customers', 'customer_id'), -1],
    ]);
    // The crawler keeps one edge per pair of columns: orders.customer_id both groups and joins, GROUP_BY came first.
    expect(sortEdges(result.edges)).toEqual(
      sortEdges([
        edge(jaffle('main.orders', 'order_total'), jaffle('main.customers', 'lifetime_spend'), 'AGGREGATION'),
        edge(jaffle('main.orders', 'customer_id'), jaffle('main.customers', 'lifetime_spend'), 'GROUP_BY', 0.5),
        edge(jaffle('main.stg_customers', 'customer_id'), jaffle('main.customers', 'lifetime_spend'), 'JOIN', 0.5),
      ]),
    );
  });
});
