import { describe, expect, it } from 'vitest';
import { mapContracts } from './map.ts';
import type { OdcsContract } from './OdcsContract.ts';

const context = { sourceId: 'shop-contracts', domainId: 'sales' };
const required = { apiVersion: 'v3.1.0', kind: 'DataContract', version: '2.0.0', status: 'active' };
const PRODUCT = 'urn:polder:dataProduct:(sales,orders-contract)';
const ORDERS = 'urn:polder:dataset:(contract,shop-contracts,orders-contract,orders)';
const field = (dataset: string, name: string) => `urn:polder:field:(${dataset},${name})`;

/** What a field says when the contract says nothing but its name and type. */
const plainField = {
  physicalType: null,
  physicalName: null,
  nullable: true,
  isPrimaryKey: false,
  primaryKeyPosition: null,
  isUnique: false,
  classification: null,
  criticalDataElement: false,
  partitioned: false,
  partitionKeyPosition: null,
  encryptedName: null,
  examples: null,
  transformSourceObjects: null,
  transformLogic: null,
  transformDescription: null,
  businessName: null,
  description: null,
  tags: null,
  authoritativeDefinitions: null,
};

/** What a quality check says when its rule says nothing but its metric and threshold. */
const plainCheck = {
  ruleId: null,
  query: null,
  engine: null,
  implementation: null,
  unit: null,
  dimension: null,
  severity: null,
  businessImpact: null,
  method: null,
  schedule: null,
  scheduler: null,
  description: null,
  tags: null,
  authoritativeDefinitions: null,
};

/** One table on one server, with a composite key, a nested column, and a rule of each type. */
const orders: OdcsContract = {
  ...required,
  id: 'orders-contract',
  name: 'Orders',
  domain: 'sales-ops',
  description: { purpose: 'Every order placed in the shop.', usage: 'Revenue reporting', authoritativeDefinitions: [{ type: 'privacy-statement', url: 'https://shop.example/privacy' }] },
  tags: ['orders'],
  servers: [{ server: 'prod', type: 'postgres', host: 'db.shop.example', port: 5432, database: 'shop', schema: 'public', environment: 'prod' }],
  team: {
    name: 'checkout',
    members: [
      { username: 'ana@shop.example', role: 'owner' },
      { username: 'bo@shop.example', role: 'steward', dateIn: '2020-01-01', dateOut: '2023-01-01' },
    ],
  },
  roles: [{ role: 'orders_reader', access: 'read', firstLevelApprovers: 'checkout' }],
  support: [{ channel: '#orders', tool: 'slack' }],
  price: { priceAmount: 0, priceCurrency: 'EUR', priceUnit: 'query' },
  slaProperties: [
    { property: 'latency', value: 2, unit: 'h', element: 'orders.placed_at' },
    { property: 'retention', value: 7, unit: 'y' },
  ],
  customProperties: [{ property: 'costCentre', value: 'CC-12' }],
  contractCreatedTs: '2024-03-01T10:00:00Z',
  schema: [
    {
      name: 'orders',
      physicalName: 'orders_v2',
      physicalType: 'table',
      description: 'One row per order.',
      tags: ['finance'],
      quality: [{ metric: 'rowCount', mustBeGreaterThan: 0, severity: 'error', dimension: 'completeness' }],
      properties: [
        {
          name: 'order_id',
          logicalType: 'integer',
          physicalType: 'bigint',
          required: true,
          primaryKey: true,
          primaryKeyPosition: 1,
          examples: [42, 'A-1'],
          quality: [{ id: 'order_id_unique', type: 'sql', query: 'select count(*) - count(distinct order_id) from orders_v2', mustBe: 0 }],
        },
        { name: 'shop_id', logicalType: 'string', primaryKey: true, primaryKeyPosition: 2, classification: 'internal' },
        {
          name: 'shipping',
          logicalType: 'object',
          properties: [{ name: 'city', logicalType: 'string', customProperties: [{ property: 'pii', value: true }] }],
          quality: [{ type: 'custom', engine: 'soda', implementation: { type: 'missing_count', must_be: 0 } }],
        },
        { name: 'lines', logicalType: 'array', items: { logicalType: 'object', properties: [{ name: 'sku', logicalType: 'string', unique: false }] } },
        { name: 'placed_at', logicalType: 'timestamp', logicalTypeOptions: { timezone: true }, partitioned: true, partitionKeyPosition: 1 },
      ],
    },
  ],
};

