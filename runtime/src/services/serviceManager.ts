/**
 * Starts, stops and reports on Neo4j, Meilisearch and PostgreSQL for one data dir.
 *
 * - External (NEO4J_URI, MEILI_URL set): never started, only health-checked.
 * - Attached (`npm start`, tests): children of this process; they stop with it.
 * - Detached (`polder services up`): keep running after the CLI exits, until
 *   `polder services down`.
 *
 * Every process Polder starts is recorded in `<dataDir>/run/services.json`. A
 * start first looks there: a healthy service from an earlier start is reused
 * (one data dir cannot be opened by two servers anyway), and one left behind by
 * an attached parent that died without cleaning up is stopped.
 */
import type { PolderConfig } from '../config.ts';
import { createLogger, type Logger } from '../logger.ts';
import { registerAttachedChild, unregisterAttachedChild } from './attachedChildren.ts';
import { keepAttachedRunning, type AttachedProcess } from './keepAttachedRunning.ts';
import { secondsSince } from './elapsed.ts';
import { externalMeilisearchService, localMeilisearchService } from './meilisearchService.ts';
import { externalNeo4jService, localNeo4jService } from './neo4jService.ts';
import { isPortFree } from './ports.ts';
import { localPostgresService } from './postgresService.ts';
import { isProcessAlive, isProcessRunning, spawnLogged, stopProcess } from './processes.ts';
import { openServiceLog } from './serviceLogs.ts';
import { serviceLogFile, servicePaths, type ServicePaths } from './servicePaths.ts';
import { forgetService, readServiceState, recordService, type ServiceRecord } from './serviceState.ts';
import { ServiceStartError } from './ServiceStartError.ts';
import {
  SERVICE_NAMES,
  type ExternalService,
  type LocalService,
  type RunningServices,
  type ServiceName,
} from './serviceTypes.ts';
import { waitUntilHealthy } from './waitUntilHealthy.ts';
import { makePrivateDataDirectories } from './privateDataDirectories.ts';
import { withFileLock } from './fileLock.ts';

/** How long a service may take to shut down cleanly before it is killed. */
const STOP_GRACE_MS = 30_000;
/** Who holds a data directory's services lock, for the messages of a command that waits for it. */
const SERVICES_LOCK_HOLDER = 'starting or stopping the services of this data directory';

export interface StartServicesOptions<Which extends ServiceName> {
  /** Default: all three. */
  which?: readonly Which[];
  /** Keep the processes running after this one exits (`polder services up`). Default: attached. */
  detached?: boolean;
  logger?: Logger;
}

/** How to reach each requested service, and `stop()` for the ones this call started. */
export type StartedServices<Which extends ServiceName> = Pick<RunningServices, Which> & {
  /** Stops what this call started; reused and external services are left alone. */
  stop(): Promise<void>;
};

export interface ServiceStatus {
  name: ServiceName;
  /** running: a process Polder started (attached or detached); external: NEO4J_URI / MEILI_URL. */
  state: 'running' | 'stopped' | 'external';
  url: string;
  healthy: boolean;
  pid?: number;
  detail?: string;
}

export interface StoppedService {
  name: ServiceName;
  pid: number;
}

type AnyLocalService = LocalService<ServiceName, RunningServices[ServiceName]>;
type AnyExternalService = ExternalService<ServiceName>;

interface StartedService {
  name: ServiceName;
  connection: RunningServices[ServiceName];
  stop(): Promise<void>;
}

/**
 * Brings up the requested services (in parallel) and resolves once each answers
 * its health check. If any fails, the others it started are stopped again and
 * the first failure is thrown (a `ServiceStartError` for every expected cause).
 */
export async function startServices<Which extends ServiceName = ServiceName>(
  config: PolderConfig,
  options: StartServicesOptions<Which> = {},
): Promise<StartedServices<Which>> {
  const logger = options.logger ?? createLogger('services', config.logLevel);
  const paths = servicePaths(config.dataDir);
  await makePrivateDataDirectories(paths, logger);
  return await withFileLock(paths.lockFile, () => startUnderLock(config, paths, options, logger), { logger, holderIs: SERVICES_LOCK_HOLDER });
}

