/**
 * The vocabulary shared by the service modules: which services exist, how a
 * client reaches each one, and what a local service must tell the manager so it
 * can be started, health-checked and stopped the same way as the others.
 */
import type { MeiliConnection, Neo4jConnection } from '../connections.ts';
import type { Logger } from '../logger.ts';
import type { ServiceLog } from './serviceLogs.ts';
import type { PortSetting } from './ServiceStartError.ts';

export const SERVICE_NAMES = ['neo4j', 'meili', 'postgres'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface PostgresConnection {
  host: string;
  port: number;
  user: string;
  password: string;
}

/** How to reach each service; Neo4j and Meilisearch connections are the ones `connectNeo4j` / `connectMeili` take. */
export interface RunningServices {
  neo4j: Neo4jConnection;
  meili: MeiliConnection;
  postgres: PostgresConnection;
}

/** How to run a service's process; built by the service, spawned by the manager. */
export interface LaunchCommand {
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Run as this user (PostgreSQL refuses to run as root). */
  uid?: number;
  gid?: number;
  /**
   * 'pipe' for a process that stops when its stdin closes, so it cannot outlive
   * an attached parent even when that parent is killed with SIGKILL.
   */
  stdin: 'pipe' | 'ignore';
}

export interface PrepareOptions {
  detached: boolean;
  logger: Logger;
  /** The service's log: output of set-up steps (downloads, initdb) goes there too. */
  log: ServiceLog;
}

/**
 * One service Polder runs on this machine. `Connection` may be narrower than the
 * public connection type (a local Neo4j always has a password).
 */
export interface LocalService<Name extends ServiceName, Connection extends RunningServices[Name] = RunningServices[Name]> {
  name: Name;
  /** For people: "Neo4j", "Meilisearch", "PostgreSQL". */
  title: string;
  port: number;
  portSetting: PortSetting;
  /** The signal that makes the process shut down cleanly (PostgreSQL: SIGINT, "fast" shutdown). */
  stopSignal: NodeJS.Signals;
  /** From spawn to healthy; set-up (downloads, initdb) is not counted. */
  startTimeoutMs: number;
  /** Where people see it: `bolt://127.0.0.1:7687`. Carries no credentials. */
  url: string;
  /**
   * A path that appears in the command line of this service's process for this
   * data dir, and nowhere else: tells our process from an unrelated one that
   * reused a recorded pid.
   */
  commandLineMarker: string;
  /** Credentials, created on first use. */
  connection(): Promise<Connection>;
  /** Downloads, initialises and writes whatever the process needs; says how to launch it. */
  prepare(connection: Connection, options: PrepareOptions): Promise<LaunchCommand>;
  /** Resolves when the service answers a real request; rejects with the reason otherwise. */
  checkHealth(connection: Connection): Promise<void>;
}

/** A service someone else runs (NEO4J_URI, MEILI_URL): Polder only checks it answers. */
export interface ExternalService<Name extends ServiceName> {
  name: Name;
  title: string;
  url: string;
  /** The env var that pointed Polder at it. */
  setting: string;
  connection: RunningServices[Name];
  checkHealth(connection: RunningServices[Name]): Promise<void>;
}
