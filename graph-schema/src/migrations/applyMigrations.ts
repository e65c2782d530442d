import type { Driver } from 'neo4j-driver';
import type { Migration } from './Migration.ts';

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

/**
 * Applies the migrations not yet recorded in the graph, in order. Re-running is
 * a no-op. Migrations are recorded as `(:Migration {id, appliedAt})` nodes.
 */
export async function applyMigrations(
  driver: Driver,
  migrations: readonly Migration[],
  database?: string,
): Promise<MigrationReport> {
  const session = () => driver.session({ database });
  const done = new Set<string>();
  {
    const s = session();
    try {
      const result = await s.run('MATCH (m:Migration) RETURN m.id AS id');
      for (const record of result.records) done.add(record.get('id') as string);
    } finally {
      await s.close();
    }
  }

  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const migration of migrations) {
    if (done.has(migration.id)) {
      report.alreadyApplied.push(migration.id);
      continue;
    }
    await runMigrationStatements(driver, migration, database);
    const s = session();
    try {
      await s.run('MERGE (m:Migration {id: $id}) ON CREATE SET m.appliedAt = datetime(), m.description = $description', {
        id: migration.id,
        description: migration.description,
      });
    } catch (error) {
      throw new Error(`Migration ${migration.id} failed: ${(error as Error).message}`, { cause: error });
    } finally {
      await s.close();
    }
    report.applied.push(migration.id);
  }
  return report;
}

/**
 * Runs one migration's statements, each on its own (schema and data statements cannot share a
 * transaction), without recording it. A backup restore runs the data a backup brings through the
 * migrations its Polder had not applied yet (cli/src/backup/importGraph.ts).
 */
export async function runMigrationStatements(driver: Driver, migration: Migration, database?: string): Promise<void> {
  const s = driver.session({ database });
  try {
    for (const statement of migration.statements) await s.run(statement);
  } catch (error) {
    throw new Error(`Migration ${migration.id} failed: ${(error as Error).message}`, { cause: error });
  } finally {
    await s.close();
  }
}
