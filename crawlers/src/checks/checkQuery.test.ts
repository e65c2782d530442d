import { describe, expect, it } from 'vitest';
import type { CheckConfig } from '@polder/runtime';
import { checkQuery, tableSizeQuery } from './checkQuery.ts';
import type { CheckTarget } from './checkTarget.ts';

const common = { id: 'c', source: 's', dataset: 'public.orders', timeoutMs: 10_000 } as const;
const pg: CheckTarget = { dialect: 'postgres', schema: 'public', table: 'orders', column: 'email', datasetUrn: 'd', fieldUrn: 'f' };
const my: CheckTarget = { ...pg, dialect: 'mysql', schema: 'shop' };
const lite: CheckTarget = { ...pg, dialect: 'sqlite', schema: null };

describe('checkQuery', () => {
  it('counts rows with the names quoted per dialect', () => {
    const check: CheckConfig = { ...common, kind: 'rowCount', min: 1 };
    expect(checkQuery(check, pg)).toEqual({ sql: 'SELECT count(*) AS observed FROM "public"."orders"', params: [] });
    expect(checkQuery(check, my)).toEqual({ sql: 'SELECT count(*) AS observed FROM `shop`.`orders`', params: [] });
    expect(checkQuery(check, lite)).toEqual({ sql: 'SELECT count(*) AS observed FROM "orders"', params: [] });
  });

  it('keeps a hostile name one identifier', () => {
    const check: CheckConfig = { ...common, kind: 'uniqueness', column: 'x', maxDuplicates: 0 };
    expect(checkQuery(check, { ...pg, table: 'o"; DROP TABLE t; --', column: 'a"b' }).sql).toBe(
      'SELECT count("a""b") - count(DISTINCT "a""b") AS observed FROM "public"."o""; DROP TABLE t; --"',
    );
    expect(checkQuery(check, { ...my, table: 'o`x', column: 'c' }).sql).toBe('SELECT count(`c`) - count(DISTINCT `c`) AS observed FROM `shop`.`o``x`');
    expect(() => checkQuery(check, { ...pg, column: 'a\0b' })).toThrow('The identifier "a\\u0000b" contains a NUL character');
  });

  it('passes accepted values as parameters', () => {
    const check: CheckConfig = { ...common, kind: 'acceptedValues', column: 'status', values: ['open', 2] };
    expect(checkQuery(check, { ...pg, column: 'status' })).toEqual({
      sql: 'SELECT count(*) AS observed FROM "public"."orders" WHERE "status" IS NOT NULL AND "status" NOT IN ($1, $2)',
      params: ['open', 2],
    });
    // A number as text where the store would compare a text column with it as a number (MySQL) or read it as '2.0' (SQLite).
    expect(checkQuery(check, { ...my, column: 'status' })).toEqual({
      sql: 'SELECT count(*) AS observed FROM `shop`.`orders` WHERE `status` IS NOT NULL AND `status` NOT IN (?, ?)',
      params: ['open', '2'],
    });
    expect(checkQuery(check, { ...lite, column: 'status' })).toEqual({
      sql: 'SELECT count(*) AS observed FROM "orders" WHERE "status" IS NOT NULL AND "status" NOT IN (?, (? + 0))',
      params: ['open', '2'],
    });
  });

  it('measures freshness in minutes with each store\'s clock', () => {
    const check: CheckConfig = { ...common, kind: 'freshness', column: 'at', maxAgeMinutes: 60 };
    expect(checkQuery(check, { ...pg, column: 'at' }).sql).toBe('SELECT EXTRACT(EPOCH FROM now() - CAST(max("at") AS timestamptz)) / 60 AS observed FROM "public"."orders"');
    expect(checkQuery(check, { ...my, column: 'at' }).sql).toBe('SELECT TIMESTAMPDIFF(SECOND, max(`at`), NOW()) / 60 AS observed FROM `shop`.`orders`');
    expect(checkQuery(check, { ...lite, column: 'at' }).sql).toContain(`* 1440.0 AS observed FROM (SELECT max("at") AS newest FROM "orders")`);
  });

  it('reads a sample when told to: TABLESAMPLE on PostgreSQL, a LIMIT-ed subquery elsewhere', () => {
    const check: CheckConfig = { ...common, kind: 'nullFraction', column: 'email', max: 0.1, sampleRows: 1000 };
    expect(checkQuery(check, pg, { method: 'tablesample', percent: 2.5 }).sql).toBe(
      'SELECT CASE WHEN count(*) = 0 THEN 0 ELSE 1.0 * (count(*) - count("email")) / count(*) END AS observed FROM "public"."orders" TABLESAMPLE SYSTEM (2.5)',
    );
    expect(checkQuery(check, my, { method: 'limit', rows: 1000 }).sql).toBe(
      'SELECT CASE WHEN count(*) = 0 THEN 0 ELSE 1.0 * (count(*) - count(`email`)) / count(*) END AS observed FROM (SELECT `email` FROM `shop`.`orders` LIMIT 1000) AS sampled',
    );
  });

  it('never samples a row count', () => {
    const check: CheckConfig = { ...common, kind: 'rowCount', min: 1 };
    expect(checkQuery(check, pg, { method: 'tablesample', percent: 1 }).sql).toBe('SELECT count(*) AS observed FROM "public"."orders"');
  });

  it('wraps custom SQL as a derived table, dropping a final semicolon', () => {
    const check: CheckConfig = { ...common, kind: 'customSql', sql: 'SELECT 1 -- one\n;', min: 1 };
    expect(checkQuery(check, pg)).toEqual({ sql: 'SELECT * FROM (\nSELECT 1 -- one\n) AS custom_check LIMIT 2', params: [] });
  });
});

describe('tableSizeQuery', () => {
  it('reads the planner estimate on PostgreSQL and a bounded count elsewhere', () => {
    expect(tableSizeQuery(pg, 100)).toEqual({
      sql: 'SELECT CASE WHEN reltuples < 0 THEN NULL ELSE reltuples::float8 END AS observed FROM pg_class WHERE oid = to_regclass($1)',
      params: ['"public"."orders"'],
    });
    expect(tableSizeQuery(lite, 100)).toEqual({ sql: 'SELECT count(*) AS observed FROM (SELECT 1 AS one FROM "orders" LIMIT 101) AS probe', params: [] });
  });
});
