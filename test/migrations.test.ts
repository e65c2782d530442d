/** The graph schema migrations against real Neo4j: applied once, recorded, and a re-run changes nothing. */
import { afterAll, describe, expect, it } from 'vitest';
import { applyMigrations, MIGRATIONS } from '@polder/graph-schema';
import { pendingOwnReads } from '@polder/crawlers';
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

  it('turns a summed pending own read into one entry per session that the next reading takes out where the old code did (migration 012)', async () => {
    const urn = 'urn:polder:dataset:(sqlite,migration-012,main.t)';
    const untouched = 'urn:polder:dataset:(sqlite,migration-012,main.u)';
    await driver.executeQuery(
      `CREATE (:Dataset:Entity {urn: $urn, usage_ownReads: 8, usage_ownReadsUntil: '2026-12-01T20:30:01.179Z'}), (:Dataset:Entity {urn: $untouched, usage_readAt: '2026-12-01T20:00:00.000Z'})`,
      { urn, untouched },
    );
    try {
      const migration = MIGRATIONS.find((candidate) => candidate.id === '012-own-reads-per-session')!;
      for (const statement of migration.statements) await driver.executeQuery(statement);
      const { records } = await driver.executeQuery(
        `MATCH (d:Dataset) WHERE d.urn IN [$urn, $untouched] RETURN d {.urn, .usage_ownReads, .usage_ownReadsUntil, .usage_ownReadsPending, .usage_ownReadsPendingAt} AS d ORDER BY d.urn`,
        { urn, untouched },
      );
      const [converted, other] = records.map((record) => record.get('d'));
      expect(converted).toEqual({ urn, usage_ownReads: null, usage_ownReadsUntil: null, usage_ownReadsPending: [8], usage_ownReadsPendingAt: ['2026-12-01T20:30:01.179Z'] });
      expect(other).toEqual({ urn: untouched, usage_ownReads: null, usage_ownReadsUntil: null, usage_ownReadsPending: null, usage_ownReadsPendingAt: null });
      // A reading after the old sum's time takes all of it out, as before.
      expect(pendingOwnReads([{ reads: 8, at: converted.usage_ownReadsPendingAt[0] }], '2026-12-01T21:00:00.000Z')).toEqual({ subtract: 8, keep: [] });
    } finally {
      await driver.executeQuery(`MATCH (d:Dataset) WHERE d.urn IN [$urn, $untouched] DELETE d`, { urn, untouched });
    }
  });

  it('keys every polyseme by its lower-case label, the oldest of two sharing one keeping it, and holds the key unique (migration 013)', async () => {
    const urns = ['urn:polder:polyseme:migration-013-a', 'urn:polder:polyseme:migration-013-b', 'urn:polder:polyseme:migration-013-c'];
    // As a graph from before the migration: no key, no constraint, and two labels one race made equal.
    await driver.executeQuery('DROP CONSTRAINT polyseme_label IF EXISTS');
    await driver.executeQuery(
      `CREATE (:Polyseme:Entity {urn: $urns[0], label: 'Migration Word', createdAt: '2026-01-02T00:00:00.000Z'}),
              (:Polyseme:Entity {urn: $urns[1], label: 'migration word', createdAt: '2026-01-01T00:00:00.000Z'}),
              (:Polyseme:Entity {urn: $urns[2], label: ' Other Word ', createdAt: '2026-01-03T00:00:00.000Z'})`,
      { urns },
    );
    try {
      const migration = MIGRATIONS.find((candidate) => candidate.id === '013-polyseme-label-key')!;
      for (const statement of migration.statements) await driver.executeQuery(statement);
      const { records } = await driver.executeQuery(`MATCH (p:Polyseme) WHERE p.urn IN $urns RETURN p.urn AS urn, p.labelKey AS key ORDER BY urn`, { urns });
      expect(records.map((record) => record.toObject())).toEqual([
        { urn: urns[0], key: null },
        { urn: urns[1], key: 'migration word' },
        { urn: urns[2], key: 'other word' },
      ]);
      await expect(driver.executeQuery(`CREATE (:Polyseme:Entity {urn: 'urn:polder:polyseme:migration-013-d', labelKey: 'other word'})`)).rejects.toMatchObject({
        code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
      });
    } finally {
      await driver.executeQuery(`MATCH (p:Polyseme) WHERE p.urn STARTS WITH 'urn:polder:polyseme:migration-013-' DELETE p`);
      await driver.executeQuery('CREATE CONSTRAINT polyseme_label IF NOT EXISTS FOR (p:Polyseme) REQUIRE p.labelKey IS UNIQUE');
    }
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
