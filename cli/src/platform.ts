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
  const services = (await startServices(config, { which, detached: false, logger })) as Partial<RunningServices> & { stop(): Promise<void> };
  let driver: Driver | undefined;
  try {
    if (!services.neo4j) throw new Error('every command needs Neo4j');
    driver = connectNeo4j({ ...services.neo4j, database: config.neo4j.database });
    const meili = services.meili ? connectMeili(services.meili) : undefined;
    const migrations = await applyMigrations(driver, MIGRATIONS, config.neo4j.database);
    if (migrations.applied.length > 0) logger.info({ applied: migrations.applied }, 'graph schema migrated');
    const openDriver = driver;
    return {
      config,
      services: services as RunningServices,
      driver: openDriver,
      get meili(): Meilisearch {
        if (!meili) throw new Error('this command did not start Meilisearch');
        return meili;
      },
      migrations,
      async close() {
        await openDriver.close();
        await services.stop();
      },
    };
  } catch (error) {
    // Whatever failed, the services this call started must not outlive it.
    await driver?.close();
    await services.stop();
    throw error;
  }
}
