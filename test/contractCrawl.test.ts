/**
 * The data contract crawler end to end: bitol-io's ODCS v3 example contracts
 * (test/fixtures/contracts/odcs) crawled into real Neo4j. What lands in the
 * graph, and the rules of a run: idempotent, and an invalid contract fails the
 * run with every violation listed and changes nothing.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchIndexer, startApiServer } from '@polder/api';
import { crawlSource, CrawlFailedError } from '@polder/crawlers';
import type { SourceConfig } from '@polder/runtime';
import { deleteCrawledData, writeTestMesh } from './support/crawlFixture.ts';
import { graphqlClient } from './support/graphqlClient.ts';
import { testDriver, testLogger, testMeili } from './support/services.ts';

const CONTRACTS = fileURLToPath(new URL('./fixtures/contracts/odcs/', import.meta.url));
const driver = testDriver();
const source: SourceConfig = { id: 'odcs-examples', kind: 'contract', domain: 'sellers', path: CONTRACTS, include: [], exclude: [] };
// A contract read from a single file, in a domain of its own: it shares its id with the full example.
const fileSource: SourceConfig = { ...source, id: 'odcs-quality', domain: 'air-quality', path: join(CONTRACTS, 'quality', 'quality--column-custom.odcs.yaml') };
const crawl = (config: SourceConfig = source) => crawlSource(driver, config, { logger: testLogger });

const FULL_EXAMPLE = '53581432-6c55-4ba2-a65f-72344a91553a';
const product = (id: string) => `urn:polder:dataProduct:(sellers,${id})`;
const ds = (contract: string, object: string) => `urn:polder:dataset:(contract,odcs-examples,${contract},${object})`;
const fd = (dataset: string, column: string) => `urn:polder:field:(${dataset},${column})`;
const check = (target: string, key: string) => `urn:polder:qualityCheck:(${target},${key})`;

const temporaryDirs: string[] = [];
/** A directory of contracts: fixtures copied by name, or written as text. */
function contractDir(files: Record<string, string | { copyOf: string }>): string {
  const dir = mkdtempSync(join(tmpdir(), 'polder-contracts-'));
  temporaryDirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    if (typeof content === 'string') writeFileSync(join(dir, name), content);
    else copyFileSync(join(CONTRACTS, content.copyOf), join(dir, name));
  }
  return dir;
}

async function rows<T = Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => record.toObject() as T);
}
const everythingCrawled = () =>
  rows(`MATCH (n:Entity {provider: 'contract:odcs-examples'}) RETURN n.urn AS urn, n.status AS status, n.updatedAt AS updatedAt, n.contentHash AS hash ORDER BY urn`);

