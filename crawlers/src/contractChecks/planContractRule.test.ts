import { describe, expect, it } from 'vitest';
import type { SourceConfig } from '@polder/runtime';
import type { ContractRule, DescribedTable } from './ContractRule.ts';
import { planContractRule, type RulePlan } from './planContractRule.ts';

const TABLE = 'urn:polder:dataset:(postgres,shop-db,shop.public.orders)';
const EMAIL = `urn:polder:field:(${TABLE},email)`;
const PROMISE = 'urn:polder:dataset:(contract,shop-contracts,orders,orders)';
const shopDb: SourceConfig = {
  id: 'shop-db',
  kind: 'postgres',
  domain: 'sales',
  connection: { host: '127.0.0.1', port: 5432, database: 'shop', user: 'crawler', passwordEnv: 'SHOP_PASSWORD' },
  include: [],
  exclude: [],
};
const localFile: SourceConfig = { id: 'local', kind: 'sqlite', domain: 'sales', path: '/data/local.db', include: [], exclude: [] };
const table: DescribedTable = { urn: TABLE, platform: 'postgres', sourceId: 'shop-db', schema: 'public', name: 'orders', column: { urn: EMAIL, name: 'email' } };

function rule(properties: Record<string, unknown>, overrides: Partial<ContractRule> = {}): ContractRule {
  return {
    checkUrn: `urn:polder:qualityCheck:(urn:polder:field:(${PROMISE},email),r1)`,
    ruleKey: 'r1',
    file: 'orders.odcs.yaml',
    contractSource: 'shop-contracts',
    object: 'orders',
    datasetUrn: PROMISE,
    field: { urn: `urn:polder:field:(${PROMISE},email)`, name: 'email', column: 'email' },
    properties,
    tables: [table],
    ...overrides,
  };
}
const plan = (properties: Record<string, unknown>, overrides: Partial<ContractRule> = {}, sources: SourceConfig[] = [shopDb, localFile]) => planContractRule(rule(properties, overrides), sources);
const reason = (result: RulePlan) => (result.runnable ? `runnable: ${JSON.stringify(result.measure)}` : result.reason);

