/**
 * Meilisearch, the search projection of the graph: a local binary bound to
 * 127.0.0.1 with a generated master key, or, when `meili.url` is set, somebody
 * else's instance, which Polder only health-checks.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PolderConfig } from '../config.ts';
import type { MeiliConnection } from '../connections.ts';
import { findMeilisearchBinary } from './meilisearchBinary.ts';
import { LOOPBACK } from './ports.ts';
import { readOrCreateSecret } from './secrets.ts';
import { servicePaths } from './servicePaths.ts';
import type { ExternalService, LocalService } from './serviceTypes.ts';
import { serviceEnvironment } from './serviceEnvironment.ts';

/** Meilisearch reads its options from MEILI_* variables too; this one carries the key. */
const MASTER_KEY_ENV = 'MEILI_MASTER_KEY';

/** The Meilisearch that `meili.url` (MEILI_URL) points at, if it is set. */
export function externalMeilisearchService(config: PolderConfig): ExternalService<'meili'> | undefined {
  if (!config.meili.url) return undefined;
  return {
    name: 'meili',
    title: 'Meilisearch',
    url: config.meili.url,
    setting: 'MEILI_URL',
    // '' is "no key": the client then sends no Authorization header.
    connection: { url: config.meili.url, key: config.meili.key ?? '' },
    checkHealth: checkMeilisearch,
  };
}

/** The Meilisearch Polder runs itself in `config.dataDir`. */
export function localMeilisearchService(config: PolderConfig): LocalService<'meili'> {
  const paths = servicePaths(config.dataDir);
  const port = config.meili.port;
  const url = `http://${LOOPBACK}:${port}`;
  const dbPath = join(paths.meiliHome, 'data.ms');
  return {
    name: 'meili',
    title: 'Meilisearch',
    port,
    portSetting: { env: 'POLDER_MEILI_PORT', key: 'meili.port' },
    stopSignal: 'SIGTERM',
    startTimeoutMs: 60_000,
    url,
    commandLineMarker: dbPath,
    async connection() {
      const key = config.meili.key ?? (await readOrCreateSecret(paths.secretsDir, 'meili-master-key'));
      return { url, key };
    },
    async prepare(connection) {
      const binary = await findMeilisearchBinary();
      await mkdir(paths.meiliHome, { recursive: true });
      return {
        command: binary,
        args: meilisearchArgs({ port, home: paths.meiliHome, dbPath }),
        // No MEILI_* of ours either: Meilisearch takes every one as a setting, and ours were meant for clients.
        env: serviceEnvironment(process.env, { [MASTER_KEY_ENV]: connection.key }),
        // Meilisearch puts files it was not told about (e.g. its default snapshots dir) in its cwd.
        cwd: paths.meiliHome,
        stdin: 'ignore',
      };
    },
    checkHealth: checkMeilisearch,
  };
}

/** The command line; the master key is passed in the environment, never here (argv is world-readable). */
export function meilisearchArgs(options: { port: number; home: string; dbPath: string }): string[] {
  return [
    '--no-analytics',
    '--http-addr',
    `${LOOPBACK}:${options.port}`,
    '--db-path',
    options.dbPath,
    '--dump-dir',
    join(options.home, 'dumps'),
    '--snapshot-dir',
    join(options.home, 'snapshots'),
    // Production mode refuses to start without a master key (>= 16 bytes) and
    // serves no web console: the catalog holds real metadata, even on a laptop.
    '--env',
    'production',
    // Meilisearch sizes every indexing batch's buffers from this (default: 2/3 of RAM, 16 GB on a
    // 24 GB machine), so even a one-document batch (a person's edit) paid 0.2-5 s before indexing
    // anything, the more the busier the machine. 2 GiB: a one-document batch in 20-130 ms (default
    // 200-2,900 ms, same machine, same load).
    '--max-indexing-memory',
    '2GiB',
  ];
}

/** `GET /health` answers `{"status":"available"}` without a key once the server is up. */
export async function checkMeilisearch(connection: MeiliConnection): Promise<void> {
  let response: Response;
  try {
    response = await fetch(new URL('/health', connection.url), { signal: AbortSignal.timeout(2_000) });
  } catch (error) {
    // fetch says only "fetch failed"; the reason (ECONNREFUSED, ...) is its cause.
    const cause = (error as Error & { cause?: Error }).cause;
    throw new Error(cause?.message ?? (error as Error).message);
  }
  if (!response.ok) throw new Error(`GET /health answered HTTP ${response.status}`);
  const body = (await response.json()) as { status?: string };
  if (body.status !== 'available') throw new Error(`GET /health answered status "${body.status}"`);
  // /health answers without a key: a server started with another key (an earlier start whose key
  // file was since removed, another Polder's on the same port) would pass, and every search fail.
  const version = await fetch(new URL('/version', connection.url), { headers: { Authorization: `Bearer ${connection.key}` }, signal: AbortSignal.timeout(2_000) });
  if (version.status === 401 || version.status === 403) throw new Error('it answers, but refuses this master key (a server started with another one?)');
  if (!version.ok) throw new Error(`GET /version answered HTTP ${version.status}`);
}
