import { describe, expect, it } from 'vitest';
import type { CheckTarget } from '../checks/checkTarget.ts';
import { contractRuleQuery, placeholdersIn, substitutePlaceholders } from './contractRuleQuery.ts';

const pg: CheckTarget = { dialect: 'postgres', schema: 'public', table: 'orders', column: 'email', datasetUrn: 'urn:polder:dataset:(postgres,db,shop.public.orders)', fieldUrn: null };
const my: CheckTarget = { ...pg, dialect: 'mysql', schema: 'shop' };
const lite: CheckTarget = { ...pg, dialect: 'sqlite', schema: null };

describe('contractRuleQuery', () => {
  it('counts rows, nulls and duplicates, in rows or as a percentage of the rows', () => {
    expect(contractRuleQuery({ kind: 'rowCount' }, pg)).toEqual({ sql: 'SELECT count(*) AS observed FROM "public"."orders"', params: [] });
    expect(contractRuleQuery({ kind: 'nullValues', unit: 'rows' }, my)).toEqual({ sql: 'SELECT count(*) - count(`email`) AS observed FROM `shop`.`orders`', params: [] });
    expect(contractRuleQuery({ kind: 'duplicateValues', unit: 'percent' }, lite)).toEqual({
      sql: 'SELECT CASE WHEN count(*) = 0 THEN 0 ELSE 100.0 * (count("email") - count(DISTINCT "email")) / count(*) END AS observed FROM "orders"',
      params: [],
    });
  });

  it('binds listed values and the pattern as parameters, in the order the text uses them', () => {
    expect(contractRuleQuery({ kind: 'missingValues', unit: 'rows', missingValues: ['', 'N/A'] }, pg)).toEqual({
      sql: `SELECT coalesce(sum(CASE WHEN "email" IS NULL OR CAST("email" AS text) IN ($1, $2) THEN 1 ELSE 0 END), 0) AS observed FROM "public"."orders"`,
      params: ['', 'N/A'],
    });
    expect(contractRuleQuery({ kind: 'invalidValues', unit: 'rows', validValues: ['a', 1], pattern: '^[a-z]+$' }, my)).toEqual({
      sql: 'SELECT coalesce(sum(CASE WHEN `email` IS NOT NULL AND (NOT (`email` IN (?) OR CAST(`email` AS CHAR) IN (?)) OR CAST(`email` AS CHAR) NOT REGEXP ?) THEN 1 ELSE 0 END), 0) AS observed FROM `shop`.`orders`',
      params: ['1', 'a', '^[a-z]+$'],
    });
    expect(contractRuleQuery({ kind: 'invalidValues', unit: 'percent', validValues: null, pattern: '^x' }, pg).sql).toBe(
      `SELECT CASE WHEN count(*) = 0 THEN 0 ELSE 100.0 * (coalesce(sum(CASE WHEN "email" IS NOT NULL AND (CAST("email" AS text) !~ $1) THEN 1 ELSE 0 END), 0)) / count(*) END AS observed FROM "public"."orders"`,
    );
  });

  it('compares listed text with the column as text, so that a number column can be asked for it', () => {
    // Compared with an integer column, '' is an error on PostgreSQL and equals 0 on MySQL and MariaDB.
    const id = (target: CheckTarget): CheckTarget => ({ ...target, column: 'id' });
    expect(contractRuleQuery({ kind: 'missingValues', unit: 'rows', missingValues: ['', 'N/A', -1] }, id(pg))).toEqual({
      sql: `SELECT coalesce(sum(CASE WHEN "id" IS NULL OR "id" IN ($1) OR CAST("id" AS text) IN ($2, $3) THEN 1 ELSE 0 END), 0) AS observed FROM "public"."orders"`,
      params: [-1, '', 'N/A'],
    });
    expect(contractRuleQuery({ kind: 'missingValues', unit: 'rows', missingValues: [''] }, id(my)).sql).toBe(
      'SELECT coalesce(sum(CASE WHEN `id` IS NULL OR CAST(`id` AS CHAR) IN (?) THEN 1 ELSE 0 END), 0) AS observed FROM `shop`.`orders`',
    );
    expect(contractRuleQuery({ kind: 'invalidValues', unit: 'rows', validValues: [1, 2], pattern: null }, id(lite))).toEqual({
      sql: 'SELECT coalesce(sum(CASE WHEN "id" IS NOT NULL AND (NOT ("id" IN ((? + 0), (? + 0)))) THEN 1 ELSE 0 END), 0) AS observed FROM "orders"',
      params: ['1', '2'],
    });
  });

  it('binds a listed number as text on MySQL, so that a text column compares it as text (not \'01\' = 1)', () => {
    expect(contractRuleQuery({ kind: 'invalidValues', unit: 'rows', validValues: [1, 2.5], pattern: null }, { ...my, column: 'code' })).toEqual({
      sql: 'SELECT coalesce(sum(CASE WHEN `code` IS NOT NULL AND (NOT (`code` IN (?, ?))) THEN 1 ELSE 0 END), 0) AS observed FROM `shop`.`orders`',
      params: ['1', '2.5'],
    });
  });

  it('reads a sample for a column metric', () => {
    expect(contractRuleQuery({ kind: 'nullValues', unit: 'percent' }, pg, { method: 'tablesample', percent: 1.5 }).sql).toBe(
      'SELECT CASE WHEN count(*) = 0 THEN 0 ELSE 100.0 * (count(*) - count("email")) / count(*) END AS observed FROM "public"."orders" TABLESAMPLE SYSTEM (1.5)',
    );
    expect(contractRuleQuery({ kind: 'nullValues', unit: 'rows' }, lite, { method: 'limit', rows: 100 }).sql).toBe(
      'SELECT count(*) - count("email") AS observed FROM (SELECT "email" FROM "orders" LIMIT 100) AS sampled',
    );
  });

  it('runs a SQL rule as a derived table, its {object} and {property} the quoted names', () => {
    expect(contractRuleQuery({ kind: 'sql', query: 'SELECT count(*) FROM {object} WHERE ${column} IS NULL;' }, my)).toEqual({
      sql: 'SELECT * FROM (\nSELECT count(*) FROM `shop`.`orders` WHERE `email` IS NULL\n) AS custom_check LIMIT 2',
      params: [],
    });
    expect(() => contractRuleQuery({ kind: 'sql', query: 'SELECT count(*) FROM {table} WHERE {property} < 0' }, { ...pg, column: null })).toThrow(
      '{property} names a column, and this rule is not a property\'s',
    );
  });

  it('refuses a pattern on SQLite, which has no regular expressions', () => {
    expect(() => contractRuleQuery({ kind: 'invalidValues', unit: 'rows', validValues: null, pattern: 'x' }, lite)).toThrow('SQLite has no regular expressions');
  });
});

describe('placeholdersIn and substitutePlaceholders', () => {
  it('finds {object}, {table}, {property} and {column}, with or without $, and leaves other braces alone', () => {
    expect([...placeholdersIn(`SELECT '{"a":1}' FROM \${table}`)]).toEqual(['object']);
    expect([...placeholdersIn('SELECT {column} FROM x')]).toEqual(['property']);
    expect(substitutePlaceholders(`SELECT {property}, '{other}' FROM {object}`, { object: '"s"."t"', property: '"a""b"' })).toBe(`SELECT "a""b", '{other}' FROM "s"."t"`);
  });
});
