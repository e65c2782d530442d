/**
 * OpenLineage pushed into crawled stores, end to end: a PostgreSQL source per domain (Rentals,
 * Finance), crawled, and events naming their tables as producers name them (`postgres://host:port`
 * + `database.schema.table`), among them tables the crawler has not seen yet. What such an event
 * may change is the source's domain's to say, and what it states about the table's columns lands
 * until the crawl describes them. A table the source excludes is left out of pushed lineage as
 * it is out of the crawl.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSource, lineageNamespace } from '@polder/crawlers';
import { AccessService, AccountService, DEFAULT_ACCESS_SETTINGS, startApiServer, type ApiServer } from '@polder/api';
import { deleteCrawledData, testPostgresSource, writeTestMesh } from './support/crawlFixture.ts';
import { graphqlClient } from './support/graphqlClient.ts';
import { createDatabase, runSql } from './support/loadPagila.ts';
import { testDriver, testLogger, testMeili, testServices } from './support/services.ts';

type Json = Record<string, any>;
const services = testServices();
const driver = testDriver();
const rentalsSource = testPostgresSource(services.postgres, 'olcs-rentals', 'olcs_rentals', 'olcs-rentals');
/** Its scratch tables are none of the catalog's. */
const rentals = { ...rentalsSource, source: { ...rentalsSource.source, exclude: ['*.tmp_*'] } };
const finance = testPostgresSource(services.postgres, 'olcs-finance', 'olcs_finance', 'olcs-finance');
const SOURCES = [rentals, finance];
const NAMESPACE = lineageNamespace('postgres', services.postgres.host, services.postgres.port);
/** The jobs' namespace, and the providers of this file's pushed facts (the jobs', and the edges written from the stores' namespace). */
const JOBS = 'olcs-jobs';
const PUSHED = [`openlineage:${JOBS}`, `openlineage:${NAMESPACE}`];
const PASSWORD = 'a long enough password';
const ACCOUNTS = [
  { username: 'olcs-admin', roles: ['ADMIN'] },
  { username: 'olcs-finance-owner', roles: ['DOMAIN_OWNER'], domains: ['olcs-finance'] },
];
const rentalsDataset = (name: string) => `urn:polder:dataset:(postgres,olcs-rentals,olcs_rentals.${name})`;
const financeDataset = (name: string) => `urn:polder:dataset:(postgres,olcs-finance,olcs_finance.${name})`;
const INVOICE = financeDataset('billing.invoice');

let api: ApiServer;
const tokens: Record<string, string> = {};

const event = (runId: string, job: string, body: Json = {}) => ({
  eventType: 'COMPLETE',
  eventTime: '2026-11-30T10:00:00.000Z',
  producer: 'https://polder.invalid/olcs',
  schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
  run: { runId },
  job: { namespace: JOBS, name: job },
  inputs: [],
  outputs: [],
  ...body,
});
const table = (name: string, facets: Json = {}) => ({ namespace: NAMESPACE, name, ...(Object.keys(facets).length > 0 ? { facets } : {}) });

async function push(username: string, body: unknown): Promise<{ status: number; body: Json | null }> {
  const response = await fetch(`${api.url}/api/v1/lineage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[username]}` },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? null : (JSON.parse(text) as Json) };
}

async function query<T = Json>(cypher: string, params: Json = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}

async function deletePushed(): Promise<void> {
  await driver.executeQuery(`MATCH (n:Entity) WHERE n.provider IN $providers DETACH DELETE n`, { providers: PUSHED });
  // Datasets and columns an event named before any crawl are the crawler's provider's: deleteCrawledData takes them.
}

const deleteAccounts = () =>
  driver.executeQuery(`MATCH (a:Account) WHERE a.username IN $usernames OPTIONAL MATCH (t)-[:ISSUED_TO]->(a) DETACH DELETE t, a`, { usernames: ACCOUNTS.map((a) => a.username) });