async function startUnderLock<Which extends ServiceName>(
  config: PolderConfig,
  paths: ServicePaths,
  options: StartServicesOptions<Which>,
  logger: Logger,
): Promise<StartedServices<Which>> {
  const names: readonly ServiceName[] = [...new Set(options.which ?? SERVICE_NAMES)];

  const outcomes = await Promise.allSettled(
    names.map((name) => {
      const external = externalService(config, name);
      return external
        ? checkExternal(external)
        : startLocal(localService(config, name), paths, options.detached ?? false, logger);
    }),
  );

  const started = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const stopStarted = async () => {
    await Promise.all(started.map((service) => service.stop()));
  };
  const failures: unknown[] = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
  if (failures.length > 0) {
    await stopStarted();
    for (const extra of failures.slice(1)) logger.error((extra as Error).message);
    throw failures[0];
  }

  const connections = Object.fromEntries(started.map((service) => [service.name, service.connection]));
  // Under the lock too: a start in another process must not reuse a service while this one stops it.
  const stop = () => withFileLock(paths.lockFile, stopStarted, { logger, holderIs: SERVICES_LOCK_HOLDER });
  return { ...(connections as Pick<RunningServices, Which>), stop };
}

/** Stops every process recorded for this data dir (attached ones of another process included). */
export async function stopServices(
  config: PolderConfig,
  options: { logger?: Logger } = {},
): Promise<StoppedService[]> {
  const logger = options.logger ?? createLogger('services', config.logLevel);
  const paths = servicePaths(config.dataDir);
  return await withFileLock(paths.lockFile, () => stopUnderLock(config, paths, logger), { logger, holderIs: SERVICES_LOCK_HOLDER });
}

async function stopUnderLock(config: PolderConfig, paths: ServicePaths, logger: Logger): Promise<StoppedService[]> {
  const state = await readServiceState(paths.stateFile);
  const stopped: StoppedService[] = [];
  await Promise.all(
    SERVICE_NAMES.map(async (name) => {
      const record = state[name];
      if (!record) return;
      const service = localService(config, name);
      if (isProcessRunning(record.pid, service.commandLineMarker)) {
        const started = Date.now();
        await stopProcess(record.pid, service.stopSignal, STOP_GRACE_MS);
        logger.info(`${service.title} stopped in ${secondsSince(started)} s (pid ${record.pid})`);
        stopped.push({ name, pid: record.pid });
      }
      await forgetService(paths.stateFile, name, record.pid);
    }),
  );
  return stopped;
}

/** One entry per service: what runs, where, and whether it answers. Starts nothing. */
export async function servicesStatus(config: PolderConfig): Promise<ServiceStatus[]> {
  const paths = servicePaths(config.dataDir);
  const state = await readServiceState(paths.stateFile);
  return Promise.all(
    SERVICE_NAMES.map(async (name): Promise<ServiceStatus> => {
      const external = externalService(config, name);
      if (external) {
        const problem = await healthProblem(() => external.checkHealth(external.connection));
        return { name, state: 'external', url: external.url, healthy: !problem, detail: problem ?? `from ${external.setting}` };
      }

      const service = localService(config, name);
      const record = state[name];
      if (!record || !isProcessRunning(record.pid, service.commandLineMarker)) {
        const portTaken = !(await isPortFree(service.port));
        return {
          name,
          state: 'stopped',
          url: service.url,
          healthy: false,
          ...(portTaken && { detail: `port ${service.port} is in use by a process Polder did not start` }),
        };
      }
      const connection = await service.connection();
      const problem = await healthProblem(() => service.checkHealth(connection));
      return {
        name,
        state: 'running',
        url: service.url,
        healthy: !problem,
        pid: record.pid,
        detail: [describeMode(record), problem && `not answering: ${problem}`].filter(Boolean).join('; '),
      };
    }),
  );
}

function externalService(config: PolderConfig, name: ServiceName): AnyExternalService | undefined {
  switch (name) {
    case 'neo4j':
      return externalNeo4jService(config);
    case 'meili':
      return externalMeilisearchService(config);
    case 'postgres':
      return undefined;
  }
}

function localService(config: PolderConfig, name: ServiceName): AnyLocalService {
  switch (name) {
    case 'neo4j':
      return localNeo4jService(config);
    case 'meili':
      return localMeilisearchService(config);
    case 'postgres':
      return localPostgresService(config);
  }
}

async function checkExternal(service: AnyExternalService): Promise<StartedService> {
  const problem = await healthProblem(() => service.checkHealth(service.connection));
  if (problem) throw ServiceStartError.externalUnreachable(service.title, service.url, service.setting, problem);
  return { name: service.name, connection: service.connection, stop: async () => undefined };
}