describe('planContractRule', () => {
  it('plans a library metric on the described table: its measure, unit, threshold and the column to read', () => {
    const result = plan({ kind: 'library', metric: 'nullValues', unit: 'percent', mustBeLessThan: 1 });
    expect(result).toEqual({
      runnable: true,
      measure: { kind: 'nullValues', unit: 'percent' },
      conditions: [{ operator: 'mustBeLessThan', value: 1 }],
      targets: [
        {
          table,
          source: shopDb,
          target: { dialect: 'postgres', schema: 'public', table: 'orders', column: 'email', datasetUrn: TABLE, fieldUrn: EMAIL },
        },
      ],
      notRunOn: [],
    });
  });

  it('reads list arguments as the QualityCheck keeps them: a list, or JSON text when mixed, NULL left out', () => {
    const missing = plan({ kind: 'library', metric: 'missingValues', 'arguments.missingValues': '[null,"","N/A"]', mustBe: 0 });
    expect(missing.runnable && missing.measure).toEqual({ kind: 'missingValues', unit: 'rows', missingValues: ['', 'N/A'] });
    const invalid = plan({ kind: 'library', metric: 'invalidValues', 'arguments.validValues': ['web', 'app'], 'arguments.pattern': '^[a-z]+$', mustBe: 0 });
    expect(invalid.runnable && invalid.measure).toEqual({ kind: 'invalidValues', unit: 'rows', validValues: ['web', 'app'], pattern: '^[a-z]+$' });
  });

  it('plans a sql rule, and a rule of the object on the table without a column', () => {
    const result = plan({ kind: 'sql', query: 'SELECT count(*) FROM {object}', mustBe: 0 }, { field: null, tables: [{ ...table, column: null }] });
    expect(result.runnable && result.targets.map(({ target }) => target.column)).toEqual([null]);
  });

  it('skips what Polder cannot run, saying why', () => {
    expect(reason(plan({ kind: 'text', description: 'Emails are verified.' }))).toBe('a text rule states quality in words: there is nothing to run');
    expect(reason(plan({ kind: 'custom', engine: 'soda', implementation: 'type: duplicate_percent' }))).toBe('a custom rule runs on its own engine (soda): Polder runs sql and library rules');
    expect(reason(plan({ kind: 'library', metric: 'freshness', mustBeLessThan: 3 }))).toBe(
      'unknown library metric "freshness" (Polder runs rowCount, nullValues, missingValues, invalidValues, duplicateValues)',
    );
    expect(reason(plan({ kind: 'library', metric: 'rowCount', unit: 'percent', mustBe: 100 }))).toBe('rowCount counts rows: unit percent does not apply to it');
    expect(reason(plan({ kind: 'library', metric: 'nullValues', unit: 'bytes', mustBe: 0 }))).toBe('unit "bytes" is neither rows nor percent');
    expect(reason(plan({ kind: 'library', metric: 'nullValues', mustBe: 0 }, { field: null }))).toBe('nullValues counts the values of a column: declare it under a property');
    expect(reason(plan({ kind: 'library', metric: 'invalidValues', mustBe: 0 }))).toBe('invalidValues needs arguments.validValues or arguments.pattern');
    expect(reason(plan({ kind: 'sql', query: 'SELECT count(*) FROM {object} WHERE {property} < 0', mustBe: 0 }, { field: null }))).toBe(
      "its query names {property}, and the rule is the object's, not a property's",
    );
    expect(reason(plan({ kind: 'sql', query: 'SELECT 1', mustBe: 'yes' }))).toBe('mustBe must be a number, not "yes"');
  });

  it('skips a rule whose object describes no table, or only tables it cannot reach', () => {
    expect(reason(plan({ kind: 'library', metric: 'rowCount', mustBeGreaterThan: 0 }, { tables: [] }))).toBe(
      "schema object orders describes no crawled table: the contract linker matched none (check the contract's servers, the object's physicalName, and that the table is of the contract's domain)",
    );
    expect(reason(plan({ kind: 'library', metric: 'rowCount', mustBeGreaterThan: 0 }, {}, [localFile]))).toBe('shop-db public.orders: source shop-db is not declared in polder.yaml');
    expect(reason(plan({ kind: 'library', metric: 'nullValues', mustBe: 0 }, { tables: [{ ...table, column: null }] }))).toBe('shop-db public.orders: it has no column email');
    const model: DescribedTable = { ...table, urn: 'urn:polder:dataset:(dbt,analytics,shop.orders)', platform: 'dbt', sourceId: 'analytics' };
    expect(reason(plan({ kind: 'library', metric: 'rowCount', mustBeGreaterThan: 0 }, { tables: [model] }))).toBe('analytics public.orders: a dbt dataset: Polder runs rules on postgres, mysql, sqlite tables');
    const file: DescribedTable = { urn: 'urn:polder:dataset:(sqlite,local,main.orders)', platform: 'sqlite', sourceId: 'local', schema: 'main', name: 'orders', column: { urn: 'f', name: 'email' } };
    expect(reason(plan({ kind: 'library', metric: 'invalidValues', 'arguments.pattern': 'x', mustBe: 0 }, { tables: [file] }))).toBe('local orders: SQLite has no regular expressions for arguments.pattern');
  });

  it('runs on the tables it can reach and says which it cannot', () => {
    const file: DescribedTable = { urn: 'urn:polder:dataset:(sqlite,gone,main.orders)', platform: 'sqlite', sourceId: 'gone', schema: 'main', name: 'orders', column: null };
    const result = plan({ kind: 'library', metric: 'rowCount', mustBeGreaterThan: 0 }, { tables: [file, table] });
    expect(result.runnable && { tables: result.targets.map(({ table: { urn } }) => urn), notRunOn: result.notRunOn }).toEqual({
      tables: [TABLE],
      notRunOn: ['gone orders: source gone is not declared in polder.yaml'],
    });
  });
});