beforeAll(async () => {
  await writeTestMesh(driver, source);
  await writeTestMesh(driver, fileSource);
});
afterAll(async () => {
  await deleteCrawledData(driver, source);
  await deleteCrawledData(driver, fileSource);
  await driver.close();
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('crawling a directory of ODCS contracts', () => {
  it('lands a data product per contract, in the source’s domain', async () => {
    const result = await crawl();
    expect(result.stats).toEqual({ contracts: 5, datasets: 6, fields: 15, qualityChecks: 2 });
    expect(result.warnings).toEqual([]);
    const products = await rows(
      `MATCH (p:DataProduct {provider: 'contract:odcs-examples'})-[:IN_DOMAIN]->(:Domain {id: 'sellers'})
       RETURN p.urn AS urn, p.name AS name, p.contractStatus AS status, p.contractVersion AS version, p.apiVersion AS apiVersion,
              p.contractDomain AS contractDomain, p.team AS team, p.owners AS owners, p.freshnessSloSeconds AS freshnessSloSeconds, p.path AS path
       ORDER BY p.path`,
    );
    const example = { contractDomain: null, team: null, owners: null, freshnessSloSeconds: null };
    expect(products).toEqual([
      {
        urn: product(FULL_EXAMPLE),
        name: 'my quantum',
        status: 'active',
        version: '1.1.0',
        apiVersion: 'v3.1.0',
        contractDomain: 'seller',
        team: 'my-team',
        owners: ['mhopper', 'daustin'],
        freshnessSloSeconds: 345_600,
        path: 'all--full-example.odcs.yaml',
      },
      { ...example, urn: product('orders'), name: 'Orders Event Stream', status: 'development', version: '0.0.1', apiVersion: 'v3.0.2', path: 'schema--kafka-schema.odcs.yaml' },
      { ...example, urn: product('53581432-6c55-4ba2-a65f-72344a91553b'), name: 'my_table', status: 'active', version: '1.0.0', apiVersion: 'v3.0.2', path: 'schema--table-column.odcs.yaml' },
      {
        ...example,
        urn: product('53581432-6c55-4ba2-a65f-72344a91553c'),
        name: 'my_table',
        status: 'active',
        version: '1.0.0',
        apiVersion: 'v3.0.2',
        path: 'schema--table-columns-with-partition.odcs.yaml',
      },
      { ...example, urn: product('abc123'), name: 'abc123', status: 'in development', version: '1.0.0', apiVersion: 'v3.0.2', path: 'server--kafka-server.odcs.yaml' },
    ]);
    const [sla] = await rows(
      `MATCH (p:DataProduct {urn: $urn})
       RETURN p.\`sla.latency.value\` AS latency, p.\`sla.latency.unit\` AS unit, p.freshnessSloElement AS element,
              p.\`sla.timeOfAvailability.regulatory.value\` AS regulatoryAvailability, p.roles AS roles, p.\`role.bq_unica_user_opr.access\` AS unicaAccess`,
      { urn: product(FULL_EXAMPLE) },
    );
    expect(sla).toEqual({
      latency: 4,
      unit: 'd',
      element: 'tab1.txn_ref_dt',
      regulatoryAvailability: '09:00-08:00',
      roles: ['microstrategy_user_opr', 'bq_queryman_user_opr', 'risk_data_access_opr', 'bq_unica_user_opr'],
      unicaAccess: 'write',
    });
  });

  it('exposes one dataset per schema object, with where the contract says it lives', async () => {
    const exposed = await rows(
      `MATCH (p:DataProduct {provider: 'contract:odcs-examples'})-[:EXPOSES]->(d:Dataset)
       MATCH (d)-[:IN_DOMAIN]->(:Domain {id: 'sellers'})
       MATCH (d)-[:FROM_SOURCE]->(:Source {id: 'odcs-examples'})
       RETURN d.urn AS urn, p.id AS contract, d.qualifiedName AS qualifiedName, d.subtype AS subtype, d.servers AS servers ORDER BY urn`,
    );
    expect(exposed).toEqual([
      { urn: ds(FULL_EXAMPLE, 'receivers'), contract: FULL_EXAMPLE, qualifiedName: 'receivers_master', subtype: 'TABLE', servers: ['my-postgres'] },
      { urn: ds(FULL_EXAMPLE, 'tbl'), contract: FULL_EXAMPLE, qualifiedName: 'tbl_1', subtype: 'TABLE', servers: ['my-postgres'] },
      { urn: ds('53581432-6c55-4ba2-a65f-72344a91553b', 'tbl'), contract: '53581432-6c55-4ba2-a65f-72344a91553b', qualifiedName: 'tbl', subtype: 'TABLE', servers: null },
      { urn: ds('53581432-6c55-4ba2-a65f-72344a91553c', 'tbl'), contract: '53581432-6c55-4ba2-a65f-72344a91553c', qualifiedName: 'tbl', subtype: 'TABLE', servers: null },
      { urn: ds('abc123', 'Orders'), contract: 'abc123', qualifiedName: 'orders.avro.v1', subtype: 'TOPIC', servers: ['my-kafka'] },
      { urn: ds('orders', 'Orders'), contract: 'orders', qualifiedName: 'orders', subtype: 'TOPIC', servers: ['my-kafka'] },
    ]);
    const [location] = await rows(
      `MATCH (d:Dataset {urn: $urn})
       RETURN d.\`server.my-postgres.type\` AS type, d.\`server.my-postgres.host\` AS host, d.\`server.my-postgres.port\` AS port,
              d.\`server.my-postgres.database\` AS database, d.\`server.my-postgres.schema\` AS schema, d.physicalName AS physicalName`,
      { urn: ds(FULL_EXAMPLE, 'tbl') },
    );
    expect(location).toEqual({ type: 'postgres', host: 'localhost', port: 5432, database: 'pypl-edw', schema: 'pp_access_views', physicalName: 'tbl_1' });
  });

  it('lands the fields of each dataset with their types, keys and classification', async () => {
    const fields = await rows(
      `MATCH (d:Dataset {provider: 'contract:odcs-examples'})-[:HAS_FIELD]->(f:Field)
       WHERE d.urn IN $urns
       RETURN d.name AS dataset, f.name AS name, f.position AS position, f.dataType AS dataType, f.logicalType AS logicalType, f.nullable AS nullable,
              f.isPrimaryKey AS pk, f.isUnique AS unique, f.classification AS classification
       ORDER BY d.urn, f.position`,
      { urns: [ds(FULL_EXAMPLE, 'tbl'), ds(FULL_EXAMPLE, 'receivers')] },
    );
    const column = (dataset: string, name: string, position: number, dataType: string, logicalType: string, flags: { nullable?: boolean; pk?: boolean; unique?: boolean }, classification: string) => ({
      dataset,
      name,
      position,
      dataType,
      logicalType,
      nullable: flags.nullable ?? true,
      pk: flags.pk ?? false,
      unique: flags.unique ?? false,
      classification,
    });
    expect(fields).toEqual([
      column('receivers', 'id', 1, 'varchar(18)', 'string', { nullable: false, pk: true, unique: true }, 'restricted'),
      // The second column of the composite key (id, country_code) is not unique on its own.
      column('receivers', 'country_code', 2, 'varchar(2)', 'string', { nullable: false, pk: true }, 'public'),
      column('receivers', 'receiver_name', 3, 'varchar(255)', 'string', { nullable: false }, 'restricted'),
      column('receivers', 'receiver_type', 4, 'varchar(20)', 'string', {}, 'public'),
      column('tbl', 'transaction_reference_date', 1, 'date', 'date', {}, 'public'),
      column('tbl', 'rcvr_id', 2, 'varchar(18)', 'string', { pk: true, unique: true }, 'restricted'),
      column('tbl', 'rcvr_cntry_code', 3, 'varchar(2)', 'string', {}, 'public'),
    ]);
    const [date] = await rows(
      `MATCH (f:Field {urn: $urn}) RETURN f.physicalName AS physicalName, f.examples AS examples, f.partitioned AS partitioned, f.partitionKeyPosition AS partitionKeyPosition, f.\`custom.anonymizationStrategy\` AS anonymization`,
      { urn: fd(ds(FULL_EXAMPLE, 'tbl'), 'transaction_reference_date') },
    );
    expect(date).toEqual({ physicalName: 'txn_ref_dt', examples: ['2022-10-03', '2020-01-28'], partitioned: true, partitionKeyPosition: 1, anonymization: 'none' });
  });

  it('lands each quality rule as a check on its dataset, and on its field for a column rule', async () => {
    const checks = await rows(
      `MATCH (c:QualityCheck {provider: 'contract:odcs-examples'})
       RETURN c.urn AS urn, c.kind AS kind, c.metric AS metric, c.mustBe AS mustBe, c.mustBeGreaterThan AS mustBeGreaterThan, c.severity AS severity,
              c.dimension AS dimension, c.column AS column, COLLECT { MATCH (c)-[:CHECKS]->(target) RETURN target.urn ORDER BY target.urn } AS checks
       ORDER BY urn`,
    );
    const tbl = ds(FULL_EXAMPLE, 'tbl');
    expect(checks).toEqual([
      { urn: check(tbl, 'quality.0'), kind: 'library', metric: 'rowCount', mustBe: null, mustBeGreaterThan: 1_000_000, severity: 'ERROR', dimension: 'completeness', column: null, checks: [tbl] },
      {
        urn: check(fd(tbl, 'rcvr_cntry_code'), 'quality.0'),
        kind: 'library',
        metric: 'nullValues',
        mustBe: 0,
        mustBeGreaterThan: null,
        severity: 'ERROR',
        dimension: 'completeness',
        column: 'rcvr_cntry_code',
        checks: [tbl, fd(tbl, 'rcvr_cntry_code')],
      },
    ]);
  });

  it('makes each data product findable in search and by URN through the API', async () => {
    const indexer = new SearchIndexer(driver, testMeili(), { indexPrefix: 'test_contracts_', logger: testLogger });
    await indexer.ensureIndex();
    await indexer.drain();
    const api = await startApiServer({ driver, meili: testMeili(), indexPrefix: 'test_contracts_', logger: testLogger, lineage: { maxDepth: 10, maxNodes: 1000 }, access: { anonymousRead: true } }, { host: '127.0.0.1', port: 0 });
    try {
      const [first] = await rows<{ urn: string; name: string }>(`MATCH (p:DataProduct {provider: 'contract:odcs-examples'}) RETURN p.urn AS urn, p.name AS name ORDER BY p.urn LIMIT 1`);
      const query = graphqlClient(`${api.url}/graphql`);
      const found = await query(`query ($q: String!) { search(input: {query: $q, orFilters: [{and: [{field: "type", values: ["DATA_PRODUCT"]}]}]}) { hits { urn type name } } }`, { q: first!.name });
      expect(found.data!.search.hits).toContainEqual({ urn: first!.urn, type: 'DATA_PRODUCT', name: first!.name });
      const byUrn = await query(`query ($urn: ID!) { entity(urn: $urn) { urn type ... on DataProduct { name owners { name type } } } dataProduct(urn: $urn) { name } }`, { urn: first!.urn });
      expect(byUrn.data!.entity).toMatchObject({ urn: first!.urn, type: 'DATA_PRODUCT', name: first!.name });
      expect(byUrn.data!.dataProduct).toEqual({ name: first!.name });
    } finally {
      await api.stop();
    }
  });

  it('changes nothing when crawled again', async () => {
    const before = await everythingCrawled();
    const result = await crawl();
    expect(result.counts).toMatchObject({ created: 0, updated: 0, removed: 0, edgesWritten: 0, edgesRemoved: 0 });
    expect(await everythingCrawled()).toEqual(before);
  });

  it('changes nothing and lists every violation of every contract when one is invalid', async () => {
    const broken = readFileSync(join(CONTRACTS, 'schema--kafka-schema.odcs.yaml'), 'utf8').replace(/status: development\r?\n/, '').replace('logicalType: integer', 'logicalType: int');
    const dir = contractDir({
      'all--full-example.odcs.yaml': { copyOf: 'all--full-example.odcs.yaml' },
      // The same contract id as the full example's.
      'quality--column-custom.odcs.yaml': { copyOf: 'quality/quality--column-custom.odcs.yaml' },
      'schema--kafka-schema.odcs.yaml': broken,
    });
    const before = await everythingCrawled();
    const failing = crawl({ ...source, path: dir });
    const message = [
      `source odcs-examples (contract ${dir}): 3 violations in 2 contracts:`,
      `  quality--column-custom.odcs.yaml:4:1 /id "${FULL_EXAMPLE}" is already used by all--full-example.odcs.yaml`,
      '  schema--kafka-schema.odcs.yaml:1:1 /status is required',
      '  schema--kafka-schema.odcs.yaml:25:7 /schema/0/properties/2/logicalType must be equal to one of the allowed values (string, date, timestamp, time, number, integer, object, array, boolean)',
    ].join('\n');
    await expect(failing).rejects.toThrow(CrawlFailedError);
    await expect(failing).rejects.toThrow(message);
    expect(await everythingCrawled()).toEqual(before);
    const [run] = await rows(`MATCH (r:CrawlRun {sourceUrn: 'urn:polder:source:odcs-examples'}) RETURN r.status AS status, r.error AS error ORDER BY r.startedAt DESC LIMIT 1`);
    expect(run).toEqual({ status: 'FAILED', error: message });
  });

  it('changes nothing and says so when its path does not exist', async () => {
    const before = await everythingCrawled();
    const path = join(tmpdir(), 'polder-no-such-contracts');
    await expect(crawl({ ...source, path })).rejects.toThrow(`source odcs-examples (contract ${path}): ${path} does not exist`);
    expect(await everythingCrawled()).toEqual(before);
  });

  it('removes the products of contracts no longer there, and brings them back', async () => {
    const dir = contractDir({ 'only.odcs.yaml': { copyOf: 'schema--table-column.odcs.yaml' } });
    const result = await crawl({ ...source, path: dir });
    // Everything but the one product (whose path is now only.odcs.yaml), its dataset and its field.
    expect(result.counts).toMatchObject({ created: 0, updated: 1, removed: 4 + 5 + 14 + 2 });
    const active = await rows(`MATCH (p:DataProduct {provider: 'contract:odcs-examples', status: 'ACTIVE'}) RETURN p.urn AS urn`);
    expect(active).toEqual([{ urn: product('53581432-6c55-4ba2-a65f-72344a91553b') }]);
    // The 25 come back, and the product that stayed gets its own file's path again.
    expect((await crawl()).counts).toMatchObject({ created: 0, updated: 25 + 1, removed: 0 });
  });
});

describe('crawling a single contract file', () => {
  it('lands its product and a custom quality check per rule, with the engine’s implementation', async () => {
    const result = await crawl(fileSource);
    expect(result.stats).toEqual({ contracts: 1, datasets: 1, fields: 1, qualityChecks: 2 });
    const field = fd('urn:polder:dataset:(contract,odcs-quality,53581432-6c55-4ba2-a65f-72344a91553a,Air_Quality)', 'UniqueID');
    const checks = await rows(
      `MATCH (c:QualityCheck {provider: 'contract:odcs-quality'})-[:CHECKS]->(:Field {urn: $field})
       RETURN c.urn AS urn, c.kind AS kind, c.engine AS engine, c.implementation AS implementation, c.dimension AS dimension ORDER BY urn`,
      { field },
    );
    expect(checks).toEqual([
      {
        urn: check(field, 'quality.0'),
        kind: 'custom',
        engine: 'soda',
        implementation: 'type: duplicate_percent\ncolumns:\n  - carrier\n  - shipment_numer\nmust_be_less_than: 1.0\n',
        dimension: 'conformity',
      },
      {
        urn: check(field, 'quality.1'),
        kind: 'custom',
        engine: 'soda',
        implementation: '{"type":"duplicate_percent","columns":["carrier","shipment_numer"],"must_be_less_than":1}',
        dimension: 'uniqueness',
      },
    ]);
    const [owner] = await rows(`MATCH (p:DataProduct)-[:EXPOSES]->(:Dataset)-[:HAS_FIELD]->(:Field {urn: $field}) RETURN p.urn AS urn`, { field });
    expect(owner).toEqual({ urn: `urn:polder:dataProduct:(air-quality,${FULL_EXAMPLE})` });
  });
});