async function startLocal(
  service: AnyLocalService,
  paths: ServicePaths,
  detached: boolean,
  logger: Logger,
): Promise<StartedService> {
  const connection = await service.connection();
  const reused = await reuseEarlierStart(service, connection, paths, logger);
  if (reused) return reused;
  const launched = await launchLocal(service, connection, paths, detached, logger);
  if (detached) return { name: service.name, connection, stop: launched.stop };
  // Not under the services lock: `stop` holds it while it waits for a restart under way to end.
  const kept = keepAttachedRunning(service.title, launched, () => launchLocal(service, connection, paths, false, logger), logger);
  return { name: service.name, connection, stop: kept.stop };
}

/** Starts a process of the service, records it, and resolves once it answers its health check. */
async function launchLocal(
  service: AnyLocalService,
  connection: RunningServices[ServiceName],
  paths: ServicePaths,
  detached: boolean,
  logger: Logger,
): Promise<AttachedProcess> {
  if (!(await isPortFree(service.port))) {
    throw ServiceStartError.portInUse(service.title, service.port, service.portSetting);
  }

  const started = Date.now();
  const log = openServiceLog(serviceLogFile(paths, service.name));
  try {
    const launch = await service.prepare(connection, { detached, logger, log });
    const spawned = await spawnLogged(launch, log.fd, detached);
    const pid = spawned.pid;
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      spawned.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    if (!detached) {
      registerAttachedChild(pid, service.stopSignal);
      void ended.then(() => unregisterAttachedChild(pid));
    }
    await recordService(paths.stateFile, service.name, {
      pid,
      port: service.port,
      mode: detached ? 'detached' : 'attached',
      ...(!detached && { ownerPid: process.pid }),
      startedAt: new Date().toISOString(),
    });
    // Once only: signalling the pid again later could hit an unrelated process that reused it.
    let stopping: Promise<void> | undefined;
    const stop = () =>
      (stopping ??= (async () => {
        await stopProcess(pid, service.stopSignal, STOP_GRACE_MS);
        unregisterAttachedChild(pid);
        await forgetService(paths.stateFile, service.name, pid);
      })());

    try {
      await waitUntilHealthy({
        title: service.title,
        process: spawned,
        log,
        timeoutMs: service.startTimeoutMs,
        checkHealth: () => service.checkHealth(connection),
      });
    } catch (error) {
      await stop();
      throw error;
    }
    logger.info(
      `${service.title} ready at ${service.url} in ${secondsSince(started)} s ` +
        `(pid ${pid}, ${detached ? 'detached' : 'attached'}, log ${log.file})`,
    );
    return { pid, logFile: log.file, ended, stopping: () => stopping !== undefined, stop };
  } finally {
    log.close();
  }
}

/**
 * A recorded process of this service that is still running is either reused
 * (healthy, on the configured port), stopped (an attached one whose parent is
 * gone), or in the way (anything else: a clear error, never a second server).
 */
async function reuseEarlierStart(
  service: AnyLocalService,
  connection: RunningServices[ServiceName],
  paths: ServicePaths,
  logger: Logger,
): Promise<StartedService | undefined> {
  const record = (await readServiceState(paths.stateFile))[service.name];
  if (!record) return undefined;
  if (!isProcessRunning(record.pid, service.commandLineMarker)) {
    await forgetService(paths.stateFile, service.name, record.pid);
    return undefined;
  }

  if (record.mode === 'attached' && record.ownerPid !== undefined && !isProcessAlive(record.ownerPid)) {
    logger.warn(`Stopping ${service.title} (pid ${record.pid}) left behind by process ${record.ownerPid}, which is gone`);
    await stopProcess(record.pid, service.stopSignal, STOP_GRACE_MS);
    await forgetService(paths.stateFile, service.name, record.pid);
    return undefined;
  }

  if (record.port !== service.port) {
    throw ServiceStartError.leftoverInTheWay(
      service.title,
      record.pid,
      `listens on port ${record.port}, not on the configured ${service.port}`,
    );
  }
  const problem = await healthProblem(() => service.checkHealth(connection));
  if (problem) {
    throw ServiceStartError.leftoverInTheWay(service.title, record.pid, `does not answer on port ${record.port} (${problem})`);
  }
  logger.info(`${service.title} already running at ${service.url} (pid ${record.pid}, ${describeMode(record)}): reusing it`);
  return { name: service.name, connection, stop: async () => undefined };
}

/** Undefined when healthy; otherwise why not. */
async function healthProblem(check: () => Promise<void>): Promise<string | undefined> {
  try {
    await check();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

function describeMode(record: ServiceRecord): string {
  return record.mode === 'detached' ? 'detached' : `attached to pid ${record.ownerPid}`;
}
