/**
 * Where the local services keep their files inside the data dir (`.polder/` by
 * default). Every path a service writes is listed here, so the layout can be read
 * in one place and `rm -rf .polder` is the whole reset.
 */
import { join } from 'node:path';
import type { ServiceName } from './serviceTypes.ts';

export interface ServicePaths {
  dataDir: string;
  /** Generated passwords and keys, one file each, mode 0600. */
  secretsDir: string;
  /** `services.json`: pids and ports of the processes Polder started. */
  stateFile: string;
  /** Held while a process starts or stops the services (fileLock.ts). */
  lockFile: string;
  logsDir: string;
  /** Maven, when it is not installed. */
  toolsDir: string;
  neo4jHome: string;
  /** Neo4j's jars, copied from Maven Central. */
  neo4jLib: string;
  /** Launcher.class, compiled against `neo4jLib`. */
  neo4jClasses: string;
  meiliHome: string;
  /** Owned by the unprivileged user PostgreSQL runs as, when Polder runs as root. */
  postgresHome: string;
  postgresData: string;
}

export function servicePaths(dataDir: string): ServicePaths {
  const neo4jHome = join(dataDir, 'neo4j');
  const postgresHome = join(dataDir, 'postgres');
  return {
    dataDir,
    secretsDir: join(dataDir, 'secrets'),
    stateFile: join(dataDir, 'run', 'services.json'),
    lockFile: join(dataDir, 'run', 'services.lock'),
    logsDir: join(dataDir, 'logs'),
    toolsDir: join(dataDir, 'tools'),
    neo4jHome,
    neo4jLib: join(neo4jHome, 'lib'),
    neo4jClasses: join(neo4jHome, 'launcher'),
    meiliHome: join(dataDir, 'meili'),
    postgresHome,
    postgresData: join(postgresHome, 'data'),
  };
}

export function serviceLogFile(paths: ServicePaths, service: ServiceName): string {
  return join(paths.logsDir, `${service}.log`);
}
