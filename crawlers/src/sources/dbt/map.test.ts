import { describe, expect, it } from 'vitest';
import type { DbtArtifacts, DbtCatalog, DbtManifest, DbtRunResults } from './artifacts.ts';
import { MAX_COMPILED_SQL_CHARS } from './compiledSql.ts';
import { mapDbtArtifacts } from './map.ts';

const V12 = 'https://schemas.getdbt.com/dbt/manifest/v12.json';
const resource = { package_name: 'shop', description: '', meta: {}, tags: [], config: {}, depends_on: { nodes: [] } };

/** A model reading a seed that a source also declares, three tests, an exposure, a group. */
const manifest: DbtManifest = {
  metadata: { dbt_schema_version: V12, adapter_type: 'postgres', invocation_id: 'build-1' },
  nodes: {
    'model.shop.orders': {
      ...resource,
      unique_id: 'model.shop.orders',
      resource_type: 'model',
      name: 'orders',
      original_file_path: 'models/orders.sql',
      database: 'analytics',
      schema: 'marts',
      alias: 'orders',
      relation_name: '"analytics"."marts"."orders"',
      description: 'One row per order',
      meta: { sla: { hours: 4 } },
      tags: ['finance'],
      config: { materialized: 'table', tags: ['finance', 'daily'], meta: { owner: 'ana@shop.example' }, contract: { enforced: false } },
      access: 'public',
      group: 'sales',
      compiled_code: '\nselect id as order_id, status from "analytics"."raw"."raw_orders"\n',
      depends_on: { nodes: ['seed.shop.raw_orders', 'source.shop.erp.raw_orders'] },
      columns: {
        order_id: { name: 'order_id', description: 'The order', data_type: 'integer', constraints: [{ type: 'not_null' }], meta: { pii: false }, tags: ['key'] },
        status: { name: 'status', description: '' },
        discount: { name: 'discount', description: 'Dropped last year' },
      },
    },
    'seed.shop.raw_orders': {
      ...resource,
      unique_id: 'seed.shop.raw_orders',
      resource_type: 'seed',
      name: 'raw_orders',
      original_file_path: 'seeds/raw_orders.csv',
      database: 'analytics',
      schema: 'raw',
      alias: 'raw_orders',
      relation_name: '"analytics"."raw"."raw_orders"',
      config: { materialized: 'seed' },
    },
    'test.shop.not_null_orders_order_id.a1': {
      ...resource,
      unique_id: 'test.shop.not_null_orders_order_id.a1',
      resource_type: 'test',
      name: 'not_null_orders_order_id',
      original_file_path: 'models/orders.yml',
      config: { severity: 'ERROR' },
      column_name: 'order_id',
      attached_node: 'model.shop.orders',
      test_metadata: { name: 'not_null', namespace: null, kwargs: { column_name: 'order_id', model: "{{ get_where_subquery(ref('orders')) }}" } },
      compiled_code: 'select order_id from "analytics"."marts"."orders" where order_id is null',
      depends_on: { nodes: ['model.shop.orders'] },
    },
    'test.shop.accepted_values_orders_status.b2': {
      ...resource,
      unique_id: 'test.shop.accepted_values_orders_status.b2',
      resource_type: 'test',
      name: 'accepted_values_orders_status',
      original_file_path: 'models/orders.yml',
      config: { severity: 'warn' },
      column_name: 'status',
      attached_node: 'model.shop.orders',
      test_metadata: { name: 'accepted_values', namespace: null, kwargs: { column_name: 'status', values: ['placed', 'shipped'], model: "{{ get_where_subquery(ref('orders')) }}" } },
      depends_on: { nodes: ['model.shop.orders'] },
    },
    'test.shop.assert_orders_have_raw_rows': {
      ...resource,
      unique_id: 'test.shop.assert_orders_have_raw_rows',
      resource_type: 'test',
      name: 'assert_orders_have_raw_rows',
      original_file_path: 'tests/assert_orders_have_raw_rows.sql',
      description: 'Every order comes from a raw row',
      config: { severity: 'ERROR' },
      column_name: null,
      attached_node: null,
      test_metadata: null,
      depends_on: { nodes: ['model.shop.orders', 'seed.shop.raw_orders'] },
    },
  },
  sources: {
    'source.shop.erp.raw_orders': {
      ...resource,
      unique_id: 'source.shop.erp.raw_orders',
      resource_type: 'source',
      name: 'raw_orders',
      source_name: 'erp',
      identifier: 'raw_orders',
      original_file_path: 'models/sources.yml',
      database: 'analytics',
      schema: 'raw',
      relation_name: '"analytics"."raw"."raw_orders"',
      description: 'Orders as the ERP exports them',
      loader: 'fivetran',
      meta: { owner: 'erp-team' },
      columns: { id: { name: 'id', description: 'ERP order number' } },
    },
  },
  exposures: {
    'exposure.shop.weekly_sales': {
      ...resource,
      unique_id: 'exposure.shop.weekly_sales',
      resource_type: 'exposure',
      name: 'weekly_sales',
      original_file_path: 'models/exposures.yml',
      label: 'Weekly sales',
      type: 'dashboard',
      url: 'https://bi.shop.example/weekly',
      maturity: 'high',
      owner: { name: 'Ana', email: 'ana@shop.example' },
      depends_on: { nodes: ['model.shop.orders'] },
    },
  },
  groups: { 'group.shop.sales': { name: 'sales', owner: { name: 'Sales analytics', email: 'sales@shop.example' } } },
};

