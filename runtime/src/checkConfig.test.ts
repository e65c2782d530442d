import { describe, expect, it } from 'vitest';
import { polderYamlFile } from './testing/polderYamlFile.ts';
import { loadConfig } from './config.ts';

const mesh = `
domains:
  - { id: rentals, name: Rentals }
sources:
  - { id: rentals-db, kind: postgres, domain: rentals, connection: { database: rentals, user: crawler, passwordEnv: RENTALS_PASSWORD } }
  - { id: shop-db, kind: mysql, domain: rentals, connection: { database: shop, user: crawler, passwordEnv: SHOP_PASSWORD } }
  - { id: local, kind: sqlite, domain: rentals, path: local.db }
  - { id: analytics, kind: dbt, domain: rentals, targetDir: target }
checks:
`;

describe('checks in polder.yaml', () => {
  it('reads them into the mesh with their defaults', () => {
    const config = loadConfig({
      file: polderYamlFile(`${mesh}  - { id: orders-not-empty, source: rentals-db, dataset: public.orders, kind: rowCount, min: 1 }
  - { id: unique-email, source: local, dataset: customer, column: email, kind: uniqueness, schedule: "0 * * * *" }\n`),
      env: {},
    });
    expect(config.mesh.checks).toEqual([
      { id: 'orders-not-empty', source: 'rentals-db', dataset: 'public.orders', kind: 'rowCount', min: 1, timeoutMs: 10_000 },
      { id: 'unique-email', source: 'local', dataset: 'customer', column: 'email', kind: 'uniqueness', schedule: '0 * * * *', timeoutMs: 10_000, maxDuplicates: 0 },
    ]);
  });

  it.each([
    ['{ id: c, source: nowhere, dataset: public.t, kind: rowCount, min: 1 }', 'Invalid configuration at "checks.0.source"', 'unknown source "nowhere" (declared postgres, mysql and sqlite sources: rentals-db, shop-db, local)'],
    ['{ id: c, source: analytics, dataset: public.t, kind: rowCount, min: 1 }', 'Invalid configuration at "checks.0.source"', 'source "analytics" is of kind dbt; checks run on postgres, mysql, sqlite sources'],
    ['{ id: c, source: rentals-db, dataset: orders, kind: rowCount, min: 1 }', 'Invalid configuration at "checks.0.dataset"', '"orders" is not schema.table (a postgres dataset is named e.g. public.orders)'],
    ['{ id: c, source: shop-db, dataset: film, kind: rowCount, min: 1 }', 'Invalid configuration at "checks.0.dataset"', '"film" is not schema.table (a mysql dataset is named <database>.<table>, e.g. shop.orders)'],
    ['{ id: c, source: shop-db, dataset: other.t, kind: rowCount, min: 1 }', 'Invalid configuration at "checks.0.dataset"', '"other.t" is not in shop, the schema source "shop-db" crawls'],
    ['{ id: c, source: rentals-db, dataset: public.t, kind: rowCount }', 'Invalid configuration at "checks.0.min"', 'needs "min", "max" or both'],
    ['{ id: c, source: rentals-db, dataset: public.t, kind: rowCount, min: 10, max: 1 }', 'Invalid configuration at "checks.0.max"', '"max" (1) is below "min" (10): no number could pass'],
    ['{ id: c, source: rentals-db, dataset: public.t, kind: customSql, sql: "SELECT 1", min: 0.5, max: 0.2 }', 'Invalid configuration at "checks.0.max"', '"max" (0.2) is below "min" (0.5)'],
    ['{ id: c, source: rentals-db, dataset: public.t, kind: freshness, maxAgeMinutes: 60 }', 'Invalid configuration at "checks.0.column"', 'is required'],
    ['{ id: c, source: rentals-db, dataset: public.t, kind: rowCount, min: 1, sampleRows: 10 }', 'Invalid configuration at "checks.0"', 'unknown key "sampleRows"; known keys here: id, source, dataset, description, schedule, timeoutMs, kind, min, max'],
    ['{ id: c, source: rentals-dbb, dataset: public.t, kind: rowCount, min: 1 }', 'Invalid configuration at "checks.0.source"', 'unknown source "rentals-dbb" (did you mean rentals-db? declared postgres, mysql and sqlite sources: rentals-db, shop-db, local)'],
    ['{ id: c, source: local, dataset: t, kind: rowcount, min: 1 }', 'Invalid configuration at "checks.0.kind"', 'must be one of rowCount, freshness, nullFraction, uniqueness, acceptedValues, customSql, not "rowcount" (did you mean rowCount?)'],
    ['{ id: Orders, source: local, dataset: t, kind: rowCount, min: 1 }', 'Invalid configuration at "checks.0.id"', 'must be lower-case letters, digits, "-" and "_", starting with a letter or a digit, not "Orders"'],
    ['{ id: c, source: rentals-db, dataset: "public.t\\0", kind: rowCount, min: 1 }', 'Invalid configuration at "checks.0.dataset"', 'must not contain a NUL character'],
    ['{ id: c, source: rentals-db, dataset: public.t, kind: rowCount, min: 1, schedule: hourly }', 'Invalid configuration at "checks.0.schedule"', 'a cron expression'],
  ])('names the bad key: %s', (check, where, message) => {
    const load = () => loadConfig({ file: polderYamlFile(`${mesh}  - ${check}\n`), env: {} });
    expect(load).toThrow(where);
    expect(load).toThrow(message);
  });

  it('refuses two checks with one id', () => {
    const check = '  - { id: c, source: local, dataset: t, kind: rowCount, min: 1 }\n';
    expect(() => loadConfig({ file: polderYamlFile(`${mesh}${check}${check}`), env: {} })).toThrow(/^Invalid configuration at "checks.1.id" in .*: duplicate check id "c" \(already used by checks.0\)$/);
  });
});
