/**
 * The walking skeleton end to end: a real PostgreSQL crawled into real Neo4j,
 * projected into real Meilisearch through the outbox, and served by the
 * GraphQL API over HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { crawlSource } from '@polder/crawlers';
import { checkSearchConsistency, SearchIndexer, startApiServer, type ApiServer } from '@polder/api';
import { connectMeili, createLogger, loadConfig } from '@polder/runtime';
import { polderYamlFile } from '../runtime/src/testing/polderYamlFile.ts';
import { apiSettingsOf } from 'polder';
import { createDatabase, pagilaWithoutPgvector, runSql } from './support/loadPagila.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';
import { deleteCrawledData, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import { graphqlClient, graphqlRequest } from './support/graphqlClient.ts';

const services = testServices();
const driver = testDriver();
const meili = testMeili();
const indexPrefix = 'test_api_';
const { source, env } = testPostgresSource(services.postgres, 'films', 'films', 'rentals');
const ds = (table: string) => `urn:polder:dataset:(postgres,films,films.public.${table})`;
const indexer = new SearchIndexer(driver, meili, { indexPrefix, logger: testLogger });
const apiDependencies = { driver, meili, indexPrefix, logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 }, access: { anonymousRead: true } };
let api: ApiServer;
let query: ReturnType<typeof graphqlClient>;

const SEARCH = `query Search($query: String!, $count: Int) {
  search(input: {query: $query, count: $count}) { total isTotalEstimate count hits { urn type name domain platform subtype matchedFields highlights { field snippet } } }
}`;

const LINEAGE = `query Lineage($input: LineageInput!) {
  lineage(input: $input) { root isPartial nodes { urn name degree domain status } edges { from to transformation } }
}`;

beforeAll(async () => {
  await createDatabase(services.postgres, 'films', pagilaWithoutPgvector());
  await writeTestMesh(driver, source);
  await crawlSource(driver, source, { logger: testLogger, env });
  await indexer.ensureIndex();
  await indexer.drain();
  api = await startApiServer(apiDependencies, { host: '127.0.0.1', port: 0 });
  query = graphqlClient(`${api.url}/graphql`);
});
afterAll(async () => {
  await api?.stop();
  await deleteCrawledData(driver, source);
  await driver.close();
});

describe('search', () => {
  it('finds a table by its name, first', async () => {
    const { data } = await query(SEARCH, { query: 'customer' });
    expect(data!.search.hits[0]).toMatchObject({ urn: ds('customer'), type: 'DATASET', name: 'customer', domain: 'Rentals', platform: 'postgres', subtype: 'TABLE' });
    expect(data!.search.hits[0].matchedFields).toContain('name');
    expect(data!.search.hits[0].highlights).toContainEqual({ field: 'name', snippet: '<mark>customer</mark>' });
  });

  it('leaves partitions out when asked to, as the home page\'s recently updated list does', async () => {
    const PAYMENT = `query ($filters: [AndFilter!]!) { search(input: {query: "payment", count: 100, orFilters: $filters}) { total hits { name } } }`;
    const names = async (filters: unknown[]) => ((await query(PAYMENT, { filters })).data!.search.hits as Array<{ name: string }>).map((hit) => hit.name);
    const every = await names([]);
    // pagila's payment is partitioned by month.
    expect(every).toEqual(expect.arrayContaining(['payment', 'payment_p2022_01', 'payment_p2026_07']));
    const tables = await names([{ and: [{ field: 'partition', values: ['false'] }] }]);
    expect(tables).toContain('payment');
    expect(tables.filter((name) => /^payment_p\d/.test(name))).toEqual([]);
    expect(await names([{ and: [{ field: 'partition', values: ['true'] }] }])).toHaveLength(55);
  });

  it('ranks partitions below the assets that match as well, and finds one by its own name', async () => {
    const SEARCH_100 = `query ($query: String!) { search(input: {query: $query, count: 100}) { hits { name partitionOf { name } } } }`;
    const hits = async (text: string) => (await query(SEARCH_100, { query: text })).data!.search.hits as Array<{ name: string; partitionOf: { name: string } | null }>;
    // Every table with a rental_id column matches "rental" as well as each of payment's 55 monthly
    // partitions does: they came after the partitions, past the first page, and now come before.
    const rental = await hits('rental');
    const firstPartition = rental.findIndex((hit) => hit.partitionOf);
    expect(rental[0]!.name).toBe('rental');
    expect(rental.slice(0, firstPartition).map((hit) => hit.name)).toEqual(expect.arrayContaining(['payment', 'customer', 'inventory', 'staff']));
    expect(rental.slice(firstPartition).every((hit) => hit.partitionOf?.name === 'payment')).toBe(true);
    expect(rental.slice(firstPartition)).toHaveLength(55);
    expect((await hits('payment'))[0]!.name).toBe('payment');
    expect((await hits('payment_p2022_03'))[0]).toEqual({ name: 'payment_p2022_03', partitionOf: { name: 'payment' } });
  });

  it('tolerates a typo, and says what it understood', async () => {
    const { data } = await query(`query ($query: String!) { search(input: {query: $query}) { didYouMean hits { urn } } }`, { query: 'custmer' });
    expect(data!.search.hits[0].urn).toBe(ds('customer'));
    expect(data!.search.didYouMean).toBe('customer');
    const exact = await query(`{ search(input: {query: "customer"}) { didYouMean } }`);
    expect(exact.data!.search.didYouMean).toBeNull();
  });

  it('proposes a correction when a query is too far off to match anything', async () => {
    // Two edits in a six-letter word: beyond Meilisearch's typo budget (one), so nothing matches.
    const { data } = await query(`query ($query: String!) { search(input: {query: $query}) { total didYouMean } }`, { query: 'cstomr adress' });
    expect(data!.search.total).toBe(0);
    expect(data!.search.didYouMean).toBe('customer address');
    const nonsense = await query(`{ search(input: {query: "zzqxv"}) { total didYouMean } }`);
    expect(nonsense.data!.search).toEqual({ total: 0, didYouMean: null });
  });

  it('says which column matched', async () => {
    const { data } = await query(SEARCH, { query: 'original_language_id' });
    expect(data!.search.hits[0]).toMatchObject({ urn: ds('film'), matchedFields: ['column'] });
    expect(data!.search.hits[0].highlights).toContainEqual({ field: 'column', snippet: '<mark>original</mark>_<mark>language</mark>_<mark>id</mark>' });
  });

  it('ranks a deprecated dataset below equally relevant live ones, and says it is deprecated', async () => {
    const PARTITIONS = `{ search(input: {query: "payment_p2022", count: 20}) { hits { name deprecated } } }`;
    const partitions = async () => ((await query(PARTITIONS)).data!.search.hits as Array<{ name: string; deprecated: boolean }>).filter((hit) => hit.name.startsWith('payment_p2022'));
    const before = await partitions();
    expect(before.length).toBeGreaterThan(5);
    expect(before.every((hit) => !hit.deprecated)).toBe(true);
    const first = before[0]!.name;
    const mark = (tags: string[] | null) =>
      driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) SET d.editable_tags = $tags MERGE (o:IndexOutbox {urn: $urn}) SET o.enqueuedAt = timestamp()`, { urn: ds(first), tags });
    try {
      await mark(['Deprecated']);
      await indexer.drain();
      const after = await partitions();
      expect(after).toHaveLength(before.length);
      expect(after.at(-1)).toEqual({ name: first, deprecated: true });
      expect(after.slice(0, -1).every((hit) => !hit.deprecated)).toBe(true);
    } finally {
      await mark(null);
      await indexer.drain();
    }
  });

  it('puts the asset an identifier names first, then every other hit, paged as one list with one set of counts', async () => {
    const PAGE = `query ($start: Int!, $count: Int!) {
      search(input: {query: "public.payment", start: $start, count: $count}) { total hits { urn } facets { field values { value count } } }
    }`;
    const whole = (await query(PAGE, { start: 0, count: 32 })).data!.search;
    expect(whole.hits[0].urn).toBe(ds('payment'));
    expect(whole.hits.length).toBe(32);
    const paged: unknown[] = [];
    for (let start = 0; start < 32; start += 4) paged.push(...(await query(PAGE, { start, count: 4 })).data!.search.hits);
    expect(paged).toEqual(whole.hits);
    const types = whole.facets.find((facet: { field: string }) => facet.field === 'type').values as Array<{ count: number }>;
    expect(types.reduce((sum, value) => sum + value.count, 0)).toBe(whole.total);
  });

  it('browses everything for an empty query', async () => {
    const { data } = await query(SEARCH, { query: '', count: 5 });
    expect(data!.search.count).toBe(5);
    expect(data!.search.total).toBeGreaterThanOrEqual(79);
  });

  it('counts facets over all matching assets', async () => {
    const { data } = await query(`{ search(input: {query: "film", count: 1}) { total facets { field values { value count } } } }`);
    const facets = Object.fromEntries(data!.search.facets.map((facet: { field: string; values: unknown }) => [facet.field, facet.values]));
    expect(facets.domain).toEqual([{ value: 'Rentals', count: data!.search.total }]);
    expect(facets.platform).toEqual([{ value: 'postgres', count: data!.search.total }]);
    expect(Object.keys(facets).sort()).toEqual(['certified', 'domain', 'owner', 'platform', 'tag', 'term', 'type']);
  });

  it('filters with ORed groups of ANDed conditions', async () => {
    const FILTERED = `query ($filters: [AndFilter!]!) { search(input: {query: "film", orFilters: $filters, count: 100}) { total hits { name subtype } } }`;
    const views = await query(FILTERED, { filters: [{ and: [{ field: 'subtype', values: ['VIEW'] }] }] });
    expect(views.data!.search.hits.map((hit: { subtype: string }) => hit.subtype)).toEqual(expect.arrayContaining(['VIEW']));
    expect(new Set(views.data!.search.hits.map((hit: { subtype: string }) => hit.subtype))).toEqual(new Set(['VIEW']));
    const notViews = await query(FILTERED, { filters: [{ and: [{ field: 'subtype', values: ['VIEW'], negated: true }] }] });
    expect(notViews.data!.search.total + views.data!.search.total).toBe((await query(SEARCH, { query: 'film' })).data!.search.total);
  });

  it('treats hostile filter values as values, and names an unknown filter field', async () => {
    const hostile = await query(`query ($v: String!) { search(input: {query: "", orFilters: [{and: [{field: "domain", values: [$v]}]}]}) { total } }`, {
      v: '"] OR status = "REMOVED" OR domain IN ["',
    });
    expect(hostile).toEqual({ data: { search: { total: 0 } } });
    const unknown = await query(`{ search(input: {query: "", orFilters: [{and: [{field: "status", values: ["REMOVED"]}]}]}) { total } }`);
    expect(unknown.errors?.[0]).toMatchObject({ message: expect.stringContaining('unknown filter field "status"'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('sorts by name on request', async () => {
    const { data } = await query(`{ search(input: {query: "film", sort: NAME, count: 100}) { hits { name } } }`);
    const names = data!.search.hits.map((hit: { name: string }) => hit.name);
    expect(names).toEqual([...names].sort());
  });

  it('suggests names while typing', async () => {
    const { data } = await query(`{ autocomplete(input: {query: "cust"}) { urn name } }`);
    expect(data!.autocomplete[0]).toEqual({ urn: ds('customer'), name: 'customer' });
  });

  it('rejects an oversized query with a clear message', async () => {
    const { errors } = await query(SEARCH, { query: 'x'.repeat(10_000) });
    expect(errors).toEqual([expect.objectContaining({ message: 'query is 10000 characters long; the limit is 512', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
  });

  it("drops a removed view from search and from its upstream's neighbours once the outbox is drained", async () => {
    await runSql(services.postgres, 'films', 'DROP VIEW public.sales_by_store');
    await crawlSource(driver, source, { logger: testLogger, env });
    await indexer.drain();
    const { data } = await query(SEARCH, { query: 'sales_by_store' });
    expect(data!.search.hits.map((hit: { urn: string }) => hit.urn)).not.toContain(ds('sales_by_store'));
    const neighbours = await query(`{ dataset(urn: "${ds('store')}") { downstream { total datasets { name } } } }`);
    expect(neighbours.data).toEqual({ dataset: { downstream: { total: 0, datasets: [] } } });
  });

  it('rebuilds the index from the graph and swaps it in, with searches answering throughout', async () => {
    const before = (await query(SEARCH, { query: '' })).data!.search.total;
    let searchesDuringReindex = 0;
    let emptyAnswers = 0;
    const rebuilding = indexer.reindex();
    let done = false;
    void rebuilding.finally(() => (done = true));
    while (!done) {
      const { data } = await query(SEARCH, { query: '' });
      searchesDuringReindex++;
      if (data!.search.total === 0) emptyAnswers++;
    }
    expect(await rebuilding).toBe(before);
    expect(searchesDuringReindex).toBeGreaterThan(0);
    expect(emptyAnswers).toBe(0);
    expect((await query(SEARCH, { query: 'customer' })).data!.search.hits[0].urn).toBe(ds('customer'));
  });

  it('reports where the index and the graph differ', async () => {
    await indexer.drain();
    const clean = await checkSearchConsistency(driver, meili, { indexPrefix });
    expect(clean).toMatchObject({ missingFromIndex: [], notInGraph: [], stale: [], projectionBehind: false });
    // A change the indexer has not seen yet shows as stale until the outbox is drained.
    await driver.executeQuery(`MATCH (d:Dataset {urn: $urn}) SET d.updatedAt = '2099-01-01T00:00:00.000Z'`, { urn: ds('actor') });
    expect((await checkSearchConsistency(driver, meili, { indexPrefix })).stale).toEqual([ds('actor')]);
    await driver.executeQuery(`MERGE (o:IndexOutbox {urn: $urn}) SET o.enqueuedAt = timestamp()`, { urn: ds('actor') });
    await indexer.drain();
    expect((await checkSearchConsistency(driver, meili, { indexPrefix })).stale).toEqual([]);
  });

  it('answers UNAVAILABLE when Meilisearch cannot be reached, while the rest of the API works', async () => {
    const unreachable = await startApiServer({ ...apiDependencies, meili: connectMeili({ url: 'http://127.0.0.1:9', key: 'x' }) }, { host: '127.0.0.1', port: 0 });
    try {
      const client = graphqlClient(`${unreachable.url}/graphql`);
      const { errors } = await client(SEARCH, { query: 'customer' });
      expect(errors?.[0]?.extensions?.code).toBe('UNAVAILABLE');
      const { data } = await client(`{ dataset(urn: "${ds('customer')}") { name } }`);
      expect(data).toEqual({ dataset: { name: 'customer' } });
      const ready = await fetch(`${unreachable.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'not ready', neo4j: 'ok', meilisearch: 'unavailable' });
    } finally {
      await unreachable.stop();
    }
  });
});

describe('dataset', () => {
  const DATASET = `query Dataset($urn: ID!) {
    dataset(urn: $urn) {
      urn type name qualifiedName platform subtype status
      domain { id name } source { id kind lastRunStatus }
      fields { name position dataType nullable isPrimaryKey references { urn name } }
      upstream { total datasets { name } } downstream { total datasets { name } }
    }
  }`;

  it('returns a table with its columns, keys, domain, source and lineage neighbours', async () => {
    const { data, errors } = await query(DATASET, { urn: ds('rental') });
    expect(errors).toBeUndefined();
    const rental = data!.dataset;
    expect(rental).toMatchObject({ urn: ds('rental'), type: 'DATASET', name: 'rental', qualifiedName: 'films.public.rental', platform: 'postgres', subtype: 'TABLE', status: 'ACTIVE' });
    expect(rental.domain).toEqual({ id: 'rentals', name: 'Rentals' });
    expect(rental.source).toEqual({ id: 'films', kind: 'postgres', lastRunStatus: 'SUCCEEDED' });
    expect(rental.fields.map((field: { name: string }) => field.name)).toEqual(['rental_id', 'rental_date', 'inventory_id', 'customer_id', 'return_date', 'staff_id', 'last_update', 'uuid']);
    expect(rental.fields[3]).toEqual({ name: 'customer_id', position: 4, dataType: 'integer', nullable: false, isPrimaryKey: false, references: { urn: `urn:polder:field:(${ds('customer')},customer_id)`, name: 'customer_id' } });
    expect(rental.upstream).toEqual({ total: 0, datasets: [] });
    expect(rental.downstream).toEqual({ total: 2, datasets: [{ name: 'rental_by_category' }, { name: 'sales_by_film_category' }] });
  });

  it('pages the lineage neighbours, two pages of one list in one query, and refuses a bad page', async () => {
    const pages = await graphqlRequest(
      `${api.url}/graphql`,
      `{ dataset(urn: "${ds('rental')}") { first: downstream(limit: 1) { total datasets { name } } second: downstream(limit: 1, offset: 1) { total datasets { name } } past: downstream(offset: 2) { total datasets { name } } } }`,
    );
    expect(pages.body).toEqual({
      data: {
        dataset: {
          first: { total: 2, datasets: [{ name: 'rental_by_category' }] },
          second: { total: 2, datasets: [{ name: 'sales_by_film_category' }] },
          past: { total: 2, datasets: [] },
        },
      },
    });
    // The dataset, then its neighbours: one read for the three pages.
    expect(Number(pages.headers.get('x-polder-graph-queries'))).toBe(2);

    for (const [args, argument] of [['limit: 0', 'limit'], ['limit: 501', 'limit'], ['offset: -1', 'offset']] as const) {
      const { errors } = await query(`{ dataset(urn: "${ds('rental')}") { upstream(${args}) { total } } }`);
      expect(errors?.map((error) => [error.message, error.extensions?.code, error.extensions?.argument])).toEqual([
        [argument === 'limit' ? 'limit must be between 1 and 500' : 'offset must be 0 or more', 'BAD_USER_INPUT', argument],
      ]);
    }
  });

  it('pages the columns, says how many there are, and refuses a bad page', async () => {
    const pages = await graphqlRequest(
      `${api.url}/graphql`,
      `{ dataset(urn: "${ds('rental')}") { fieldCount first: fields(limit: 3) { name position } next: fields(limit: 3, offset: 3) { name } past: fields(offset: 8) { name } every: fields { name } } }`,
    );
    expect(pages.body).toEqual({
      data: {
        dataset: {
          fieldCount: 8,
          first: [{ name: 'rental_id', position: 1 }, { name: 'rental_date', position: 2 }, { name: 'inventory_id', position: 3 }],
          next: [{ name: 'customer_id' }, { name: 'return_date' }, { name: 'staff_id' }],
          past: [],
          every: ['rental_id', 'rental_date', 'inventory_id', 'customer_id', 'return_date', 'staff_id', 'last_update', 'uuid'].map((name) => ({ name })),
        },
      },
    });
    // The dataset, then its columns: one read for the count and the four pages.
    expect(Number(pages.headers.get('x-polder-graph-queries'))).toBe(2);

    for (const [args, message, argument] of [['limit: 0', 'limit must be between 1 and 1000', 'limit'], ['limit: 1001', 'limit must be between 1 and 1000', 'limit'], ['offset: -1', 'offset must be 0 or more', 'offset']] as const) {
      const { errors } = await query(`{ dataset(urn: "${ds('rental')}") { fields(${args}) { name } } }`);
      expect(errors?.map((error) => [error.message, error.extensions?.code, error.extensions?.argument])).toEqual([[message, 'BAD_USER_INPUT', argument]]);
    }
  });

  it("reads a column through its dataset's list exactly as on its own, edited parts included", async () => {
    // The list reads named properties (dataset.service.ts, FIELD_KEYS), a look-up all of them.
    const edited = `urn:polder:field:(${ds('rental')},return_date)`;
    // A description as a crawl writes it, for the duration: the fixture's columns have none.
    const described = `urn:polder:field:(${ds('rental')},rental_date)`;
    await driver.executeQuery(
      `MATCH (f:Field {urn: $urn}) SET f.editable_description = 'When it came back', f.editable_tags = ['ops'], f.editable_version = 3, f.editable_classifications = ['INTERNAL']`,
      { urn: edited },
    );
    await driver.executeQuery(`MATCH (f:Field {urn: $urn}) SET f.description = 'When it went out'`, { urn: described });
    try {
      const FIELD = 'urn type name position dataType nullable description isPrimaryKey version tags classifications';
      const listed = (await query(`query ($urn: ID!) { dataset(urn: $urn) { fields { ${FIELD} } } }`, { urn: ds('rental') })).data!.dataset.fields;
      const alone = (await query(`query ($urns: [ID!]!) { entities(urns: $urns) { ... on Field { ${FIELD} } } }`, { urns: listed.map((field: { urn: string }) => field.urn) })).data!.entities;
      expect(listed).toEqual(alone);
      expect(listed.find((field: { urn: string }) => field.urn === edited)).toMatchObject({ description: 'When it came back', tags: ['ops'], version: 3, classifications: ['INTERNAL'] });
      expect(listed.find((field: { urn: string }) => field.urn === described)).toMatchObject({ description: 'When it went out' });
    } finally {
      await driver.executeQuery(`MATCH (f:Field {urn: $urn}) REMOVE f.description`, { urn: described });
      await driver.executeQuery(
        `MATCH (f:Field {urn: $urn}) REMOVE f.editable_description, f.editable_tags, f.editable_version, f.editable_classifications`,
        { urn: edited },
      );
    }
  });

  it('returns null for an unknown dataset and BAD_USER_INPUT for a malformed URN', async () => {
    expect((await query(DATASET, { urn: ds('nope') })).data).toEqual({ dataset: null });
    const { errors } = await query(DATASET, { urn: "urn:polder:dataset:x') DETACH DELETE n //" });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('entities and the N+1 budget', () => {
  const NESTED = `query ($urns: [ID!]!) {
    entities(urns: $urns) {
      urn type
      ... on Dataset { name domain { name } source { id } fields { name references { name dataset { name domain { name } } } } upstream { datasets { name fields { name } } } downstream { datasets { name } } }
    }
  }`;

  it('resolves entities of any type by URN, in order, null for unknown ones', async () => {
    const urns = [ds('rental'), 'urn:polder:domain:rentals', 'urn:polder:source:films', `urn:polder:field:(${ds('rental')},customer_id)`, ds('nope')];
    const { data } = await query(`query ($urns: [ID!]!) { entities(urns: $urns) { urn type } }`, { urns });
    expect(data!.entities).toEqual([
      { urn: urns[0], type: 'DATASET' },
      { urn: urns[1], type: 'DOMAIN' },
      { urn: urns[2], type: 'SOURCE' },
      { urn: urns[3], type: 'FIELD' },
      null,
    ]);
  });

  it('sends one Cypher query per level of the operation, however long the lists', async () => {
    // Both lists exercise every relation (film_list has upstream datasets, rental has foreign keys).
    const few = [ds('film_list'), ds('rental')];
    const many = ['rental', 'payment', 'customer', 'film', 'inventory', 'staff', 'store', 'address', 'city', 'film_list', 'actor_info', 'customer_list'].map(ds);
    const counts = [];
    for (const urns of [few, many]) {
      const response = await graphqlRequest(`${api.url}/graphql`, NESTED, { urns });
      expect(response.body.errors).toBeUndefined();
      counts.push(Number(response.headers.get('x-polder-graph-queries')));
    }
    // Nesting depth 5 in queries (a page's `datasets` is no query of its own), so at most 1 + 5: entities; their domain, source, fields, upstream and
    // downstream; the fields' references and upstream's fields; the referenced columns' dataset;
    // its domain. 5 for 2 datasets as for 12.
    expect(counts).toEqual([5, 5]);
  });
});

describe('lineage', () => {

  it('walks upstream with degrees and edges from upstream to downstream', async () => {
    const { data } = await query(LINEAGE, { input: { urn: ds('customer_list'), direction: 'UPSTREAM', depth: 1 } });
    const lineage = data!.lineage;
    expect(lineage.isPartial).toBe(false);
    expect(lineage.nodes.map((node: { name: string; degree: number }) => [node.name, node.degree])).toEqual([
      ['customer_list', 0],
      ['address', -1],
      ['city', -1],
      ['country', -1],
      ['customer', -1],
    ]);
    expect(lineage.edges).toContainEqual({ from: ds('customer'), to: ds('customer_list'), transformation: 'VIEW' });
  });

  it('walks from a removed dataset, saying so, and only through active ones past it', async () => {
    // sales_by_store was dropped above; the walk from it reads its status, every asset past it is active.
    const { data } = await query(LINEAGE, { input: { urn: ds('sales_by_store'), direction: 'UPSTREAM', depth: 1 } });
    const [start, ...upstream] = data!.lineage.nodes as Array<{ name: string; status: string }>;
    expect(start).toMatchObject({ name: 'sales_by_store', status: 'REMOVED' });
    expect(new Set(upstream.map((node) => node.status))).toEqual(new Set(['ACTIVE']));
  });

  it('walks downstream several hops', async () => {
    const { data } = await query(LINEAGE, { input: { urn: ds('category'), direction: 'DOWNSTREAM', depth: 3 } });
    expect(data!.lineage.nodes.map((node: { name: string }) => node.name).sort()).toEqual(['actor_info', 'category', 'film_list', 'nicer_but_slower_film_list', 'rental_by_category', 'sales_by_film_category']);
    // A query that gives no depth walks 3 hops too.
    expect((await query(LINEAGE, { input: { urn: ds('category'), direction: 'DOWNSTREAM' } })).data).toEqual(data);
  });

  it("gives each node its domain, and the same edges whether or not the edges' details are asked for", async () => {
    const input = { urn: ds('category'), direction: 'DOWNSTREAM', depth: 3 };
    const ends = (await query(`query ($input: LineageInput!) { lineage(input: $input) { nodes { urn domain } edges { from to } } }`, { input })).data!.lineage;
    const full = (await query(LINEAGE, { input })).data!.lineage;
    expect(ends.nodes.map((node: { domain: string | null }) => node.domain)).toEqual(Array(6).fill('Rentals'));
    expect(full.nodes.map((node: { domain: string | null }) => node.domain)).toEqual(Array(6).fill('Rentals'));
    expect(ends.edges).toContainEqual({ from: ds('category'), to: ds('film_list') });
    expect(ends.edges).toEqual(full.edges.map(({ from, to }: { from: string; to: string }) => ({ from, to })));
  });

  it('counts the impact of a change downstream by domain and owner', async () => {
    const { data } = await query(`{ impact(input: {urn: "${ds('category')}", depth: 3}) { total isPartial byDomain { key count } byProduct { key count } byOwner { key count } } }`);
    expect(data!.impact).toEqual({
      total: 5,
      isPartial: false,
      byDomain: [{ key: 'Rentals', count: 5 }],
      byProduct: [],
      byOwner: [{ key: 'postgres', count: 5 }],
    });
  });

  it('says when the node limit cut the walk', async () => {
    const { data } = await query(LINEAGE, { input: { urn: ds('category'), direction: 'DOWNSTREAM', depth: 3, limit: 3 } });
    expect(data!.lineage.nodes).toHaveLength(3);
    expect(data!.lineage.isPartial).toBe(true);
  });

  it('refuses a depth beyond the cap, and names the argument', async () => {
    const { errors } = await query(LINEAGE, { input: { urn: ds('category'), depth: 50 } });
    expect(errors).toEqual([expect.objectContaining({ message: 'depth must be between 1 and 10', extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'input.depth' }) })]);
  });

  it('answers NOT_FOUND for an unknown dataset', async () => {
    const { errors } = await query(LINEAGE, { input: { urn: ds('nope') } });
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('sources and their run history', () => {
  it('lists the sources and each one\'s runs, newest first, with their counts', async () => {
    const { data, errors } = await query(`{ sources { id kind } source(urn: "urn:polder:source:films") { runs { status startedAt created updated removed error } } }`);
    expect(errors).toBeUndefined();
    expect(data!.sources).toContainEqual({ id: 'films', kind: 'postgres' });
    const runs = data!.source.runs as Array<{ status: string; startedAt: string; created: number; removed: number; error: string | null }>;
    expect(runs.map((run) => run.status)).toEqual(runs.map(() => 'SUCCEEDED'));
    expect(runs.map((run) => run.startedAt)).toEqual([...runs.map((run) => run.startedAt)].sort().reverse());
    // The first crawl created everything; a later one removed the dropped view.
    expect(runs.at(-1)!.created).toBeGreaterThan(0);
    expect(runs.some((run) => run.removed > 0)).toBe(true);
  });
});

describe('datasets', () => {
  const LIST = `query ($input: DatasetsInput) { datasets(input: $input) { total endCursor datasets { urn domain { id } } } }`;

  it('pages through every active dataset in URN order, each once, and says when the last page came', async () => {
    const { records } = await driver.executeQuery(`MATCH (d:Dataset {status: 'ACTIVE'}) RETURN d.urn AS urn ORDER BY urn`);
    const expected = records.map((record) => record.get('urn') as string);
    expect(expected.length).toBeGreaterThan(20);
    const listed: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const { data, errors }: { data?: Record<string, any> | null; errors?: unknown } = await query(LIST, { input: { limit: 7, after } });
      expect(errors).toBeUndefined();
      expect(data!.datasets.total).toBe(expected.length);
      listed.push(...data!.datasets.datasets.map((dataset: { urn: string }) => dataset.urn));
      after = data!.datasets.endCursor;
      pages++;
    } while (after !== null && pages < 100);
    expect(listed).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 7));
  });

  it("lists one domain's, refuses an unknown one, a page out of range and a cursor that is none, and answers a cursor past the end with nothing", async () => {
    const rentals = await query(LIST, { input: { domain: 'rentals', limit: 1000 } });
    expect(rentals.data!.datasets.datasets.map((dataset: { domain: { id: string } }) => dataset.domain.id)).toEqual(rentals.data!.datasets.datasets.map(() => 'rentals'));
    expect(rentals.data!.datasets.datasets.map((dataset: { urn: string }) => dataset.urn)).toContain(ds('customer'));
    expect((await query(LIST, { input: { domain: 'rental' } })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'input.domain' });
    expect((await query(LIST, { input: { limit: 1001 } })).errors?.[0]).toMatchObject({ message: 'limit must be between 1 and 1000', extensions: { code: 'BAD_USER_INPUT', argument: 'input.limit' } });
    expect((await query(LIST, { input: { after: 'urn:polder:dataset:(zzz,zzz,zzz)' } })).data!.datasets).toMatchObject({ datasets: [], endCursor: null });
    expect((await query(LIST, { input: { after: 'garbage' } })).errors?.[0]).toMatchObject({
      message: 'after: "garbage" is not a dataset URN',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.after' },
    });
  });

  it('is where search sends a tool that pages past the hits search reaches', async () => {
    const { errors } = await query(`{ search(input: {query: "", start: 9990, count: 20}) { total } }`);
    expect(errors?.[0]).toMatchObject({
      message: 'start must be between 0 and 9980: search pages reach its first 10,000 hits (`datasets` lists every dataset)',
      extensions: { code: 'BAD_USER_INPUT', argument: 'input.start' },
    });
  });
});

describe('limits', () => {
  it('refuses an operation nested too deep, before touching the graph', async () => {
    const deep = `{ dataset(urn: "${ds('rental')}") { ${'downstream { datasets { '.repeat(6)}name${' } }'.repeat(6)} } }`;
    const response = await graphqlRequest(`${api.url}/graphql`, deep);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { message: 'the operation is nested 14 levels deep; the limit is 12', locations: [{ line: 1, column: 1 }], extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });

  it('answers the standard introspection query that GraphiQL and code generators send', async () => {
    const response = await graphqlRequest(`${api.url}/graphql`, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(response.body.errors).toBeUndefined();
    const types = (response.body.data!.__schema as { types: Array<{ name: string }> }).types.map((type) => type.name);
    expect(types).toEqual(expect.arrayContaining(['Dataset', 'LineageResult', 'GlossaryTerm']));
  });

  it("answers an operation it cannot run as the caller's invalid request (400), saying why, not as an internal error", async () => {
    const subscription = await graphqlRequest(`${api.url}/graphql`, 'subscription { dataset }');
    expect({ status: subscription.status, errors: subscription.body.errors }).toEqual({
      status: 400,
      errors: [{ message: 'this API has no subscriptions: it answers queries and mutations', locations: [{ line: 1, column: 1 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
    const several = await graphqlRequest(`${api.url}/graphql`, 'query A { __typename } query B { __typename }');
    expect({ status: several.status, errors: several.body.errors }).toEqual({
      status: 400,
      errors: [{ message: 'Must provide operation name if query contains multiple operations.', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }],
    });
  });

  it("logs the caller's mistakes that Apollo refuses (no query, an unknown operation, a mutation by GET) as nobody's error", async () => {
    const logged: Array<{ level: number; msg: string }> = [];
    const recorded = await startApiServer(
      { ...apiDependencies, logger: createLogger('api', 'info', { write: (line: string) => void logged.push(JSON.parse(line)) }) },
      { host: '127.0.0.1', port: 0 },
    );
    try {
      const post = (body: unknown) => fetch(`${recorded.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const answers = [
        await post({ query: '' }),
        await post({ query: 'query A { __typename }', operationName: 'B' }),
        await fetch(`${recorded.url}/graphql?query=${encodeURIComponent('mutation { __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } }),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([400, 400, 405]);
      expect(logged.filter((line) => line.level >= 50)).toEqual([]);
    } finally {
      await recorded.stop();
    }
  });

  it('refuses an operation whose answer may be too large, counting its page sizes, variables included, before touching the graph', async () => {
    const levels = (n: number) => `query ($page: Int!) { dataset(urn: "${ds('rental')}") { ${'downstream(limit: $page) { datasets { '.repeat(n)}name${' } }'.repeat(n)} } }`;
    const refused = await graphqlRequest(`${api.url}/graphql`, levels(3), { page: 500 });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      {
        message: 'the operation may return 375,501,001 values, counting each list at its page size; the limit is 3,000,000: ask for smaller pages or fewer nested lists',
        extensions: { code: 'BAD_USER_INPUT', cost: 375_501_001, maxCost: 3_000_000 },
      },
    ]);
    expect(refused.headers.get('x-polder-graph-queries')).toBe('0');
    // The same operation with pages of 50 asks for 380,101 values at most, and runs.
    const smaller = await graphqlRequest(`${api.url}/graphql`, levels(3), { page: 50 });
    expect(smaller.body.errors).toBeUndefined();
    expect(smaller.body.data!.dataset.downstream.datasets.length).toBeGreaterThan(0);
    // A page size its variable leaves null is bad input, said as such (execution would only fail on it as an internal error).
    const unfilled = await graphqlRequest(`${api.url}/graphql`, `query ($page: Int) { dataset(urn: "${ds('rental')}") { fields(limit: $page) { name } } }`, { page: null });
    expect(unfilled.status).toBe(400);
    expect(unfilled.body.errors).toEqual([
      { message: 'Argument "limit" of non-null type "Int!" must not be null.', locations: [{ line: 1, column: 110 }], extensions: { code: 'BAD_USER_INPUT' } },
    ]);
  });

  it('refuses text holding half a surrogate pair, which JSON may escape but is no character, saying which variable', async () => {
    const search = await graphqlRequest(`${api.url}/graphql`, 'query ($q: String!) { search(input: {query: $q}) { total } }', { q: 'cust\uD800omer' });
    expect({ status: search.status, errors: search.body.errors }).toEqual({
      status: 400,
      errors: [{ message: '$q: U+D800 at character 5 is half of a UTF-16 surrogate pair, not a character: send whole characters', extensions: { code: 'BAD_USER_INPUT', variable: 'q' } }],
    });
    // A whole character made of a pair is text like any other.
    const paired = await graphqlRequest(`${api.url}/graphql`, 'query ($q: String!) { search(input: {query: $q}) { total } }', { q: 'customer 😀' });
    expect(paired.body.errors).toBeUndefined();
  });

  it('refuses alias abuse', async () => {
    const aliases = Array.from({ length: 31 }, (_, index) => `a${index}: dataset(urn: "${ds('rental')}") { name }`).join(' ');
    const { errors } = await query(`{ ${aliases} }`);
    expect(errors).toEqual([{ message: 'the operation uses 31 aliases; the limit is 30', locations: [{ line: 1, column: 1 }], extensions: { code: 'BAD_USER_INPUT' } }]);
  });

  it('refuses a request body over 1 MB with 413', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: 'request body is larger than the 1mb limit', extensions: { code: 'BAD_USER_INPUT' } }] });
  });

  it('lets no cache keep an answer, which depends on who asked, nor a browser sniff one into a page', async () => {
    const answered = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    const missing = await fetch(`${api.url}/graphq1`);
    for (const response of [answered, missing]) {
      expect({ cache: response.headers.get('cache-control'), sniff: response.headers.get('x-content-type-options') }).toEqual({ cache: 'no-store', sniff: 'nosniff' });
    }
  });

  it('answers a path it does not serve with a JSON 404 that says where the API is', async () => {
    const response = await fetch(`${api.url}/graphq1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      errors: [{ message: 'no such endpoint: POST /graphq1 (the API answers at /graphql, /api/v1/lineage, /healthz and /readyz)', extensions: { code: 'NOT_FOUND' } }],
    });
  });

  it('answers malformed JSON with 400 and a message, not a stack trace', async () => {
    const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ message: string }> };
    expect(body.errors[0]!.message).toMatch(/^request body is not valid JSON/);
    expect(JSON.stringify(body)).not.toMatch(/\bat .+\.js:\d+/);
  });

  it("enforces the caps polder.yaml and env set, and tells anyone what they are, signed in or not", async () => {
    const file = polderYamlFile('api:\n  lineage: { maxDepth: 2 }\n  glossary: { walkCap: 7 }\n  operations: { maxDepth: 8, maxAliases: 6 }\n');
    const config = loadConfig({ file, env: { POLDER_API_LINEAGE_MAX_NODES: '3', POLDER_API_MAX_COST: '2000000' } });
    const capped = await startApiServer({ ...apiDependencies, ...apiSettingsOf(config) }, { host: '127.0.0.1', port: 0 });
    try {
      // Anonymous reading is off (polder.yaml does not turn it on), and the caps are still readable.
      const anonymous = graphqlClient(`${capped.url}/graphql`);
      expect(await anonymous('{ limits { lineage { maxDepth maxNodes } glossaryWalkCap operations { maxDepth maxFields maxAliases maxCost } } }')).toEqual({
        data: { limits: { lineage: { maxDepth: 2, maxNodes: 3 }, glossaryWalkCap: 7, operations: { maxDepth: 8, maxFields: 1_000, maxAliases: 6, maxCost: 2_000_000 } } },
      });
      expect((await anonymous(`{ dataset(urn: "${ds('rental')}") { name } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      // The same caps with anonymous reading on, to walk and query.
      const asReader = await startApiServer({ ...apiDependencies, ...apiSettingsOf(config), access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
      try {
        const read = graphqlClient(`${asReader.url}/graphql`);
        expect((await read(LINEAGE, { input: { urn: ds('category'), depth: 3 } })).errors?.[0]).toMatchObject({ message: 'depth must be between 1 and 2', extensions: { argument: 'input.depth' } });
        // A walk or an impact query that gives no depth takes its default (3, 5) only within the cap: 2 hops here.
        const byDefault = await read(`{ lineage(input: {urn: "${ds('category')}", direction: DOWNSTREAM}) { nodes { degree } } impact(input: {urn: "${ds('category')}"}) { total } }`);
        expect(byDefault.errors).toBeUndefined();
        expect(byDefault.data!.impact.total).toBeGreaterThan(0);
        // Without a limit, the walk takes the configured node cap, and says it was cut.
        const walk = await read(LINEAGE, { input: { urn: ds('category'), direction: 'DOWNSTREAM', depth: 2 } });
        expect(walk.data!.lineage.nodes).toHaveLength(3);
        expect(walk.data!.lineage.isPartial).toBe(true);
        expect((await read(LINEAGE, { input: { urn: ds('category'), depth: 1, limit: 4 } })).errors?.[0]?.message).toBe('limit must be between 1 and 3');
        const deep = `{ dataset(urn: "${ds('rental')}") { ${'downstream { datasets { '.repeat(4)}name${' } }'.repeat(4)} } }`;
        expect((await read(deep)).errors?.[0]?.message).toBe('the operation is nested 10 levels deep; the limit is 8');
        const aliases = Array.from({ length: 7 }, (_, index) => `a${index}: dataset(urn: "${ds('rental')}") { name }`).join(' ');
        expect((await read(`{ ${aliases} }`)).errors?.[0]?.message).toBe('the operation uses 7 aliases; the limit is 6');
        const pages = `{ dataset(urn: "${ds('rental')}") { downstream(limit: 500) { datasets { downstream(limit: 500) { datasets { fields(limit: 10) { name } } } } } } }`;
        expect((await read(pages)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxCost: 2_000_000 });
      } finally {
        await asReader.stop();
      }
    } finally {
      await capped.stop();
    }
  });

  it('turns introspection off when configured', async () => {
    const closed = await startApiServer({ ...apiDependencies, introspection: false }, { host: '127.0.0.1', port: 0 });
    try {
      const { errors } = await graphqlClient(`${closed.url}/graphql`)('{ __schema { types { name } } }');
      expect(errors?.[0]?.message).toContain('introspection');
    } finally {
      await closed.stop();
    }
  });
});

describe('health', () => {
  it('is live and ready when Neo4j and Meilisearch answer', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(await ready.json()).toEqual({ status: 'ready', neo4j: 'ok', meilisearch: 'ok' });
  });
});