const table = (type: string, columns: Array<[string, string]>) => ({
  metadata: { type, comment: null },
  columns: Object.fromEntries(columns.map(([name, dataType], index) => [name, { name, type: dataType, index: index + 1, comment: null }])),
});

/** As Snowflake reports it: upper-case column names. */
const catalog: DbtCatalog = {
  metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/catalog/v1.json' },
  nodes: {
    'model.shop.orders': table('BASE TABLE', [['ORDER_ID', 'NUMBER'], ['STATUS', 'TEXT']]),
    'seed.shop.raw_orders': table('BASE TABLE', [['ID', 'NUMBER'], ['STATUS', 'TEXT']]),
  },
  sources: { 'source.shop.erp.raw_orders': table('BASE TABLE', [['ID', 'NUMBER'], ['STATUS', 'TEXT']]) },
};

const timing = (at: string) => [{ name: 'execute', started_at: `${at}.000Z`, completed_at: `${at}.500Z` }];
const runResults: DbtRunResults = {
  metadata: { dbt_schema_version: 'https://schemas.getdbt.com/dbt/run-results/v6.json', invocation_id: 'build-1', generated_at: '2026-01-05T06:05:00.000Z' },
  args: { which: 'build' },
  results: [
    { unique_id: 'seed.shop.raw_orders', status: 'success', timing: timing('2026-01-05T06:00:00'), execution_time: 0.2 },
    { unique_id: 'model.shop.orders', status: 'success', timing: timing('2026-01-05T06:00:01'), execution_time: 1.5 },
    { unique_id: 'test.shop.not_null_orders_order_id.a1', status: 'pass', timing: timing('2026-01-05T06:00:02'), failures: 0, execution_time: 0.1 },
    { unique_id: 'test.shop.accepted_values_orders_status.b2', status: 'warn', timing: timing('2026-01-05T06:00:03'), failures: 2, message: 'Got 2 results, configured to warn if != 0', execution_time: 0.1 },
    { unique_id: 'test.shop.assert_orders_have_raw_rows', status: 'skipped', timing: [], failures: null, execution_time: 0 },
  ],
};

const context = { sourceId: 'shop-dbt', domainId: 'sales', keep: () => true };
const artifacts: DbtArtifacts = { manifest, catalog, runResults };

