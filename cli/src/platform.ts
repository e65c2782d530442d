/**
 * The running platform a command works against: the services (started here, or
 * reused when `polder services up` already runs them, or external via
 * NEO4J_URI / MEILI_URL), a Neo4j driver with the schema migrated, and a
 * Meilisearch client.
 */
import type { Driver } from 'neo4j-driver';
import type { Meilisearch } from 'meilisearch';
import { applyMigrations, MIGRATIONS, type MigrationReport } from '@polder/graph-schema';
import {
  connectMeili,
  connectNeo4j,
  startServices,
  type Logger,
  type PolderConfig,
  type RunningServices,
  type ServiceName,
} from '@polder/runtime';

export interface Platform {
  config: PolderConfig;
  services: RunningServices;
  driver: Driver;
  meili: Meilisearch;
  migrations: MigrationReport;
  close(): Promise<void>;
}

export async function openPlatform(
  config: PolderConfig,
  logger: Logger,
  which: ServiceName[] = ['neo4j', 'meili', 'postgres'],
): Promise<Platform> {
  const services = await startServices(config, { which, detached: false, logger });
  const driver = connectNeo4j(services.neo4j);
  const meili = connectMeili(services.meili);
  try {
    const migrations = await applyMigrations(driver, MIGRATIONS, config.neo4j.database);
    if (migrations.applied.length > 0) logger.info({ applied: migrations.applied }, 'graph schema migrated');
    return {
      config,
      services,
      driver,
      meili,
      migrations,
      async close() {
        await driver.close();
        await services.stop();
      },
    };
  } catch (error) {
    await driver.close();
    await services.stop();
    throw error;
  }
}
