/**
 * OpenLineage push end to end: Marquez's published events POSTed over HTTP to
 * the API, as an Airflow or Spark integration would, landing in the real Neo4j
 * as jobs, runs, datasets, fields and lineage; in any order, any number of times.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessService, AccountService, DEFAULT_ACCESS_SETTINGS, startApiServer, type ApiServer } from '@polder/api';
import { testDriver, testLogger, testMeili } from './support/services.ts';
import { graphqlClient, graphqlRequest } from './support/graphqlClient.ts';

type Json = Record<string, any>;
const FIXTURES = new URL('./fixtures/openlineage/marquez/', import.meta.url);
const fixture = (name: string): Json => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));
const foodDelivery = fixture('food_delivery.json') as unknown as Json[];

const driver = testDriver();
const apiDependencies = { driver, meili: testMeili(), indexPrefix: 'test_openlineage_', logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 }, access: { anonymousRead: true } };
let api: ApiServer;

// Every namespace the events of this file use: their providers are this file's to write and to delete.
const NAMESPACES = ['food_delivery', 'my-scheduler-namespace', 'my-datasource-namespace', 'my-namespace', 'my-dataset-namespace', 's3://blob-source', 's3://blob-sink', 'polder-test', 'polder-test-other'];
const PROVIDERS = NAMESPACES.map((namespace) => `openlineage:${namespace}`);
const FOOD = ['openlineage:food_delivery'];

const food = (name: string) => `urn:polder:dataset:(openlineage,food_delivery,public.${name})`;
const foodJob = (name: string) => `urn:polder:job:(food_delivery,${name})`;

/** A WRITE token of an ADMIN account, made in beforeAll: pushing lineage needs one (see accessAndEdits.test.ts for refusals). */
let token: string;

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${api.url}/api/v1${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
  });
}

async function postEach(events: Json[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const event of events) statuses.push((await post('/lineage', event)).status);
  return statuses;
}

