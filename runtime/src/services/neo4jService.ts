/**
 * Neo4j 5.26 Community, embedded in a small Java launcher (runtime/neo4j-launcher/)
 * with only Bolt open, on 127.0.0.1. Or, when `neo4j.uri` is set, somebody
 * else's Neo4j, which Polder only health-checks.
 */
import neo4j from 'neo4j-driver';
import type { PolderConfig } from '../config.ts';
import type { Neo4jConnection } from '../connections.ts';
import { findJdk } from './java.ts';
import { LAUNCHER_MAIN_CLASS, prepareNeo4jLauncher } from './neo4jLauncher.ts';
import { LOOPBACK } from './ports.ts';
import { readOrCreateSecret } from './secrets.ts';
import { servicePaths } from './servicePaths.ts';
import type { ExternalService, LocalService } from './serviceTypes.ts';
import { serviceEnvironment } from './serviceEnvironment.ts';

/** The embedded DBMS has one account; Polder sets its password on every start. */
const EMBEDDED_USER = 'neo4j';
/** The launcher reads the password from this variable, never from its command line. */
const PASSWORD_ENV = 'POLDER_NEO4J_PASSWORD';

/** The Neo4j that `neo4j.uri` (NEO4J_URI) points at, if it is set. */
export function externalNeo4jService(config: PolderConfig): ExternalService<'neo4j'> | undefined {
  if (!config.neo4j.uri) return undefined;
  return {
    name: 'neo4j',
    title: 'Neo4j',
    url: config.neo4j.uri,
    setting: 'NEO4J_URI',
    connection: { uri: config.neo4j.uri, user: config.neo4j.user, password: config.neo4j.password },
    checkHealth: checkNeo4j,
  };
}

/** The Neo4j Polder runs itself in `config.dataDir`. */
export function localNeo4jService(config: PolderConfig): LocalService<'neo4j', Neo4jConnection & { password: string }> {
  const paths = servicePaths(config.dataDir);
  const port = config.neo4j.boltPort;
  const uri = `bolt://${LOOPBACK}:${port}`;
  return {
    name: 'neo4j',
    title: 'Neo4j',
    port,
    portSetting: { env: 'POLDER_NEO4J_BOLT_PORT', key: 'neo4j.boltPort' },
    stopSignal: 'SIGTERM',
    // A JVM plus store recovery after a crash; the Maven download happens before this clock starts.
    startTimeoutMs: 120_000,
    url: uri,
    commandLineMarker: `--home=${paths.neo4jHome}`,
    async connection() {
      const password = config.neo4j.password ?? (await readOrCreateSecret(paths.secretsDir, 'neo4j-password'));
      return { uri, user: EMBEDDED_USER, password };
    },
    async prepare(connection, { detached, logger, log }) {
      const jdk = await findJdk();
      const classpath = await prepareNeo4jLauncher(jdk, paths, log, logger);
      return {
        command: jdk.java,
        args: neo4jLauncherArgs({
          classpath,
          home: paths.neo4jHome,
          boltPort: port,
          heapMb: config.neo4j.heapMb,
          pageCacheMb: config.neo4j.pageCacheMb,
          exitWhenStdinCloses: !detached,
        }),
        env: serviceEnvironment(process.env, { [PASSWORD_ENV]: connection.password }),
        cwd: paths.neo4jHome,
        stdin: detached ? 'ignore' : 'pipe',
      };
    },
    checkHealth: checkNeo4j,
  };
}

export interface Neo4jLauncherArgs {
  classpath: string;
  home: string;
  boltPort: number;
  heapMb: number;
  pageCacheMb: number;
  exitWhenStdinCloses: boolean;
}

/** The `java` command line of the launcher. */
export function neo4jLauncherArgs(options: Neo4jLauncherArgs): string[] {
  return [
    `-Xmx${options.heapMb}m`,
    // The whole heap from the start, committed up front, as Neo4j's own neo4j.conf sets it: a heap
    // growing under a big write costs it collections.
    `-Xms${options.heapMb}m`,
    '-XX:+AlwaysPreTouch',
    // The throughput collector rather than G1, the JVM's default. A big crawl's transaction state
    // lives through many young collections, and on a small machine G1's concurrent threads share
    // the cores with the write. `npx polder bench postgres`, 2 cores, 2 GiB heap, warm, side by
    // side (2026-11-30): the 10,000-table first crawl took 18.0 s with it, 20.9-22.4 s with G1 and
    // 20.5-21.1 s with G1 tuned for throughput (pause goal 1 s, young generation 40%). A read's
    // pauses stay young collections of short-lived objects.
    '-XX:+UseParallelGC',
    // An OutOfMemoryError leaves Neo4j in an undefined state: better to die and be restarted.
    '-XX:+ExitOnOutOfMemoryError',
    // Plain IPv4 sockets: Bolt then binds 127.0.0.1 itself, not its IPv6-mapped twin.
    '-Djava.net.preferIPv4Stack=true',
    '-cp',
    options.classpath,
    LAUNCHER_MAIN_CLASS,
    `--home=${options.home}`,
    `--bolt-port=${options.boltPort}`,
    `--page-cache-mb=${options.pageCacheMb}`,
    ...(options.exitWhenStdinCloses ? ['--exit-when-stdin-closes'] : []),
  ];
}

/** Opens a Bolt session and runs the driver's connectivity check (authenticates too). */
export async function checkNeo4j(connection: Neo4jConnection): Promise<void> {
  const auth = connection.password === undefined ? undefined : neo4j.auth.basic(connection.user, connection.password);
  const driver = neo4j.driver(connection.uri, auth, { connectionTimeout: 2_000, maxConnectionPoolSize: 1 });
  try {
    await driver.verifyConnectivity();
  } finally {
    await driver.close();
  }
}