beforeAll(async () => {
  await deletePushed();
  await createDatabase(services.postgres, 'olcs_rentals', `CREATE SCHEMA reporting; CREATE TABLE reporting.rental_revenue (rental_id integer PRIMARY KEY, amount numeric(10,2)); CREATE TABLE reporting.tmp_rental_load (rental_id integer, amount numeric(10,2));`);
  await createDatabase(services.postgres, 'olcs_finance', `CREATE SCHEMA billing; CREATE TABLE billing.invoice (invoice_id integer PRIMARY KEY, rental_id integer, amount numeric(10,2));`);
  for (const { source, env } of SOURCES) {
    await deleteCrawledData(driver, source);
    await writeTestMesh(driver, source);
    await crawlSource(driver, source, { logger: testLogger, env });
  }
  await deleteAccounts();
  const accounts = new AccountService(driver);
  const access = new AccessService(driver, DEFAULT_ACCESS_SETTINGS);
  for (const account of ACCOUNTS) {
    await accounts.create({ ...account, password: PASSWORD });
    tokens[account.username] = (await access.issueApiToken(account.username, { name: 'olcs', scopes: ['WRITE'], expiresInDays: 1 }, ['WRITE'])).secret;
  }
  api = await startApiServer({ driver, meili: testMeili(), indexPrefix: 'test_olcs_', logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 }, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await api?.stop();
  await deleteAccounts();
  await deletePushed();
  for (const { source } of SOURCES) await deleteCrawledData(driver, source);
  await driver.close();
});

const refusedDatasets = (username: string, urns: string[]) =>
  `${username} may not push lineage that writes to, derives or asserts on datasets of domains they do not own (${urns.join(', ')}): only those domains' owners and admins may. Nothing was written.`;
const nodesNamed = (fragment: string) => query(`MATCH (n:Entity) WHERE n.urn CONTAINS $fragment RETURN n.urn AS urn ORDER BY urn`, { fragment });

describe("pushing into a crawled store's table the crawler has not read yet", () => {
  it("refuses it to whoever may not write to the source's domain, as for a crawled table, and writes nothing", async () => {
    const walkIn = event('00000000-0000-4000-8000-00000000c101', 'walk_fin_into_rentals', {
      inputs: [table('olcs_finance.billing.invoice')],
      outputs: [table('olcs_rentals.reporting.walk_fin_into_rentals')],
    });
    expect(await push('olcs-finance-owner', walkIn)).toEqual({ status: 403, body: { code: 403, message: refusedDatasets('olcs-finance-owner', [rentalsDataset('reporting.walk_fin_into_rentals')]) } });
    // Its crawled tables are refused the same way.
    const crawled = event('00000000-0000-4000-8000-00000000c102', 'walk_fin_into_rentals', { outputs: [table('olcs_rentals.reporting.rental_revenue')] });
    expect(await push('olcs-finance-owner', crawled)).toEqual({ status: 403, body: { code: 403, message: refusedDatasets('olcs-finance-owner', [rentalsDataset('reporting.rental_revenue')]) } });
    expect(await nodesNamed('walk_fin_into_rentals')).toEqual([]);

    // The owner's own domain's table, not crawled yet either, is theirs to write.
    const own = event('00000000-0000-4000-8000-00000000c103', 'load_invoice_summary', { inputs: [table('olcs_rentals.reporting.rental_revenue')], outputs: [table('olcs_finance.billing.invoice_summary')] });
    expect(await push('olcs-finance-owner', own)).toEqual({ status: 201, body: null });
    expect(await nodesNamed('invoice_summary')).toEqual([{ urn: financeDataset('billing.invoice_summary') }, { urn: `urn:polder:job:(${JOBS},load_invoice_summary)` }]);
  });

  it("refuses runs of a job that writes such a table to whoever may not write to the source's domain", async () => {
    const loader = (runId: string, outputs: Json[] = []) => event(runId, 'rentals_loader', { outputs });
    expect(await push('olcs-admin', loader('00000000-0000-4000-8000-00000000c201', [table('olcs_rentals.reporting.pending')]))).toEqual({ status: 201, body: null });
    const job = `urn:polder:job:(${JOBS},rentals_loader)`;
    expect(await push('olcs-finance-owner', { ...loader('00000000-0000-4000-8000-00000000c202'), eventType: 'FAIL' })).toEqual({
      status: 403,
      body: { code: 403, message: `olcs-finance-owner may not push runs of jobs that write to datasets of domains they do not own (${job}): only those domains' owners and admins may. Nothing was written.` },
    });
    expect(await query(`MATCH (r:Run)-[:RUN_OF]->(:Job {urn: $job}) RETURN r.runId AS runId`, { job })).toEqual([{ runId: '00000000-0000-4000-8000-00000000c201' }]);
  });

  it("writes the event's schema and column lineage on the columns the crawl will find, and the crawl replaces the schema", async () => {
    const report = rentalsDataset('reporting.invoiced_revenue');
    const column = (name: string) => `urn:polder:field:(${report},${name})`;
    const schema = (types: [string, string][]) => ({ _producer: 'p', _schemaURL: 's', fields: types.map(([name, type]) => ({ name, type, description: `${name}, as the job writes it` })) });
    const columnLineage = {
      _producer: 'p',
      _schemaURL: 's',
      fields: { total: { inputFields: [{ namespace: NAMESPACE, name: 'olcs_finance.billing.invoice', field: 'amount', transformations: [{ type: 'DIRECT', subtype: 'AGGREGATION' }] }] } },
    };
    const load = (runId: string, types: [string, string][]) =>
      event(runId, 'load_invoiced_revenue', { inputs: [table('olcs_finance.billing.invoice')], outputs: [table('olcs_rentals.reporting.invoiced_revenue', { schema: schema(types), columnLineage })] });
    expect(await push('olcs-admin', load('00000000-0000-4000-8000-00000000c301', [['rental_id', 'INTEGER'], ['total', 'DECIMAL'], ['note', 'TEXT']]))).toEqual({ status: 201, body: null });

    const graphql = graphqlClient(`${api.url}/graphql`);
    const fields = async () => {
      const { data, errors } = await graphql(`{ dataset(urn: "${report}") { fields { name position dataType nullable description } } }`);
      expect(errors).toBeUndefined();
      return data!.dataset.fields;
    };
    const lineageOfTotal = () =>
      query(`MATCH (:Field {urn: $from})-[r:DERIVES_FROM]->(to:Field) RETURN to.urn AS to, r.transformation AS transformation, r.job AS job`, { from: column('total') });
    const expectedLineage = [{ to: `urn:polder:field:(${INVOICE},amount)`, transformation: 'DIRECT/AGGREGATION', job: `urn:polder:job:(${JOBS},load_invoiced_revenue)` }];
    expect(await fields()).toEqual([
      { name: 'rental_id', position: 1, dataType: 'INTEGER', nullable: true, description: 'rental_id, as the job writes it' },
      { name: 'total', position: 2, dataType: 'DECIMAL', nullable: true, description: 'total, as the job writes it' },
      { name: 'note', position: 3, dataType: 'TEXT', nullable: true, description: 'note, as the job writes it' },
    ]);
    expect(await lineageOfTotal()).toEqual(expectedLineage);

    // The table, as it turns out: no note, a key. The crawl says what its columns are.
    await runSql(services.postgres, 'olcs_rentals', `CREATE TABLE reporting.invoiced_revenue (rental_id integer PRIMARY KEY, total numeric(12,2) NOT NULL)`);
    await crawlSource(driver, rentals.source, { logger: testLogger, env: rentals.env });
    const crawledFields = [
      { name: 'rental_id', position: 1, dataType: 'integer', nullable: false, description: null },
      { name: 'total', position: 2, dataType: 'numeric(12,2)', nullable: false, description: null },
    ];
    expect(await fields()).toEqual(crawledFields);
    expect(await query(`MATCH (f:Field {urn: $urn}) RETURN f.status AS status`, { urn: column('note') })).toEqual([{ status: 'REMOVED' }]);
    expect(await lineageOfTotal()).toEqual(expectedLineage);

    // Crawled now: a later event's schema no longer describes it, its column lineage still lands.
    expect(await push('olcs-admin', load('00000000-0000-4000-8000-00000000c302', [['rental_id', 'BIGINT'], ['total', 'FLOAT']]))).toEqual({ status: 201, body: null });
    expect(await fields()).toEqual(crawledFields);
    expect(await lineageOfTotal()).toEqual(expectedLineage);
  });
});

describe('pushing lineage that names a table its crawled source excludes', () => {
  it('writes the rest of the lineage, leaves that table out and says so, and a crawl changes nothing about it', async () => {
    const job = `urn:polder:job:(${JOBS},load_rental_revenue)`;
    const revenue = rentalsDataset('reporting.rental_revenue');
    const amountOf = (dataset: string) => `urn:polder:field:(${dataset},amount)`;
    const columnLineage = {
      _producer: 'p',
      _schemaURL: 's',
      fields: {
        amount: {
          inputFields: [
            { namespace: NAMESPACE, name: 'olcs_rentals.reporting.tmp_rental_load', field: 'amount', transformations: [] },
            { namespace: NAMESPACE, name: 'olcs_finance.billing.invoice', field: 'amount', transformations: [] },
          ],
        },
      },
    };
    const load = event('00000000-0000-4000-8000-00000000c401', 'load_rental_revenue', {
      inputs: [table('olcs_rentals.reporting.tmp_rental_load'), table('olcs_finance.billing.invoice')],
      outputs: [table('olcs_rentals.reporting.rental_revenue', { columnLineage })],
    });
    const leftOut = `"olcs_rentals.reporting.tmp_rental_load" in namespace "${NAMESPACE}" is left out: source olcs-rentals crawls its database but its include/exclude leave the table out of the catalog, so no lineage to or from it is written`;
    expect(await push('olcs-admin', load)).toEqual({ status: 201, body: { message: `Written, except: ${leftOut}`, warnings: [leftOut] } });

    const lineage = () =>
      query(`MATCH (from:Entity)-[r:READS|WRITES|DERIVES_FROM]->(to:Entity) WHERE from.urn IN $froms RETURN type(r) AS type, from.urn AS from, to.urn AS to ORDER BY type, from, to`, {
        froms: [job, revenue, amountOf(revenue)],
      });
    const expectedLineage = [
      { type: 'DERIVES_FROM', from: revenue, to: INVOICE },
      { type: 'DERIVES_FROM', from: amountOf(revenue), to: amountOf(INVOICE) },
      { type: 'READS', from: job, to: INVOICE },
      { type: 'WRITES', from: job, to: revenue },
    ];
    expect(await lineage()).toEqual(expectedLineage);
    expect(await nodesNamed('tmp_rental_load')).toEqual([]);

    // The crawl leaves it out too: nothing to remove, nothing to add.
    await crawlSource(driver, rentals.source, { logger: testLogger, env: rentals.env });
    expect(await nodesNamed('tmp_rental_load')).toEqual([]);
    expect(await lineage()).toEqual(expectedLineage);
  });
});