const ds = (relation: string) => `urn:polder:dataset:(dbt,shop-dbt,${relation})`;
const fd = (relation: string, column: string) => `urn:polder:field:(${ds(relation)},${column})`;
const check = (uniqueId: string) => `urn:polder:qualityCheck:(dbt,shop-dbt,${uniqueId})`;
const ORDERS = 'analytics.marts.orders';
const RAW_ORDERS = 'analytics.raw.raw_orders';
const EXPOSURE = 'exposure.shop.weekly_sales';

describe('mapDbtArtifacts', () => {
  const snapshot = mapDbtArtifacts(artifacts, context);
  const nodes = (label: string) => snapshot.nodes.filter((node) => node.label === label);
  const edges = (type: string) => snapshot.edges.filter((edge) => edge.type === type);

  it('maps models, seeds, sources and exposures to one dataset per relation', () => {
    expect(snapshot.provider).toBe('dbt:shop-dbt');
    expect(nodes('Dataset')).toEqual([
      {
        label: 'Dataset',
        urn: ds(ORDERS),
        properties: {
          name: 'orders',
          qualifiedName: ORDERS,
          platform: 'dbt',
          adapter: 'postgres',
          database: 'analytics',
          schema: 'marts',
          subtype: 'MODEL',
          description: 'One row per order',
          relationName: '"analytics"."marts"."orders"',
          warehouseType: 'BASE TABLE',
          materialization: 'table',
          access: 'public',
          group: 'sales',
          contractEnforced: false,
          tags: ['finance', 'daily'],
          owners: ['ana@shop.example', 'Sales analytics <sales@shop.example>'],
          dbtUniqueIds: ['model.shop.orders'],
          package: 'shop',
          path: 'models/orders.sql',
          sourceName: null,
          loader: null,
          compiledSql: 'select id as order_id, status from "analytics"."raw"."raw_orders"',
          compiledSqlTruncated: false,
          lastRunStatus: 'SUCCESS',
          lastRunAt: '2026-01-05T06:00:01.500Z',
          'meta.owner': 'ana@shop.example',
          'meta.sla.hours': 4,
        },
      },
      {
        label: 'Dataset',
        urn: ds(RAW_ORDERS),
        properties: {
          name: 'raw_orders',
          qualifiedName: RAW_ORDERS,
          platform: 'dbt',
          adapter: 'postgres',
          database: 'analytics',
          schema: 'raw',
          subtype: 'SEED',
          description: 'Orders as the ERP exports them',
          relationName: '"analytics"."raw"."raw_orders"',
          warehouseType: 'BASE TABLE',
          materialization: 'seed',
          access: null,
          group: null,
          contractEnforced: null,
          tags: null,
          owners: ['erp-team'],
          dbtUniqueIds: ['seed.shop.raw_orders', 'source.shop.erp.raw_orders'],
          package: 'shop',
          path: 'seeds/raw_orders.csv',
          sourceName: 'erp',
          loader: 'fivetran',
          lastRunStatus: 'SUCCESS',
          lastRunAt: '2026-01-05T06:00:00.500Z',
          'meta.owner': 'erp-team',
        },
      },
      {
        label: 'Dataset',
        urn: ds(EXPOSURE),
        properties: {
          name: 'weekly_sales',
          qualifiedName: EXPOSURE,
          platform: 'dbt',
          subtype: 'EXPOSURE',
          description: null,
          label: 'Weekly sales',
          exposureType: 'dashboard',
          url: 'https://bi.shop.example/weekly',
          maturity: 'high',
          tags: null,
          owners: ['Ana <ana@shop.example>'],
          dbtUniqueIds: [EXPOSURE],
          package: 'shop',
          path: 'models/exposures.yml',
        },
      },
    ]);
    expect(edges('IN_DOMAIN')).toEqual([ORDERS, RAW_ORDERS, EXPOSURE].map((key) => ({ type: 'IN_DOMAIN', from: ds(key), to: 'urn:polder:domain:sales' })));
    expect(edges('FROM_SOURCE')).toEqual([ORDERS, RAW_ORDERS, EXPOSURE].map((key) => ({ type: 'FROM_SOURCE', from: ds(key), to: 'urn:polder:source:shop-dbt' })));
  });

  it('maps the columns the warehouse has, documented by the manifest, and warns about documented ones it lacks', () => {
    expect(nodes('Field')).toEqual([
      {
        label: 'Field',
        urn: fd(ORDERS, 'ORDER_ID'),
        properties: {
          name: 'ORDER_ID',
          datasetUrn: ds(ORDERS),
          position: 1,
          dataType: 'NUMBER',
          nullable: false,
          isPrimaryKey: false,
          isUnique: false,
          description: 'The order',
          tags: ['key'],
          'meta.pii': false,
        },
      },
      {
        label: 'Field',
        urn: fd(ORDERS, 'STATUS'),
        properties: { name: 'STATUS', datasetUrn: ds(ORDERS), position: 2, dataType: 'TEXT', nullable: true, isPrimaryKey: false, isUnique: false, description: null, tags: null },
      },
      {
        label: 'Field',
        urn: fd(RAW_ORDERS, 'ID'),
        properties: { name: 'ID', datasetUrn: ds(RAW_ORDERS), position: 1, dataType: 'NUMBER', nullable: true, isPrimaryKey: false, isUnique: false, description: 'ERP order number', tags: null },
      },
      {
        label: 'Field',
        urn: fd(RAW_ORDERS, 'STATUS'),
        properties: { name: 'STATUS', datasetUrn: ds(RAW_ORDERS), position: 2, dataType: 'TEXT', nullable: true, isPrimaryKey: false, isUnique: false, description: null, tags: null },
      },
    ]);
    expect(edges('HAS_FIELD')).toEqual([
      { type: 'HAS_FIELD', from: ds(ORDERS), to: fd(ORDERS, 'ORDER_ID') },
      { type: 'HAS_FIELD', from: ds(ORDERS), to: fd(ORDERS, 'STATUS') },
      { type: 'HAS_FIELD', from: ds(RAW_ORDERS), to: fd(RAW_ORDERS, 'ID') },
      { type: 'HAS_FIELD', from: ds(RAW_ORDERS), to: fd(RAW_ORDERS, 'STATUS') },
    ]);
    expect(snapshot.warnings).toEqual([
      {
        urn: ds(ORDERS),
        where: 'dbt:shop-dbt/model.shop.orders',
        message: 'Column "discount" is documented but the warehouse has no such column (catalog.json): skipped',
      },
    ]);
  });

  it("derives each model's and exposure's lineage from depends_on, once per upstream dataset", () => {
    expect(edges('DERIVES_FROM').filter((edge) => edge.from.startsWith('urn:polder:dataset:'))).toEqual([
      { type: 'DERIVES_FROM', from: ds(ORDERS), to: ds(RAW_ORDERS), properties: { transformation: 'DBT_MODEL', confidence: 1 } },
      { type: 'DERIVES_FROM', from: ds(EXPOSURE), to: ds(ORDERS), properties: { transformation: 'DBT_EXPOSURE', confidence: 1 } },
    ]);
  });

  it("derives column lineage from each model's compiled SQL", () => {
    expect(edges('DERIVES_FROM').filter((edge) => edge.from.startsWith('urn:polder:field:'))).toEqual([
      { type: 'DERIVES_FROM', from: fd(ORDERS, 'ORDER_ID'), to: fd(RAW_ORDERS, 'ID'), properties: { transformation: 'IDENTITY', confidence: 1 } },
      { type: 'DERIVES_FROM', from: fd(ORDERS, 'STATUS'), to: fd(RAW_ORDERS, 'STATUS'), properties: { transformation: 'IDENTITY', confidence: 1 } },
    ]);
  });

  it('keeps one column edge per pair of columns, the strongest, and turns what the parser cannot read into warnings on the model', () => {
    const sql = 'select id as order_id, status from "analytics"."raw"."raw_orders" where id > 0 and status is not null';
    const filtered = { ...manifest.nodes['model.shop.orders']!, compiled_code: sql };
    const unreadable = {
      ...manifest.nodes['model.shop.orders']!,
      unique_id: 'model.shop.broken',
      name: 'broken',
      alias: 'broken',
      compiled_code: 'select frobnicate( from nowhere',
    };
    const mapped = mapDbtArtifacts(
      { manifest: { ...manifest, nodes: { 'model.shop.orders': filtered, 'model.shop.broken': unreadable, 'seed.shop.raw_orders': manifest.nodes['seed.shop.raw_orders']! } }, catalog, runResults: null },
      context,
    );
    expect(mapped.edges.filter((edge) => edge.type === 'DERIVES_FROM' && edge.from.startsWith('urn:polder:field:'))).toEqual([
      { type: 'DERIVES_FROM', from: fd(ORDERS, 'ORDER_ID'), to: fd(RAW_ORDERS, 'ID'), properties: { transformation: 'IDENTITY', confidence: 1 } },
      { type: 'DERIVES_FROM', from: fd(ORDERS, 'ORDER_ID'), to: fd(RAW_ORDERS, 'STATUS'), properties: { transformation: 'FILTER', confidence: 0.5 } },
      { type: 'DERIVES_FROM', from: fd(ORDERS, 'STATUS'), to: fd(RAW_ORDERS, 'STATUS'), properties: { transformation: 'IDENTITY', confidence: 1 } },
      { type: 'DERIVES_FROM', from: fd(ORDERS, 'STATUS'), to: fd(RAW_ORDERS, 'ID'), properties: { transformation: 'FILTER', confidence: 0.5 } },
    ]);
    expect(mapped.warnings.filter((warning) => warning.message.startsWith('Column lineage'))).toEqual([
      { urn: ds('analytics.marts.broken'), where: 'dbt:shop-dbt/model.shop.broken', message: expect.stringMatching(/^Column lineage: could not parse SQL \(postgres\): /) },
    ]);
  });

  it('says so when the adapter speaks SQL the parser does not read', () => {
    const spark = mapDbtArtifacts({ ...artifacts, manifest: { ...manifest, metadata: { ...manifest.metadata, adapter_type: 'spark' } } }, context);
    expect(spark.edges.filter((edge) => edge.type === 'DERIVES_FROM' && edge.from.startsWith('urn:polder:field:'))).toEqual([]);
    expect(spark.warnings).toContainEqual({ where: 'dbt:shop-dbt/manifest.json', message: 'The SQL of the spark adapter cannot be parsed: no column-level lineage' });
  });

  it('maps generic and singular tests to quality checks on their datasets and columns', () => {
    expect(nodes('QualityCheck')).toEqual([
      {
        label: 'QualityCheck',
        urn: check('test.shop.not_null_orders_order_id.a1'),
        properties: {
          name: 'not_null_orders_order_id',
          kind: 'not_null',
          column: 'order_id',
          severity: 'ERROR',
          description: null,
          tags: null,
          dbtUniqueId: 'test.shop.not_null_orders_order_id.a1',
          package: 'shop',
          path: 'models/orders.yml',
          compiledSql: 'select order_id from "analytics"."marts"."orders" where order_id is null',
          compiledSqlTruncated: false,
        },
      },
      {
        label: 'QualityCheck',
        urn: check('test.shop.accepted_values_orders_status.b2'),
        properties: {
          name: 'accepted_values_orders_status',
          kind: 'accepted_values',
          column: 'status',
          severity: 'WARN',
          description: null,
          tags: null,
          dbtUniqueId: 'test.shop.accepted_values_orders_status.b2',
          package: 'shop',
          path: 'models/orders.yml',
          compiledSql: null,
          compiledSqlTruncated: false,
          'arguments.values': ['placed', 'shipped'],
        },
      },
      {
        label: 'QualityCheck',
        urn: check('test.shop.assert_orders_have_raw_rows'),
        properties: {
          name: 'assert_orders_have_raw_rows',
          kind: 'singular',
          column: null,
          severity: 'ERROR',
          description: 'Every order comes from a raw row',
          tags: null,
          dbtUniqueId: 'test.shop.assert_orders_have_raw_rows',
          package: 'shop',
          path: 'tests/assert_orders_have_raw_rows.sql',
          compiledSql: null,
          compiledSqlTruncated: false,
        },
      },
    ]);
    expect(edges('CHECKS')).toEqual([
      { type: 'CHECKS', from: check('test.shop.not_null_orders_order_id.a1'), to: ds(ORDERS) },
      { type: 'CHECKS', from: check('test.shop.not_null_orders_order_id.a1'), to: fd(ORDERS, 'ORDER_ID') },
      { type: 'CHECKS', from: check('test.shop.accepted_values_orders_status.b2'), to: ds(ORDERS) },
      { type: 'CHECKS', from: check('test.shop.accepted_values_orders_status.b2'), to: fd(ORDERS, 'STATUS') },
      { type: 'CHECKS', from: check('test.shop.assert_orders_have_raw_rows'), to: ds(ORDERS) },
      { type: 'CHECKS', from: check('test.shop.assert_orders_have_raw_rows'), to: ds(RAW_ORDERS) },
    ]);
  });

  it("maps each test's outcome in run_results.json to a result of its check", () => {
    const result = (uniqueId: string) => `urn:polder:checkResult:(dbt,shop-dbt,${uniqueId},build-1)`;
    expect(nodes('CheckResult')).toEqual([
      {
        label: 'CheckResult',
        urn: result('test.shop.not_null_orders_order_id.a1'),
        properties: { outcome: 'PASS', failures: 0, message: null, evaluatedAt: '2026-01-05T06:00:02.500Z', durationSeconds: 0.1, invocationId: 'build-1' },
      },
      {
        label: 'CheckResult',
        urn: result('test.shop.accepted_values_orders_status.b2'),
        properties: {
          outcome: 'WARN',
          failures: 2,
          message: 'Got 2 results, configured to warn if != 0',
          evaluatedAt: '2026-01-05T06:00:03.500Z',
          durationSeconds: 0.1,
          invocationId: 'build-1',
        },
      },
      {
        label: 'CheckResult',
        urn: result('test.shop.assert_orders_have_raw_rows'),
        // Skipped, it has no timing: the run's time (run_results.json's generated_at) stands for it.
        properties: { outcome: 'SKIPPED', failures: null, message: null, evaluatedAt: '2026-01-05T06:05:00.000Z', durationSeconds: 0, invocationId: 'build-1' },
      },
    ]);
    expect(edges('RESULT_OF')).toEqual(
      ['test.shop.not_null_orders_order_id.a1', 'test.shop.accepted_values_orders_status.b2', 'test.shop.assert_orders_have_raw_rows'].map((uniqueId) => ({
        type: 'RESULT_OF',
        from: result(uniqueId),
        to: check(uniqueId),
      })),
    );
  });

  it('records no outcome from a run_results.json that `dbt docs generate` wrote, and says why', () => {
    const compiled = mapDbtArtifacts({ ...artifacts, runResults: { ...runResults, args: { which: 'generate' }, results: runResults.results.map((r) => ({ ...r, status: 'success' })) } }, context);
    expect(compiled.nodes.filter((node) => node.label === 'CheckResult')).toEqual([]);
    expect(compiled.nodes.find((node) => node.urn === ds(ORDERS))?.properties).toMatchObject({ lastRunStatus: null, lastRunAt: null });
    expect(compiled.warnings[0]).toEqual({
      where: 'dbt:shop-dbt/run_results.json',
      message:
        'run_results.json was written by `dbt docs generate`, which builds and tests nothing: no test results or run outcomes are recorded (crawl the run_results.json of a `dbt build` or `dbt test`)',
    });
  });

  it('takes documented columns in declared order when the catalog does not know the dataset', () => {
    const withoutCatalog = mapDbtArtifacts({ ...artifacts, catalog: null }, context);
    expect(withoutCatalog.nodes.filter((node) => node.label === 'Field').map((node) => [node.properties.name, node.properties.position, node.properties.dataType])).toEqual([
      ['order_id', 1, 'integer'],
      ['status', 2, null],
      ['discount', 3, null],
      ['id', 1, null],
    ]);
  });

  it('drops what the table filter excludes, and the lineage and checks that point into it', () => {
    const filtered = mapDbtArtifacts(artifacts, { ...context, keep: (name) => name !== 'raw.raw_orders' });
    expect(filtered.nodes.filter((node) => node.label === 'Dataset').map((node) => node.urn)).toEqual([ds(ORDERS), ds(EXPOSURE)]);
    expect(filtered.edges.filter((edge) => edge.type === 'DERIVES_FROM').map((edge) => edge.to)).toEqual([ds(ORDERS)]);
    expect(filtered.edges.filter((edge) => edge.type === 'CHECKS' && edge.from === check('test.shop.assert_orders_have_raw_rows'))).toEqual([
      { type: 'CHECKS', from: check('test.shop.assert_orders_have_raw_rows'), to: ds(ORDERS) },
    ]);
  });

  it('maps no dataset from a resource_type that only Object.prototype knows', () => {
    const odd = { ...manifest.nodes['seed.shop.raw_orders']!, unique_id: 'seed.shop.odd', resource_type: 'toString', alias: 'odd' };
    const snapshot = mapDbtArtifacts({ manifest: { ...manifest, nodes: { 'seed.shop.odd': odd } }, catalog: null, runResults: null }, context);
    expect(snapshot.nodes.map((node) => node.urn)).not.toContain('urn:polder:dataset:(dbt,shop-dbt,analytics.raw.odd)');
  });

  it('keys a relation whose name holds what a URN reserves, encoded; skips one no URN can hold, with a warning, and keeps the rest', () => {
    const odd = { ...manifest.nodes['seed.shop.raw_orders']!, unique_id: 'seed.shop.odd', alias: 'odd,name' };
    const long = { ...manifest.nodes['seed.shop.raw_orders']!, unique_id: 'seed.shop.long', alias: 'x'.repeat(2100) };
    const nodes = { ...manifest.nodes, 'seed.shop.odd': odd, 'seed.shop.long': long };
    const mapped = mapDbtArtifacts({ manifest: { ...manifest, nodes }, catalog: null, runResults: null }, context);
    expect(mapped.warnings).toEqual([{ where: 'dbt:shop-dbt/seed.shop.long', message: 'Skipped: URN is longer than 2048 characters' }]);
    const datasets = mapped.nodes.filter((node) => node.label === 'Dataset');
    expect(datasets).toHaveLength(4);
    expect(datasets.map((node) => node.urn)).toContain('urn:polder:dataset:(dbt,shop-dbt,analytics.raw.odd%2Cname)');
  });

  it('cuts compiled SQL longer than 64 KiB, and says so', () => {
    const long = `select '${'x'.repeat(MAX_COMPILED_SQL_CHARS)}' as padding`;
    const model = { ...manifest.nodes['model.shop.orders']!, compiled_code: long };
    const mapped = mapDbtArtifacts({ ...artifacts, manifest: { ...manifest, nodes: { 'model.shop.orders': model } } }, context);
    expect(mapped.nodes[0]?.properties).toMatchObject({ compiledSql: long.slice(0, MAX_COMPILED_SQL_CHARS), compiledSqlTruncated: true });
  });

  it('maps a model whose SQL overwhelms the lineage parser, rather than fail the crawl', () => {
    const model = { ...manifest.nodes['model.shop.orders']!, compiled_code: `select ${'1 + '.repeat(20_000)}1 as total` };
    const mapped = mapDbtArtifacts({ ...artifacts, manifest: { ...manifest, nodes: { 'model.shop.orders': model } } }, context);
    expect(mapped.nodes[0]?.urn).toBe(ds(ORDERS));
  });
});