describe('mapContracts', () => {
  it('maps a contract to its data product, the datasets it exposes, their fields and quality checks', () => {
    const snapshot = mapContracts([{ file: 'orders.odcs.yaml', contract: orders }], context);
    const check = (target: string, key: string) => `urn:polder:qualityCheck:(${target},${key})`;
    expect(snapshot).toEqual({
      provider: 'contract:shop-contracts',
      nodes: [
        {
          label: 'DataProduct',
          urn: PRODUCT,
          properties: {
            id: 'orders-contract',
            name: 'Orders',
            dataProduct: null,
            contractDomain: 'sales-ops',
            description: 'Every order placed in the shop.',
            usage: 'Revenue reporting',
            limitations: null,
            contractStatus: 'active',
            contractVersion: '2.0.0',
            apiVersion: 'v3.1.0',
            tenant: null,
            tags: ['orders'],
            team: 'checkout',
            owners: ['ana@shop.example'],
            roles: ['orders_reader'],
            'role.orders_reader.access': 'read',
            'role.orders_reader.firstLevelApprovers': 'checkout',
            'support.#orders.tool': 'slack',
            priceAmount: 0,
            priceCurrency: 'EUR',
            priceUnit: 'query',
            authoritativeDefinitions: ['privacy-statement: https://shop.example/privacy'],
            contractCreatedAt: '2024-03-01T10:00:00Z',
            path: 'orders.odcs.yaml',
            'sla.latency.value': 2,
            'sla.latency.unit': 'h',
            'sla.latency.element': 'orders.placed_at',
            'sla.retention.value': 7,
            'sla.retention.unit': 'y',
            freshnessSloSeconds: 7_200,
            freshnessSloElement: 'orders.placed_at',
            'custom.costCentre': 'CC-12',
          },
        },
        {
          label: 'Dataset',
          urn: ORDERS,
          properties: {
            name: 'orders',
            qualifiedName: 'orders_v2',
            platform: 'contract',
            subtype: 'TABLE',
            physicalName: 'orders_v2',
            physicalType: 'table',
            dataGranularityDescription: null,
            contractId: 'orders-contract',
            owners: ['ana@shop.example'],
            businessName: null,
            description: 'One row per order.',
            tags: ['finance'],
            authoritativeDefinitions: null,
            servers: ['prod'],
            'server.prod.type': 'postgres',
            'server.prod.host': 'db.shop.example',
            'server.prod.port': 5432,
            'server.prod.database': 'shop',
            'server.prod.schema': 'public',
            'server.prod.environment': 'prod',
          },
        },
        {
          label: 'Field',
          urn: field(ORDERS, 'order_id'),
          properties: {
            ...plainField,
            name: 'order_id',
            datasetUrn: ORDERS,
            position: 1,
            dataType: 'bigint',
            logicalType: 'integer',
            physicalType: 'bigint',
            nullable: false,
            isPrimaryKey: true,
            primaryKeyPosition: 1,
            examples: ['42', 'A-1'],
          },
        },
        {
          label: 'Field',
          urn: field(ORDERS, 'shop_id'),
          properties: { ...plainField, name: 'shop_id', datasetUrn: ORDERS, position: 2, dataType: 'string', logicalType: 'string', isPrimaryKey: true, primaryKeyPosition: 2, classification: 'internal' },
        },
        { label: 'Field', urn: field(ORDERS, 'shipping'), properties: { ...plainField, name: 'shipping', datasetUrn: ORDERS, position: 3, dataType: 'object', logicalType: 'object' } },
        {
          label: 'Field',
          urn: field(ORDERS, 'shipping.city'),
          properties: { ...plainField, name: 'shipping.city', datasetUrn: ORDERS, position: 4, dataType: 'string', logicalType: 'string', 'custom.pii': true },
        },
        { label: 'Field', urn: field(ORDERS, 'lines'), properties: { ...plainField, name: 'lines', datasetUrn: ORDERS, position: 5, dataType: 'array', logicalType: 'array' } },
        { label: 'Field', urn: field(ORDERS, 'lines.sku'), properties: { ...plainField, name: 'lines.sku', datasetUrn: ORDERS, position: 6, dataType: 'string', logicalType: 'string' } },
        {
          label: 'Field',
          urn: field(ORDERS, 'placed_at'),
          properties: {
            ...plainField,
            name: 'placed_at',
            datasetUrn: ORDERS,
            position: 7,
            dataType: 'timestamp',
            logicalType: 'timestamp',
            partitioned: true,
            partitionKeyPosition: 1,
            'logicalTypeOptions.timezone': true,
          },
        },
        {
          label: 'QualityCheck',
          urn: check(ORDERS, 'quality.0'),
          properties: { ...plainCheck, name: 'rowCount', kind: 'library', column: null, metric: 'rowCount', mustBeGreaterThan: 0, severity: 'ERROR', dimension: 'completeness' },
        },
        {
          label: 'QualityCheck',
          urn: check(field(ORDERS, 'order_id'), 'order_id_unique'),
          properties: {
            ...plainCheck,
            name: 'order_id_unique',
            kind: 'sql',
            column: 'order_id',
            ruleId: 'order_id_unique',
            metric: null,
            query: 'select count(*) - count(distinct order_id) from orders_v2',
            mustBe: 0,
          },
        },
        {
          label: 'QualityCheck',
          urn: check(field(ORDERS, 'shipping'), 'quality.0'),
          properties: { ...plainCheck, name: 'custom check', kind: 'custom', column: 'shipping', metric: null, engine: 'soda', implementation: '{"type":"missing_count","must_be":0}' },
        },
      ],
      edges: [
        { type: 'IN_DOMAIN', from: PRODUCT, to: 'urn:polder:domain:sales' },
        { type: 'EXPOSES', from: PRODUCT, to: ORDERS },
        { type: 'IN_DOMAIN', from: ORDERS, to: 'urn:polder:domain:sales' },
        { type: 'FROM_SOURCE', from: ORDERS, to: 'urn:polder:source:shop-contracts' },
        ...['order_id', 'shop_id', 'shipping', 'shipping.city', 'lines', 'lines.sku', 'placed_at'].map((name) => ({ type: 'HAS_FIELD', from: ORDERS, to: field(ORDERS, name) })),
        { type: 'CHECKS', from: check(ORDERS, 'quality.0'), to: ORDERS },
        { type: 'CHECKS', from: check(field(ORDERS, 'order_id'), 'order_id_unique'), to: ORDERS },
        { type: 'CHECKS', from: check(field(ORDERS, 'order_id'), 'order_id_unique'), to: field(ORDERS, 'order_id') },
        { type: 'CHECKS', from: check(field(ORDERS, 'shipping'), 'quality.0'), to: ORDERS },
        { type: 'CHECKS', from: check(field(ORDERS, 'shipping'), 'quality.0'), to: field(ORDERS, 'shipping') },
      ],
      warnings: [],
    });
  });

  it('names a product after its contract, else its data product, else its id; owners from a v3.0 list of members', () => {
    const products = mapContracts(
      [
        { file: 'a.odcs.yaml', contract: { ...required, id: 'a', dataProduct: 'Payments', team: [{ username: 'cy' }, { username: 'di', dateOut: '2021-01-01' }] } },
        { file: 'b.odcs.yaml', contract: { ...required, id: 'b' } },
      ],
      context,
    ).nodes.map(({ properties }) => ({ name: properties.name, dataProduct: properties.dataProduct, team: properties.team, owners: properties.owners }));
    expect(products).toEqual([
      { name: 'Payments', dataProduct: 'Payments', team: null, owners: ['cy'] },
      { name: 'b', dataProduct: null, team: null, owners: null },
    ]);
  });

  it('makes a single primary key column unique, and a column of a composite key not', () => {
    const keys = (primaryKeys: string[]) =>
      mapContracts([{ file: 'k.odcs.yaml', contract: { ...required, id: 'k', schema: [{ name: 't', properties: ['a', 'b'].map((name) => ({ name, primaryKey: primaryKeys.includes(name) })) }] } }], context)
        .nodes.filter((node) => node.label === 'Field')
        .map(({ properties }) => [properties.name, properties.isUnique]);
    expect(keys(['a'])).toEqual([['a', true], ['b', false]]);
    expect(keys(['a', 'b'])).toEqual([['a', false], ['b', false]]);
  });

  it('keys names holding what a URN reserves, encoded, and skips with a warning what no URN can hold', () => {
    const snapshot = mapContracts(
      [
        { file: 'odd-id.odcs.yaml', contract: { ...required, id: 'orders(v2)' } },
        { file: 'odd-names.odcs.yaml', contract: { ...required, id: 'c', schema: [{ name: 'a,b' }, { name: 't', properties: [{ name: 'count(*)' }, { name: 'x'.repeat(2100) }] }] } },
      ],
      context,
    );
    const table = 'urn:polder:dataset:(contract,shop-contracts,c,t)';
    expect(snapshot.nodes.map((node) => node.urn)).toEqual([
      'urn:polder:dataProduct:(sales,orders%28v2%29)',
      'urn:polder:dataProduct:(sales,c)',
      'urn:polder:dataset:(contract,shop-contracts,c,a%2Cb)',
      table,
      `urn:polder:field:(${table},count%28*%29)`,
    ]);
    expect(snapshot.warnings).toEqual([{ urn: table, where: 'contract:shop-contracts/odd-names.odcs.yaml#/schema/1/properties/1', message: 'Skipped field: URN is longer than 2048 characters' }]);
  });
});
