/** The graph schema migrations against real Neo4j: applied once, recorded, and a re-run changes nothing. */
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS } from '@polder/graph-schema';
import { testDriver } from './support/services.ts';

const driver = testDriver();
afterAll(() => driver.close());

describe('applyMigrations', () => {
  it('is a no-op when run again (the global setup already applied them)', async () => {
    const before = await schema();
    const report = await applyMigrations(driver, MIGRATIONS);
    expect(report).toEqual({ applied: [], alreadyApplied: MIGRATIONS.map((migration) => migration.id) });
    expect(await schema()).toEqual(before);
  });

  it('leaves a uniqueness constraint on every MERGE key', async () => {
    const { records } = await driver.executeQuery(`SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes[0] AS label, properties`);
    const unique = records.filter((record) => record.get('type') === 'UNIQUENESS').map((record) => `${record.get('label')}.${record.get('properties').join(',')}`);
    for (const key of ['Entity.urn', 'Dataset.urn', 'Field.urn', 'Domain.urn', 'Source.urn', 'IndexOutbox.urn', 'CrawlRun.id', 'Migration.id']) {
      expect(unique).toContain(key);
    }
  });

  it('leaves no index on Dataset.status, which misled plans made on an empty graph (migration 011)', async () => {
    const { records } = await driver.executeQuery(`SHOW INDEXES YIELD labelsOrTypes, properties WHERE 'Dataset' IN labelsOrTypes RETURN properties`);
    const indexed = records.map((record) => record.get('properties').join(','));
    expect(indexed).toContain('qualifiedName');
    expect(indexed).not.toContain('status');
  });
});

async function schema() {
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name');
  const migrations = await driver.executeQuery('MATCH (m:Migration) RETURN m.id AS id, m.appliedAt AS appliedAt ORDER BY id');
  return {
    constraints: constraints.records.map((record) => record.get('name')),
    indexes: indexes.records.map((record) => record.get('name')),
    migrations: migrations.records.map((record) => record.toObject()),
  };
}
