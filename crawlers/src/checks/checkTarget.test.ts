import { describe, expect, it } from 'vitest';
import type { CheckConfig, SourceConfigOf } from '@polder/runtime';
import { checkTarget, type CheckableSource } from './checkTarget.ts';

const connection = { host: 'localhost', port: 5432, database: 'shop', user: 'polder' };
const postgres: SourceConfigOf<'postgres'> = { id: 'shop-db', kind: 'postgres', domain: 'sales', connection, include: [], exclude: [] };
const sqlite: CheckableSource = { id: 'shop-file', kind: 'sqlite', domain: 'sales', path: '/data/shop.db', include: [], exclude: [] };
const check = (dataset: string, column?: string): CheckConfig => {
  const common = { id: 'orders-checked', source: 'shop-db', dataset, timeoutMs: 10_000 };
  return column === undefined ? { ...common, kind: 'rowCount', min: 1 } : { ...common, kind: 'nullFraction', column, max: 0 };
};
const dotted = 'urn:polder:dataset:(postgres,shop-db,shop.dot.schema.v.dot)';

describe('checkTarget', () => {
  it('splits a crawled dataset where its crawler read the schema and table to be', () => {
    const crawled = new Map([[dotted, { schema: 'dot.schema', table: 'v.dot' }]]);
    expect(checkTarget(check('dot.schema.v.dot', 'email'), postgres, crawled)).toEqual({
      dialect: 'postgres',
      schema: 'dot.schema',
      table: 'v.dot',
      column: 'email',
      datasetUrn: dotted,
      fieldUrn: `urn:polder:field:(${dotted},email)`,
    });
  });

  it('splits a dataset not crawled yet at the first dot, as a check always did', () => {
    expect(checkTarget(check('public.orders'), postgres)).toMatchObject({ schema: 'public', table: 'orders', datasetUrn: 'urn:polder:dataset:(postgres,shop-db,shop.public.orders)' });
    expect(checkTarget(check('dot.schema.v.dot'), postgres, new Map())).toMatchObject({ schema: 'dot', table: 'schema.v.dot', datasetUrn: dotted });
  });

  it('takes a sqlite dataset as a bare table of main, dots and all', () => {
    expect(checkTarget(check('v.dot'), sqlite)).toMatchObject({ dialect: 'sqlite', schema: null, table: 'v.dot', datasetUrn: 'urn:polder:dataset:(sqlite,shop-file,main.v.dot)' });
  });

  it('refuses a postgres dataset without a schema', () => {
    expect(() => checkTarget(check('orders'), postgres)).toThrow('check orders-checked: dataset "orders" is not schema.table');
  });
});