async function query<T = Json>(cypher: string, params: Json = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

/** The checks of a dataset and its columns (OpenLineage assertions), with their results' outcomes and open incidents. */
function checksOf(datasetUrn: string) {
  return query(
    `MATCH (d:Dataset {urn: $urn})
     MATCH (c:QualityCheck)-[:CHECKS]->(target) WHERE target = d OR (d)-[:HAS_FIELD]->(target)
     RETURN c.name AS check, COLLECT { MATCH (r:CheckResult)-[:RESULT_OF]->(c) RETURN r.outcome ORDER BY r.evaluatedAt } AS outcomes,
            COLLECT { MATCH (i:Incident {state: 'OPEN'})-[:RAISED_BY]->(c) RETURN i.title } AS openIncidents
     ORDER BY check`,
    { urn: datasetUrn },
  );
}

/** Every node and edge the providers own, in a stable order: what "the same graph" is compared on. */
async function dump(providers: string[] = PROVIDERS) {
  const nodes = await query<{ urn: string; labels: string[]; props: Json }>(
    `MATCH (n:Entity) WHERE n.provider IN $providers
     RETURN n.urn AS urn, labels(n) AS labels, properties(n) AS props ORDER BY n.urn`,
    { providers },
  );
  const edges = await query(
    `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.provider IN $providers
     RETURN type(r) AS type, a.urn AS from, b.urn AS to, properties(r) AS props ORDER BY type, from, to`,
    { providers },
  );
  return { nodes: nodes.map((node) => ({ ...node, labels: [...node.labels].sort() })), edges };
}

/** The graph without the times of the writes (not of the events): what two histories of the same events share. */
function withoutWriteTimes(graph: Awaited<ReturnType<typeof dump>>) {
  return { ...graph, nodes: graph.nodes.map(({ props: { createdAt: _c, updatedAt: _u, ...props }, ...node }) => ({ ...node, props })) };
}

/** Deletes what the providers wrote, and the search outbox entries of those nodes. */
async function deleteProviders(providers: string[] = PROVIDERS): Promise<void> {
  await driver.executeQuery(
    `MATCH (n:Entity) WHERE n.provider IN $providers
     OPTIONAL MATCH (o:IndexOutbox {urn: n.urn})
     DETACH DELETE n, o`,
    { providers },
  );
}

const deleteTestAccount = () => driver.executeQuery(`MATCH (a:Account {username: 'openlineage-test'}) OPTIONAL MATCH (t)-[:ISSUED_TO]->(a) DETACH DELETE t, a`);

beforeAll(async () => {
  await deleteProviders();
  api = await startApiServer(apiDependencies, { host: '127.0.0.1', port: 0 });
  await deleteTestAccount();
  await new AccountService(driver).create({ username: 'openlineage-test', password: 'a long enough password', roles: ['ADMIN'] });
  ({ secret: token } = await new AccessService(driver, DEFAULT_ACCESS_SETTINGS).issueApiToken('openlineage-test', { name: 'test', scopes: ['WRITE'], expiresInDays: 1 }, ['WRITE']));
});
afterAll(async () => {
  await api?.stop();
  await deleteTestAccount();
  await deleteProviders();
  await driver.close();
});

describe('food_delivery: the 26 events of Marquez demo', () => {
  const timings: string[] = [];
  afterAll(() => {
    // Informal: the same machine, the same events; `polder bench` is where numbers are kept.
    console.log(`OpenLineage food_delivery, ${foodDelivery.length} events: ${timings.join('; ')}`);
  });

  it('answers each event 201 with an empty body, as Marquez does', async () => {
    const started = performance.now();
    const responses = [];
    for (const event of foodDelivery) responses.push(await post('/lineage', event));
    timings.push(rate('one by one', started));
    expect(responses.map((response) => response.status)).toEqual(foodDelivery.map(() => 201));
    expect(await Promise.all(responses.map((response) => response.text()))).toEqual(foodDelivery.map(() => ''));
  });

  it('lands the exact jobs, their runs, and the datasets', async () => {
    expect(await query(`MATCH (j:Job {provider: 'openlineage:food_delivery'}) RETURN j.name AS name ORDER BY name`)).toEqual(
      [
        'delivery_times_7_days', 'email_discounts', 'etl_categories', 'etl_customers', 'etl_delivery_7_days', 'etl_drivers', 'etl_menu_items',
        'etl_menus', 'etl_order_status', 'etl_orders', 'etl_orders_7_days', 'etl_restaurants', 'orders_popular_day_of_week',
      ].map((name) => ({ name })),
    );
    const runs = await query(`MATCH (r:Run)-[:RUN_OF]->(j:Job {provider: 'openlineage:food_delivery'}) RETURN j.name AS job, r.state AS state`);
    expect(runs).toHaveLength(13);
    expect(new Set(runs.map((run) => run.state))).toEqual(new Set(['COMPLETE']));
    const [menusRun] = await query(
      `MATCH (r:Run {urn: 'urn:polder:run:4d3b8069-69b6-4708-ade0-3275112c9f04'})-[:RUN_OF]->(j:Job)
       RETURN j.urn AS job, r.runId AS runId, r.state AS state, r.eventTime AS eventTime, r.startedAt AS startedAt, r.endedAt AS endedAt`,
    );
    expect(menusRun).toEqual({ job: foodJob('etl_menus'), runId: '4d3b8069-69b6-4708-ade0-3275112c9f04', state: 'COMPLETE', eventTime: '2020-02-22T22:08:00.000Z', startedAt: '2020-02-22T22:00:00.000Z', endedAt: '2020-02-22T22:08:00.000Z' });

    const [menusJob] = await query(`MATCH (j:Job {urn: $urn}) RETURN j.namespace AS namespace, j.description AS description, j.sql AS sql`, { urn: foodJob('etl_menus') });
    expect(menusJob).toEqual({
      namespace: 'food_delivery',
      description: 'Loads newly added restaurant menus daily.',
      sql: 'INSERT INTO menus (id, name, restaurant_id, description)\n SELECT id, name, restaurant_id, description\n   FROM tmp_menus;',
    });

    expect(await query(`MATCH (d:Dataset {provider: 'openlineage:food_delivery'}) RETURN d.name AS name ORDER BY name`)).toEqual(
      [
        'categories', 'customers', 'delivery_7_days', 'discounts', 'drivers',
        // Not an input of any event: etl_delivery_7_days's column lineage names it (category_id from public.menu_item_id).
        'menu_item_id',
        'menu_items', 'menus', 'order_status', 'orders', 'orders_7_days', 'popular_orders_day_of_week', 'restaurants', 'top_delivery_times',
      ].map((name) => ({ name: `public.${name}` })),
    );
    const [delivery] = await query(`MATCH (d:Dataset {urn: $urn}) RETURN d.description AS description, d.platform AS platform, d.subtype AS subtype`, { urn: food('delivery_7_days') });
    expect(delivery).toEqual({ description: 'A table for weekly deliveries.', platform: 'openlineage', subtype: 'TABLE' });
    // Its data-quality assertions: checks of its columns with their results; the failing one opened an incident.
    expect(await checksOf(food('delivery_7_days'))).toEqual([
      { check: 'is_string on customer_address', outcomes: ['PASS'], openIncidents: [] },
      { check: 'not_null on driver_id', outcomes: ['FAIL'], openIncidents: ['Check not_null on driver_id failed'] },
    ]);
  });

  it('links jobs to what they read and write, and datasets and fields to what they derive from', async () => {
    const io = await query(
      `MATCH (j:Job {urn: $job})-[r:READS|WRITES]->(d:Dataset) RETURN type(r) AS type, d.name AS dataset ORDER BY type, dataset`,
      { job: foodJob('etl_orders_7_days') },
    );
    expect(io).toEqual([
      { type: 'READS', dataset: 'public.categories' },
      { type: 'READS', dataset: 'public.menu_items' },
      { type: 'READS', dataset: 'public.menus' },
      { type: 'READS', dataset: 'public.orders' },
      { type: 'WRITES', dataset: 'public.orders_7_days' },
    ]);
    const upstream = await query(
      `MATCH (:Dataset {urn: $urn})-[r:DERIVES_FROM]->(d:Dataset) RETURN d.name AS dataset, r.job AS job, r.transformation AS transformation, r.confidence AS confidence ORDER BY dataset`,
      { urn: food('orders_7_days') },
    );
    expect(upstream).toEqual(['categories', 'menu_items', 'menus', 'orders'].map((name) => ({ dataset: `public.${name}`, job: foodJob('etl_orders_7_days'), transformation: 'JOB', confidence: 1 })));
    const email = await query(
      `MATCH (:Dataset {urn: $urn})-[:HAS_FIELD]->(:Field {name: 'customer_email'})-[r:DERIVES_FROM]->(f:Field)<-[:HAS_FIELD]-(d:Dataset)
       RETURN d.name AS dataset, f.name AS field, r.job AS job, r.transformation AS transformation`,
      { urn: food('delivery_7_days') },
    );
    expect(email).toEqual([{ dataset: 'public.customers', field: 'email', job: foodJob('etl_delivery_7_days'), transformation: 'JOB' }]);
    expect(await query(`MATCH (:Job {urn: $job})-[r:WRITES]->() RETURN count(r) AS writes`, { job: foodJob('email_discounts') })).toEqual([{ writes: 0 }]);
  });

  it('serves pushed datasets through the GraphQL API, fields and lineage included', async () => {
    const graphql = graphqlClient(`${api.url}/graphql`);
    const { data, errors } = await graphql(`{
      dataset(urn: "${food('menus')}") { name platform subtype fields { name position dataType description } downstream { datasets { name } } }
      lineage(input: { urn: "${food('top_delivery_times')}", direction: UPSTREAM, depth: 2 }) { nodes { name degree } }
      job(urn: "${foodJob('etl_menus')}") { namespace name }
    }`);
    expect(errors).toBeUndefined();
    expect(data!.job).toEqual({ namespace: 'food_delivery', name: 'etl_menus' });
    expect(data!.dataset).toEqual({
      name: 'public.menus',
      platform: 'openlineage',
      subtype: 'TABLE',
      fields: [
        { name: 'id', position: 1, dataType: 'INTEGER', description: 'The unique ID of the menu.' },
        { name: 'name', position: 2, dataType: 'VARCHAR', description: 'The name of the menu.' },
        { name: 'restaurant_id', position: 3, dataType: 'INTEGER', description: 'The ID of the restaurant related to the menu.' },
        { name: 'description', position: 4, dataType: 'TEXT', description: 'The description of the menu.' },
      ],
      downstream: { datasets: [{ name: 'public.orders_7_days' }] },
    });
    expect(data!.lineage.nodes.map((node: Json) => `${node.degree} ${node.name}`).sort()).toEqual(
      ['-1 public.delivery_7_days', '-2 public.customers', '-2 public.drivers', '-2 public.order_status', '-2 public.orders_7_days', '-2 public.restaurants', '0 public.top_delivery_times'],
    );
  });

  it("serves a dataset's runs (those of the jobs that write it and read it, newest first) and a job's runs, inputs and outputs", async () => {
    const response = await graphqlRequest(`${api.url}/graphql`, `{
      menus: dataset(urn: "${food('menus')}") { runs { urn runId state startedAt endedAt isOutput isInput job { name } } latest: runs(limit: 1) { job { name } } }
      orders: dataset(urn: "${food('orders_7_days')}") { runs { job { name } isOutput isInput } }
      job(urn: "${foodJob('etl_orders_7_days')}") { runs { runId state } inputs { name } outputs { name } inputCount outputCount page: inputs(limit: 2, offset: 1) { name } }
    }`);
    const { data, errors } = response.body;
    expect(errors).toBeUndefined();
    // Both started at 22:00; the same start is ordered by URN.
    expect(data!.menus.runs).toEqual([
      { urn: 'urn:polder:run:4d3b8069-69b6-4708-ade0-3275112c9f04', runId: '4d3b8069-69b6-4708-ade0-3275112c9f04', state: 'COMPLETE', startedAt: '2020-02-22T22:00:00.000Z', endedAt: '2020-02-22T22:08:00.000Z', isOutput: true, isInput: false, job: { name: 'etl_menus' } },
      { urn: 'urn:polder:run:ffba2c14-4170-48da-bec3-ab5fd4ec9a3f', runId: 'ffba2c14-4170-48da-bec3-ab5fd4ec9a3f', state: 'COMPLETE', startedAt: '2020-02-22T22:00:00.000Z', endedAt: '2020-02-22T22:07:00.000Z', isOutput: false, isInput: true, job: { name: 'etl_orders_7_days' } },
    ]);
    expect(data!.menus.latest).toEqual([{ job: { name: 'etl_menus' } }]);
    expect(data!.orders.runs).toEqual([
      { job: { name: 'etl_delivery_7_days' }, isOutput: false, isInput: true },
      { job: { name: 'etl_orders_7_days' }, isOutput: true, isInput: false },
    ]);
    expect(data!.job).toEqual({
      runs: [{ runId: 'ffba2c14-4170-48da-bec3-ab5fd4ec9a3f', state: 'COMPLETE' }],
      inputs: ['categories', 'menu_items', 'menus', 'orders'].map((name) => ({ name: `public.${name}` })),
      outputs: [{ name: 'public.orders_7_days' }],
      inputCount: 4,
      outputCount: 1,
      page: [{ name: 'public.menu_items' }, { name: 'public.menus' }],
    });
    // The datasets and the job, then the runs of the datasets (one query per page size asked for, whatever
    // the number of datasets), the job's runs, its inputs (every page and the count in one) and its outputs.
    expect(Number(response.headers.get('x-polder-graph-queries'))).toBe(2 + 2 + 3);
    const tooMany = await graphqlRequest(`${api.url}/graphql`, `{ job(urn: "${foodJob('etl_orders_7_days')}") { outputs(limit: 501) { name } } }`);
    expect(tooMany.body.errors?.[0]).toMatchObject({ message: 'limit must be between 1 and 500', extensions: { code: 'BAD_USER_INPUT', argument: 'limit' } });
  });

  it('queues the datasets and jobs for the search index, in the same transaction', async () => {
    const queued = await query(`MATCH (o:IndexOutbox) WHERE o.urn STARTS WITH $dataset OR o.urn STARTS WITH $job RETURN count(o) AS queued`, {
      dataset: 'urn:polder:dataset:(openlineage,food_delivery,',
      job: 'urn:polder:job:(food_delivery,',
    });
    expect(queued).toEqual([{ queued: 14 + 13 }]);
  });

  it('changes nothing when the same events arrive again, as one batch', async () => {
    const before = await dump(FOOD);
    const started = performance.now();
    const response = await post('/lineage/batch', foodDelivery);
    timings.push(rate('again as a batch (nothing to write)', started));
    expect(response.status).toBe(201);
    expect(await response.text()).toBe('');
    // Not even a write time moved.
    expect(await dump(FOOD)).toEqual(before);
  });

  it('leaves the same graph from the events as one batch, and one by one in reverse order', async () => {
    const expected = withoutWriteTimes(await dump(FOOD));
    await deleteProviders(FOOD);
    const started = performance.now();
    expect((await post('/lineage/batch', foodDelivery)).status).toBe(201);
    timings.push(rate('as one batch', started));
    expect(withoutWriteTimes(await dump(FOOD))).toEqual(expected);

    await deleteProviders(FOOD);
    const reverse = performance.now();
    expect(await postEach([...foodDelivery].reverse())).toEqual(foodDelivery.map(() => 201));
    timings.push(rate('one by one again, in reverse order', reverse));
    // COMPLETE arrived before START for every run, and the runs are still COMPLETE.
    expect(withoutWriteTimes(await dump(FOOD))).toEqual(expected);
  });
});

describe('the spec corners, from Marquez tests', () => {
  it('keeps unicode names as they are', async () => {
    expect((await post('/lineage', fixture('event_unicode.json'))).status).toBe(201);
    expect(await query(`MATCH (j:Job {urn: 'urn:polder:job:(my-scheduler-namespace,myjob.buggy_task🕷)'}) RETURN j.name AS name`)).toEqual([{ name: 'myjob.buggy_task🕷' }]);
  });

  it('takes names holding the characters a URN reserves, encoded in the URN as a crawl of the same table encodes them', async () => {
    const event = fixture('event_simple.json') as { run: { runId: string }; job: { name: string }; outputs: Array<{ name: string; facets?: Json }> };
    event.run.runId = '5d9b2a0e-3c1f-4e7a-9b8d-2f6e4a1c0b35';
    event.job.name = 'reserved(names)';
    event.outputs[0] = { ...event.outputs[0]!, name: 'instance.schema.output(1)', facets: { schema: { _producer: 'p', _schemaURL: 's', fields: [{ name: 'price (EUR)', type: 'DECIMAL' }] } } };
    expect((await post('/lineage', event)).status).toBe(201);
    const output = 'urn:polder:dataset:(openlineage,my-datasource-namespace,instance.schema.output%281%29)';
    expect(await query(`MATCH (d:Dataset {urn: $urn})-[:HAS_FIELD]->(f:Field) RETURN d.name AS dataset, f.urn AS field, f.name AS column`, { urn: output })).toEqual([
      { dataset: 'instance.schema.output(1)', field: `urn:polder:field:(${output},price %28EUR%29)`, column: 'price (EUR)' },
    ]);
    expect(await query(`MATCH (j:Job {urn: 'urn:polder:job:(my-scheduler-namespace,reserved%28names%29)'}) RETURN j.name AS name`)).toEqual([{ name: 'reserved(names)' }]);
  });

  it('takes an event with only the required fields: its run, without an eventType, is OTHER', async () => {
    expect((await post('/lineage', fixture('event_required_only.json'))).status).toBe(201);
    expect(await query(`MATCH (r:Run {runId: '43d7db3b-8984-4cda-b237-8c6919b36670'})-[:RUN_OF]->(j:Job) RETURN r.state AS state, j.urn AS job`)).toEqual([
      { state: 'OTHER', job: 'urn:polder:job:(my-namespace,myjob)' },
    ]);
  });

  it('takes a 220 KB event full of facets it does not know', async () => {
    expect((await post('/lineage', fixture('event_large.json'))).status).toBe(201);
    const [job] = await query(`MATCH (r:Run {runId: 'ea041791-68bc-4ae1-bd89-4c8106a157e4'})-[:RUN_OF]->(j:Job) RETURN j.name AS name, j.sql AS sql, r.state AS state`);
    expect(job).toEqual({ name: 'myjob.mytask', sql: 'SELECT * FROM foo', state: 'COMPLETE' });
  });

  it('reads facets from facets and inputFacets, and keeps a job that rewrites its input from deriving it from itself', async () => {
    expect((await post('/lineage', fixture('event_full.json'))).status).toBe(201);
    const urn = 'urn:polder:dataset:(openlineage,my-datasource-namespace,instance.schema.table)';
    const [table] = await query(
      `MATCH (d:Dataset {urn: $urn}) RETURN d.description AS description, COUNT { (d)-[:DERIVES_FROM]->() } AS derivations, COLLECT { MATCH (d)-[:HAS_FIELD]->(f) RETURN f.name ORDER BY f.name } AS fields`,
      { urn },
    );
    // Column id is known from its assertion only: the schema facet names column1.
    expect(table).toEqual({ description: 'canonical representation of entity Foo', derivations: 0, fields: ['column1', 'id'] });
    expect(await checksOf(urn)).toEqual([
      { check: 'no_null_values on id', outcomes: ['PASS'], openIncidents: [] },
      { check: 'row_count_equal_to', outcomes: ['PASS'], openIncidents: [] },
    ]);
  });

  it('names datasets by namespaces holding ":" and "/", owned by their namespace', async () => {
    expect((await post('/lineage', fixture('event_namespace_naming.json'))).status).toBe(201);
    const lineage = await query(
      `MATCH (out:Dataset)-[r:DERIVES_FROM]->(in:Dataset {urn: 'urn:polder:dataset:(openlineage,s3://blob-source,instance.schema.table)'})
       RETURN out.urn AS output, out.platform AS platform, out.subtype AS subtype, out.provider AS provider, r.job AS job`,
    );
    expect(lineage).toEqual([
      { output: 'urn:polder:dataset:(openlineage,s3://blob-sink,instance.schema.table)', platform: 's3', subtype: 'FILE', provider: 'openlineage:s3://blob-sink', job: 'urn:polder:job:(my-scheduler-namespace,myjob.mytask)' },
    ]);
  });

  it('takes a dataset event: the dataset and its schema, no job', async () => {
    expect((await post('/lineage', fixture('event_dataset_event.json'))).status).toBe(201);
    const fields = await query(
      `MATCH (d:Dataset {urn: 'urn:polder:dataset:(openlineage,my-dataset-namespace,my-dataset-name)'})-[:HAS_FIELD]->(f:Field)
       RETURN f.name AS name, f.dataType AS dataType, f.description AS description, COUNT { (d)--(:Job) } AS jobs`,
    );
    expect(fields).toEqual([{ name: 'col_a', dataType: 'VARCHAR', description: 'string', jobs: 0 }]);
  });

  it('takes a job event as static lineage, then a run of the same job beside it', async () => {
    const job = 'urn:polder:job:(my-scheduler-namespace,myjob)';
    const lineage = `MATCH (j:Job {urn: $job})-[r:READS|WRITES]->(d:Dataset) RETURN type(r) AS type, d.name AS dataset, COUNT { (j)<-[:RUN_OF]-() } AS runs ORDER BY type, dataset`;
    expect((await post('/lineage', fixture('event_job_event.json'))).status).toBe(201);
    expect(await query(lineage, { job })).toEqual([
      { type: 'READS', dataset: 'instance.schema.input-1', runs: 0 },
      { type: 'WRITES', dataset: 'instance.schema.output-1', runs: 0 },
    ]);
    expect((await post('/lineage', fixture('event_simple.json'))).status).toBe(201);
    expect(await query(lineage, { job })).toEqual([
      { type: 'READS', dataset: 'instance.schema.input-1', runs: 1 },
      { type: 'READS', dataset: 'instance.schema.input-2', runs: 1 },
      { type: 'WRITES', dataset: 'instance.schema.output-1', runs: 1 },
    ]);
  });

  it('takes a gzip body, as the OpenLineage HTTP transport sends with compression on', async () => {
    // A run of its own: event_simple's is a run of its own job.
    const event = { ...fixture('event_simple.json'), run: { runId: '7c1e0b52-3f4a-4d2e-9b6a-1e5c3d7f0a01' }, job: { namespace: 'polder-test', name: 'gzipped' } };
    expect((await post('/lineage', gzipSync(JSON.stringify(event)), { 'content-encoding': 'gzip' })).status).toBe(201);
    expect(await query(`MATCH (j:Job {urn: 'urn:polder:job:(polder-test,gzipped)'}) RETURN j.name AS name`)).toEqual([{ name: 'gzipped' }]);
  });

  it('keeps the latest state of runs whose START and COMPLETE arrive at the same time', async () => {
    // Every event also writes the same dataset, so the requests contend for its lock too.
    const event = (runId: string, eventType: string, eventTime: string) => ({
      ...fixture('event_simple.json'),
      eventType,
      eventTime,
      run: { runId },
      job: { namespace: 'polder-test', name: 'concurrent' },
      outputs: [{ namespace: 'polder-test', name: 'shared', facets: { documentation: { description: `${eventType} of ${runId}` } } }],
    });
    const runIds = Array.from({ length: 12 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`);
    const events = runIds.flatMap((runId) => [event(runId, 'COMPLETE', '2024-01-01T00:05:00Z'), event(runId, 'START', '2024-01-01T00:00:00Z')]);
    const statuses = await Promise.all(events.map(async (body) => (await post('/lineage', body)).status));
    expect(statuses).toEqual(events.map(() => 201));
    const states = await query(`UNWIND $urns AS urn MATCH (r:Run {urn: urn}) RETURN r.state AS state, count(*) AS runs`, { urns: runIds.map((id) => `urn:polder:run:${id}`) });
    expect(states).toEqual([{ state: 'COMPLETE', runs: 12 }]);
    // Equal times, different values: the tie-break is by value, the same whatever the order.
    expect(await query(`MATCH (d:Dataset {urn: 'urn:polder:dataset:(openlineage,polder-test,shared)'}) RETURN d.description AS description`)).toEqual([
      { description: `COMPLETE of ${runIds.at(-1)}` },
    ]);
  });

  it('accepts a facet it does not know, and ignores it', async () => {
    const event = { ...fixture('event_simple.json'), run: { runId: '7c1e0b52-3f4a-4d2e-9b6a-1e5c3d7f0a02' }, job: { namespace: 'polder-test', name: 'custom', facets: { acme_deployment: { _producer: 'x', _schemaURL: 'y', cluster: 'blue', replicas: [1, 2] } } } };
    expect((await post('/lineage', event)).status).toBe(201);
    expect(await query(`MATCH (j:Job {urn: 'urn:polder:job:(polder-test,custom)'}) RETURN keys(j) AS keys`)).toEqual([
      { keys: expect.not.arrayContaining(['acme_deployment', 'cluster']) },
    ]);
  });
});

describe('one run, one job, one state', () => {
  const runEvent = (runId: string, eventType: string, job: { namespace?: string; name: string }, eventTime = '2024-03-01T10:00:00Z') => ({
    ...fixture('event_simple.json'),
    eventType,
    eventTime,
    run: { runId },
    job: { namespace: 'polder-test', ...job },
    inputs: [],
    outputs: [{ namespace: 'polder-test', name: `written_by_${job.name}` }],
  });
  const jobsOfRun = (runId: string) =>
    query(`MATCH (r:Run {urn: $urn})-[:RUN_OF]->(j:Job) RETURN j.urn AS job, r.state AS state ORDER BY job`, { urn: `urn:polder:run:${runId}` });
  const messageOf = async (response: Response) => ({ status: response.status, body: await response.json() });

  it('refuses a run already recorded for another job, of its namespace or another, and writes nothing of the request', async () => {
    const runId = '5f2d8c1a-7b3e-4c9d-8e6f-0a1b2c3d4e01';
    expect((await post('/lineage', runEvent(runId, 'START', { name: 'jobA' }))).status).toBe(201);
    const before = await dump();

    const message = (at: string, job: string, namespace: string) =>
      `${at}/run/runId ${runId} is a run of job "jobA" in namespace "polder-test" (recorded already), not of job "${job}" in namespace "${namespace}": one run has one job`;
    expect(await messageOf(await post('/lineage', runEvent(runId, 'COMPLETE', { name: 'jobB' })))).toEqual({
      status: 400,
      body: { code: 400, message: message('', 'jobB', 'polder-test'), errors: [message('', 'jobB', 'polder-test')] },
    });
    expect(await messageOf(await post('/lineage', runEvent(runId, 'COMPLETE', { namespace: 'polder-test-other', name: 'jobA' })))).toEqual({
      status: 400,
      body: { code: 400, message: message('', 'jobA', 'polder-test-other'), errors: [message('', 'jobA', 'polder-test-other')] },
    });
    // In a batch: named by its index, and the batch's valid events are not written either.
    const valid = runEvent('5f2d8c1a-7b3e-4c9d-8e6f-0a1b2c3d4e02', 'COMPLETE', { name: 'jobC' });
    expect(await messageOf(await post('/lineage/batch', [valid, runEvent(runId, 'COMPLETE', { name: 'jobB' })]))).toEqual({
      status: 400,
      body: { code: 400, message: message('/1', 'jobB', 'polder-test'), errors: [message('/1', 'jobB', 'polder-test')] },
    });
    expect(await dump()).toEqual(before);

    // Its own job completes it.
    expect((await post('/lineage', runEvent(runId, 'COMPLETE', { name: 'jobA' }, '2024-03-01T10:05:00Z'))).status).toBe(201);
    expect(await jobsOfRun(runId)).toEqual([{ job: 'urn:polder:job:(polder-test,jobA)', state: 'COMPLETE' }]);
  });

  it('refuses one run given two jobs of one namespace within one request', async () => {
    const runId = '5f2d8c1a-7b3e-4c9d-8e6f-0a1b2c3d4e03';
    const before = await dump();
    const response = await post('/lineage/batch', [runEvent(runId, 'START', { name: 'jobA' }), runEvent(runId, 'COMPLETE', { name: 'jobB' })]);
    const message = `/1/run/runId ${runId} is a run of job "jobA" in namespace "polder-test" (/0), not of job "jobB" in namespace "polder-test": one run has one job`;
    expect(await messageOf(response)).toEqual({ status: 400, body: { code: 400, message, errors: [message] } });
    expect(await dump()).toEqual(before);
  });

  it('gives each run one job when requests that give it two jobs arrive at once', async () => {
    const runIds = Array.from({ length: 8 }, (_, index) => `5f2d8c1a-7b3e-4c9d-8e6f-1a1b2c3d4e${String(index).padStart(2, '0')}`);
    const responses = await Promise.all(
      runIds.flatMap((runId) => [post('/lineage', runEvent(runId, 'START', { name: 'raceA' })), post('/lineage', runEvent(runId, 'COMPLETE', { name: 'raceB' }))]),
    );
    const statuses = responses.map((response) => response.status);
    // Of each pair, one is written and the other refused, whichever came first.
    for (let pair = 0; pair < runIds.length; pair++) expect([statuses[2 * pair], statuses[2 * pair + 1]].sort()).toEqual([201, 400]);
    const jobs = await query(`UNWIND $urns AS urn MATCH (r:Run {urn: urn})-[:RUN_OF]->(j:Job) RETURN urn, count(j) AS jobs`, { urns: runIds.map((id) => `urn:polder:run:${id}`) });
    expect(jobs.map((row) => row.jobs)).toEqual(runIds.map(() => 1));
  });

  it('ends a run whose START and COMPLETE carry the same time COMPLETE, in either order, one by one or in one batch', async () => {
    const at = '2024-03-01T11:00:00Z';
    const ids = ['5f2d8c1a-7b3e-4c9d-8e6f-2a1b2c3d4e01', '5f2d8c1a-7b3e-4c9d-8e6f-2a1b2c3d4e02', '5f2d8c1a-7b3e-4c9d-8e6f-2a1b2c3d4e03'] as const;
    const [forward, backward, batched] = ids;
    const pair = (runId: string) => [runEvent(runId, 'START', { name: 'tied' }, at), runEvent(runId, 'COMPLETE', { name: 'tied' }, at)];
    expect(await postEach(pair(forward))).toEqual([201, 201]);
    expect(await postEach(pair(backward).reverse())).toEqual([201, 201]);
    expect((await post('/lineage/batch', pair(batched))).status).toBe(201);
    // And a FAIL reported at the same time as the COMPLETE: the failure is what shows.
    const failed = '5f2d8c1a-7b3e-4c9d-8e6f-2a1b2c3d4e04';
    expect(await postEach([...pair(failed), runEvent(failed, 'FAIL', { name: 'tied' }, at)])).toEqual([201, 201, 201]);
    const runs = await query(
      `UNWIND $urns AS urn MATCH (r:Run {urn: urn}) RETURN r.runId AS runId, r.state AS state, r.startedAt AS startedAt, r.endedAt AS endedAt ORDER BY runId`,
      { urns: [...ids, failed].map((id) => `urn:polder:run:${id}`) },
    );
    const time = '2024-03-01T11:00:00.000Z';
    expect(runs).toEqual([
      ...ids.map((runId) => ({ runId, state: 'COMPLETE', startedAt: time, endedAt: time })),
      { runId: failed, state: 'FAIL', startedAt: time, endedAt: time },
    ]);
  });
});

describe('bad input leaves the graph untouched', () => {
  const simple = () => fixture('event_simple.json');
  let before: Awaited<ReturnType<typeof dump>>;
  beforeAll(async () => {
    before = await dump();
  });
  const expectUnchanged = async () => expect(await dump()).toEqual(before);

  it('answers 400 to a body that is not JSON, without a stack trace', async () => {
    const response = await post('/lineage', '{"eventType": "START", "eventTime": ');
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toEqual({ code: 400, message: expect.stringMatching(/^The request body is not valid JSON: /) });
    expect(JSON.stringify(body)).not.toMatch(/\n\s+at |node_modules/);
    await expectUnchanged();
  });

  it('answers 400 naming the JSON pointer of a missing field', async () => {
    const event = simple();
    delete event.job.name;
    const response = await post('/lineage', event);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 400, message: '/job/name is required', errors: ['/job/name is required'] });
    await expectUnchanged();
  });

  it('answers 400 to a namespace that carries a password, masks it, and writes none of the batch', async () => {
    const valid = { ...simple(), job: { namespace: 'polder-test', name: 'never-written' } };
    const leaking = simple();
    leaking.inputs[0].namespace = 'postgres://etl:S3cret@db:5432';
    const response = await post('/lineage/batch', [valid, leaking]);
    expect(response.status).toBe(400);
    const message = '/1/inputs/0/namespace must not carry a password: "postgres://etl:***@db:5432"';
    expect(await response.json()).toEqual({ code: 400, message, errors: [message] });
    await expectUnchanged();
    // Not under any provider of this file either: the password would have made a provider of its own.
    expect(await query(`MATCH (n) WHERE any(key IN keys(n) WHERE n[key] IS :: STRING AND n[key] CONTAINS 'S3cret') RETURN n.urn AS urn`)).toEqual([]);
  });

  it('answers 400 to more lineage than one request may carry, before mapping any of it', async () => {
    // 1,000 inputs × 1,000 outputs: 60 kB of JSON, a million edges had it been mapped.
    const event = simple();
    event.inputs = Array.from({ length: 1_000 }, (_, index) => ({ namespace: 'polder-test', name: `wide_in_${index}` }));
    event.outputs = Array.from({ length: 1_000 }, (_, index) => ({ namespace: 'polder-test', name: `wide_out_${index}` }));
    const response = await post('/lineage', event);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toBe(
      "the request's jobs derive 1,000,000 outputs from inputs (each output from each input), over the 100,000 one request may carry: send fewer events per request, or a job's datasets in several events",
    );
    await expectUnchanged();
  });

  it('answers 400, not 500, to one run given jobs of two namespaces', async () => {
    const first = simple();
    const second = { ...simple(), eventType: 'COMPLETE', job: { ...simple().job, namespace: 'polder-test-other' } };
    const response = await post('/lineage/batch', [first, second]);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/^\/1\/run\/runId \S+ is a run of job "[^"]+" in namespace "[^"]+" \(\/0\), not of job "[^"]+" in namespace "polder-test-other": one run has one job$/);
    await expectUnchanged();
  });

  it('answers 413 to an event over 5 MB', async () => {
    const event = simple();
    event.job.facets = { documentation: { description: 'x'.repeat(5.5 * 1024 * 1024) } };
    const response = await post('/lineage', event);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: 413, message: 'The request body is larger than the limit of 5 MB (5242880 bytes); send large batches in several requests' });
    await expectUnchanged();
  });

  it('writes none of a batch with one invalid event, and says which', async () => {
    const valid = { ...simple(), job: { namespace: 'polder-test', name: 'never-written' } };
    const invalid = { ...simple(), run: {} };
    const response = await post('/lineage/batch', [valid, invalid, 'START']);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      code: 400,
      message: '/1/run/runId is required; /2 must be a JSON object',
      errors: ['/1/run/runId is required', '/2 must be a JSON object'],
    });
    await expectUnchanged();
  });

  it('answers 400 to a batch that is not an array, and 415 to a body that is not JSON', async () => {
    const notArray = await post('/lineage/batch', simple());
    expect(await notArray.json()).toEqual({ code: 400, message: 'The batch must be a JSON array of OpenLineage events', errors: ['The batch must be a JSON array of OpenLineage events'] });
    const text = await post('/lineage', JSON.stringify(simple()), { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(await text.json()).toEqual({ code: 415, message: 'Content-Type must be application/json' });
    await expectUnchanged();
  });

  it('answers 405 naming POST to another method, not a 404 that lists the endpoint it asked', async () => {
    const read = await fetch(`${api.url}/api/v1/lineage/batch?x=1`);
    expect({ status: read.status, allow: read.headers.get('allow'), body: await read.json() }).toEqual({
      status: 405,
      allow: 'POST',
      body: { code: 405, message: 'GET /api/v1/lineage/batch is not served: send events with POST' },
    });
  });

  it('answers 503 when the graph cannot be reached', async () => {
    const unreachable = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'x'), { maxTransactionRetryTime: 0, logging: { level: 'error', logger: () => {} } });
    const down = await startApiServer({ ...apiDependencies, driver: unreachable }, { host: '127.0.0.1', port: 0 });
    try {
      // With a token: checking it is the first thing that needs the graph.
      const response = await fetch(`${down.url}/api/v1/lineage`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(simple()) });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ code: 503, message: 'The catalog graph is unavailable right now; try again shortly.' });
    } finally {
      await down.stop();
      await unreachable.close();
    }
  });
});

function rate(label: string, started: number): string {
  const ms = performance.now() - started;
  return `${label} ${Math.round(ms)} ms (${Math.round((foodDelivery.length / ms) * 1000)} events/s)`;
}
