/**
 * Global setup of the integration tests: starts a real Neo4j, Meilisearch and
 * PostgreSQL once per run, on free loopback ports, in a throw-away data
 * directory, and stops them afterwards. When one cannot start, every
 * integration test fails with the reason; none passes without its service.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations, MIGRATIONS } from '@polder/graph-schema';
import { connectNeo4j, createLogger, findFreePort, loadConfig, LOG_CAPTURE_DIR_ENV, servicePaths, startServices, type RunningServices } from '@polder/runtime';
import { registerSecret } from '../support/knownSecrets.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    services: RunningServices;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Under /tmp rather than the repo: PostgreSQL runs as an unprivileged user that must reach its data dir.
  const dataDir = mkdtempSync(join(tmpdir(), 'polder-test-'));
  const config = loadConfig({
    file: null,
    env: {},
    overrides: {
      dataDir,
      neo4j: { boltPort: await findFreePort(), heapMb: 1024, pageCacheMb: 256 },
      meili: { port: await findFreePort() },
      postgres: { port: await findFreePort() },
    },
  });
  const logger = createLogger('test-services', process.env.POLDER_LOG_LEVEL ?? 'warn');
  const services = await startServices(config, { detached: false, logger });
  registerSecret('Neo4j password of the test services', services.neo4j.password!);
  registerSecret('Meilisearch master key of the test services', services.meili.key!);
  registerSecret('PostgreSQL password of the test services', services.postgres.password);
  const driver = connectNeo4j(services.neo4j);
  try {
    await applyMigrations(driver, MIGRATIONS);
  } finally {
    await driver.close();
  }
  project.provide('services', { neo4j: services.neo4j, meili: services.meili, postgres: services.postgres });
  return async () => {
    await services.stop();
    copyServiceLogs(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  };
}

/** The services' own output (`<dataDir>/logs/*.log`) goes to the log scan with every other log line. */
function copyServiceLogs(dataDir: string): void {
  const capture = process.env[LOG_CAPTURE_DIR_ENV];
  const { logsDir } = servicePaths(dataDir);
  if (!capture || !existsSync(logsDir)) return;
  for (const name of readdirSync(logsDir)) copyFileSync(join(logsDir, name), join(capture, `service-${name}`));
}
