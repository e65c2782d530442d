/**
 * The real thing: Neo4j, Meilisearch and PostgreSQL started by `startServices`
 * on free ports in a throw-away data dir, used, and stopped. The first run on a
 * machine also resolves Neo4j's jars from Maven Central (about a minute).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type PolderConfig } from '../config.ts';
import { connectNeo4j } from '../connections.ts';
import { createLogger } from '../logger.ts';
import { checkMeilisearch } from './meilisearchService.ts';
import { findFreePort, LOOPBACK } from './ports.ts';
import { findPostgresRunAsUser } from './postgresUser.ts';
import { createDatabase, dropDatabase, runSqlFile, withPostgresClient } from './postgresDatabases.ts';
import { isProcessAlive } from './processes.ts';
import { servicesStatus, startServices, stopServices, type StartedServices } from './serviceManager.ts';
import type { ServiceName } from './serviceTypes.ts';

const FIRST_START_TIMEOUT_MS = 10 * 60_000;
const logger = createLogger('services-test', process.env.POLDER_LOG_LEVEL ?? 'warn');

async function testConfig(dataDir = mkdtempSync(join(tmpdir(), 'polder-services-'))): Promise<PolderConfig> {
  return loadConfig({
    file: null,
    env: {},
    overrides: {
      dataDir,
      neo4j: { boltPort: await findFreePort(), heapMb: 512, pageCacheMb: 128 },
      meili: { port: await findFreePort() },
      postgres: { port: await findFreePort() },
    },
  });
}

async function pidsOf(config: PolderConfig): Promise<Record<ServiceName, number | undefined>> {
  const statuses = await servicesStatus(config);
  return Object.fromEntries(statuses.map((status) => [status.name, status.pid])) as Record<ServiceName, number | undefined>;
}

describe('startServices, attached', () => {
  let config: PolderConfig;
  let services: StartedServices<ServiceName>;

  // A source's password in this process's environment, as `passwordEnv` puts one there: no service needs it.
  const SOURCE_PASSWORD_ENV = 'POLDER_SERVICES_TEST_SOURCE_PASSWORD';
  const sourcePassword = `source-${process.pid}-${Date.now()}`;

  beforeAll(async () => {
    config = await testConfig();
    process.env[SOURCE_PASSWORD_ENV] = sourcePassword;
    try {
      services = await startServices(config, { logger });
    } finally {
      delete process.env[SOURCE_PASSWORD_ENV];
    }
  }, FIRST_START_TIMEOUT_MS);

  afterAll(async () => {
    await services?.stop();
    rmSync(config.dataDir, { recursive: true, force: true });
  }, 120_000);

  it('runs Cypher on Neo4j with the generated password', async () => {
    expect(services.neo4j).toEqual({
      uri: `bolt://127.0.0.1:${config.neo4j.boltPort}`,
      user: 'neo4j',
      password: readFileSync(join(config.dataDir, 'secrets', 'neo4j-password'), 'utf8').trim(),
    });
    const driver = connectNeo4j(services.neo4j);
    try {
      const { records } = await driver.executeQuery('RETURN 1 AS one');
      expect(records.map((record) => record.get('one'))).toEqual([1]);
    } finally {
      await driver.close();
    }
  });

  it('refuses Neo4j connections with a wrong password', async () => {
    const driver = connectNeo4j({ ...services.neo4j, password: 'not-the-password' });
    try {
      await expect(driver.verifyConnectivity()).rejects.toThrow(/authentication failure/);
    } finally {
      await driver.close();
    }
  });

  it('opens no port but Bolt on 127.0.0.1 in the Neo4j process', async () => {
    const { neo4j } = await pidsOf(config);
    expect(listeningAddresses(neo4j!)).toEqual([`${LOOPBACK}:${config.neo4j.boltPort}`]);
  });

  it('answers /health on Meilisearch, and asks everything else for the master key', async () => {
    const health = await fetch(`${services.meili.url}/health`);
    expect(await health.json()).toEqual({ status: 'available' });
    expect((await fetch(`${services.meili.url}/indexes`)).status).toBe(401);
    const authorised = await fetch(`${services.meili.url}/indexes`, {
      headers: { Authorization: `Bearer ${services.meili.key}` },
    });
    expect(authorised.status).toBe(200);
  });

  it('finds a Meilisearch that refuses the master key unhealthy, for a start to say so rather than reuse it', async () => {
    await expect(checkMeilisearch(services.meili)).resolves.toBeUndefined();
    await expect(checkMeilisearch({ ...services.meili, key: 'another-key' })).rejects.toThrow('it answers, but refuses this master key (a server started with another one?)');
  });

  it('answers SELECT 1 on PostgreSQL, creates databases and runs SQL files', async () => {
    const query = (database: string, sql: string) =>
      withPostgresClient(services.postgres, database, async (client) => (await client.query(sql)).rows);
    expect(await query('postgres', 'SELECT 1 AS one')).toEqual([{ one: 1 }]);

    expect(await createDatabase(services.postgres, 'sales')).toBe(true);
    expect(await createDatabase(services.postgres, 'sales')).toBe(false);
    const sqlFile = join(config.dataDir, 'sales.sql');
    writeFileSync(sqlFile, 'CREATE TABLE orders (id int PRIMARY KEY);\nINSERT INTO orders VALUES (1), (2);\n');
    await runSqlFile(services.postgres, 'sales', sqlFile);
    expect(await query('sales', 'SELECT count(*)::int AS n FROM orders')).toEqual([{ n: 2 }]);
    await dropDatabase(services.postgres, 'sales');
  });

  it('reports all three running, healthy and attached to this process', async () => {
    const statuses = await servicesStatus(config);
    expect(statuses.map(({ name, state, healthy, detail }) => ({ name, state, healthy, detail }))).toEqual([
      { name: 'neo4j', state: 'running', healthy: true, detail: `attached to pid ${process.pid}` },
      { name: 'meili', state: 'running', healthy: true, detail: `attached to pid ${process.pid}` },
      { name: 'postgres', state: 'running', healthy: true, detail: `attached to pid ${process.pid}` },
    ]);
  });

  it("keeps its data to itself, and gives no service another's secret or a source's", async () => {
    const mode = (path: string) => statSync(path).mode & 0o777;
    // The data directory may have the search bit PostgreSQL's own user needs to reach its home.
    expect(mode(config.dataDir) & ~0o001).toBe(0o700);
    expect(mode(join(config.dataDir, 'neo4j'))).toBe(0o700);
    expect(mode(join(config.dataDir, 'meili'))).toBe(0o700);
    const pids = await pidsOf(config);
    const environment = (pid: number) => readFileSync(`/proc/${pid}/environ`, 'utf8');
    const secrets = { neo4j: services.neo4j.password!, meili: services.meili.key!, postgres: services.postgres.password };
    for (const name of ['neo4j', 'meili', 'postgres'] as const) {
      const others = Object.entries(secrets).filter(([owner]) => owner !== name).map(([, secret]) => secret);
      for (const secret of [...others, sourcePassword]) expect(environment(pids[name]!), name).not.toContain(secret);
    }
  });

  it('reuses a running service instead of starting a second one', async () => {
    const before = await pidsOf(config);
    const again = await startServices(config, { which: ['meili', 'postgres'], logger });
    expect(again.meili).toEqual(services.meili);
    await again.stop();
    expect(await pidsOf(config)).toEqual(before);
  });

  // Run as root, PostgreSQL runs as its own user and reaches its files through the data directory's search bit.
  it('leaves a running PostgreSQL its way to its files when another command reuses the services', async () => {
    const again = await startServices(config, { which: ['neo4j'], logger });
    await again.stop();
    // A checkpoint opens global/pg_control again: without the search bit, a PANIC and the server gone.
    await withPostgresClient(services.postgres, 'postgres', (client) => client.query('CHECKPOINT'));
    expect(await withPostgresClient(services.postgres, 'postgres', async (client) => (await client.query('SELECT 1 AS one')).rows)).toEqual([{ one: 1 }]);
  });

  it('stops every process it started', async () => {
    const pids = Object.values(await pidsOf(config));
    expect(pids.every((pid) => pid !== undefined && isProcessAlive(pid))).toBe(true);
    await services.stop();
    expect(pids.filter((pid) => isProcessAlive(pid!))).toEqual([]);
    expect((await servicesStatus(config)).map((status) => status.state)).toEqual(['stopped', 'stopped', 'stopped']);
  });
});

describe('startServices, when a port is taken', () => {
  let blocker: Server;
  let port: number;

  beforeAll(async () => {
    port = await findFreePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, LOOPBACK, resolve));
  });
  afterAll(() => new Promise<void>((resolve) => blocker.close(() => resolve())));

  const cases: Array<{ name: ServiceName; title: string; setting: string; use(config: PolderConfig): void }> = [
    {
      name: 'neo4j',
      title: 'Neo4j',
      setting: 'POLDER_NEO4J_BOLT_PORT (neo4j.boltPort in polder.yaml)',
      use: (config) => (config.neo4j.boltPort = port),
    },
    {
      name: 'meili',
      title: 'Meilisearch',
      setting: 'POLDER_MEILI_PORT (meili.port in polder.yaml)',
      use: (config) => (config.meili.port = port),
    },
    {
      name: 'postgres',
      title: 'PostgreSQL',
      setting: 'POLDER_POSTGRES_PORT (postgres.port in polder.yaml)',
      use: (config) => (config.postgres.port = port),
    },
  ];

  it.each(cases)('names the port and the setting that changes it for $name', async ({ name, title, setting, use }) => {
    const config = await testConfig();
    use(config);
    await expect(startServices(config, { which: [name], logger })).rejects.toThrow(
      `${title} cannot start: port ${port} on 127.0.0.1 is already in use. ` +
        `Stop whatever listens there, or pick another port with ${setting}.`,
    );
    rmSync(config.dataDir, { recursive: true, force: true });
  });
});

describe('startServices, when a process dies while starting', () => {
  it('says so and quotes the end of its log', async () => {
    const config = await testConfig();
    const fakeMeilisearch = join(config.dataDir, 'fake-meilisearch');
    writeFileSync(fakeMeilisearch, '#!/bin/sh\necho "Error: the database is locked" >&2\nexit 1\n', { mode: 0o755 });
    process.env.MEILI_BINARY = fakeMeilisearch;
    try {
      await expect(startServices(config, { which: ['meili'], logger })).rejects.toThrow(
        'Meilisearch exited before it was ready (exit code 1). ' +
          `Last lines of ${join(config.dataDir, 'logs', 'meili.log')}:\n  | Error: the database is locked`,
      );
      expect((await servicesStatus(config)).find((status) => status.name === 'meili')?.state).toBe('stopped');
    } finally {
      delete process.env.MEILI_BINARY;
      rmSync(config.dataDir, { recursive: true, force: true });
    }
  });
});

describe('startServices, when a service dies after it was ready', () => {
  it('starts it again at once, on its port and data, and says so; stop then stops the new one; and nothing of the kind when it is stopped', async () => {
    const config = await testConfig();
    const lines: string[] = [];
    const capturing = createLogger('services-test', 'info', { write: (line: string) => void lines.push(line) });
    const said = () => lines.map((line) => JSON.parse(line).msg as string).filter((msg) => !msg.includes(' ready at '));
    const services = await startServices(config, { which: ['meili'], logger: capturing });
    let restartedPid: number | undefined;
    try {
      const { meili: pid } = await pidsOf(config);
      process.kill(pid!, 'SIGKILL');
      for (const deadline = Date.now() + 30_000; said().length < 2 && Date.now() < deadline; ) await new Promise((resolve) => setTimeout(resolve, 50));
      restartedPid = (await pidsOf(config)).meili;
      expect(restartedPid).not.toBe(pid);
      expect(said()).toEqual([
        `Meilisearch (pid ${pid}) stopped unexpectedly (signal SIGKILL): starting it again (its log: ${join(config.dataDir, 'logs', 'meili.log')})`,
        `Meilisearch running again (pid ${restartedPid})`,
      ]);
      // The same server as before, with what it held.
      expect((await fetch(`${services.meili.url}/health`)).status).toBe(200);
    } finally {
      await services.stop();
      rmSync(config.dataDir, { recursive: true, force: true });
    }
    expect(isProcessAlive(restartedPid!)).toBe(false);
    // Started and stopped again: no such line.
    const again = await testConfig();
    const quiet = await startServices(again, { which: ['meili'], logger: capturing });
    await quiet.stop();
    rmSync(again.dataDir, { recursive: true, force: true });
    expect(said()).toHaveLength(2);
  });
});

describe('startServices, after PostgreSQL was killed', () => {
  it("starts it again though its postmaster.pid names a pid another process has now, as after a container's restart", async () => {
    const config = await testConfig();
    // Of PostgreSQL's own user: it takes a pid of another user's for no postmaster of its own.
    const runAs = await findPostgresRunAsUser();
    const other = spawn('sleep', ['60'], { stdio: 'ignore', ...(runAs && { uid: runAs.uid, gid: runAs.gid }) });
    try {
      const first = await startServices(config, { which: ['postgres'], logger });
      await first.stop();
      // What a SIGKILL leaves: the lock file, naming a pid that is now someone else's.
      const lockFile = join(config.dataDir, 'postgres', 'data', 'postmaster.pid');
      writeFileSync(lockFile, `${other.pid}\n${join(config.dataDir, 'postgres', 'data')}\n0\n${config.postgres.port}\n\n127.0.0.1\n`);
      await expectPostgresToStartAndAnswer(config);
    } finally {
      other.kill();
      rmSync(config.dataDir, { recursive: true, force: true });
    }
  }, FIRST_START_TIMEOUT_MS);
});

describe('startServices, twice at once on a fresh data dir (`polder start` and `polder crawl` started together)', () => {
  it('starts each service once: the second start waits for the first, then reuses what it started', async () => {
    const config = await testConfig();
    // Which of the two gets there first is the machine's choice: the other says it reuses.
    const said: string[] = [];
    const saying = createLogger('services-test', 'info', { write: (line: string) => void said.push((JSON.parse(line) as { msg: string }).msg) });
    try {
      const [first, second] = await Promise.all([
        startServices(config, { which: ['meili', 'postgres'], logger: saying }),
        startServices(config, { which: ['meili', 'postgres'], logger: saying }),
      ]);
      expect(second.meili).toEqual(first.meili);
      expect(second.postgres).toEqual(first.postgres);
      expect(await selectOne(second.postgres)).toEqual([{ one: 1 }]);
      const started = (title: string) => said.filter((message) => message.startsWith(`${title} ready at`)).length;
      const reused = (title: string) => said.filter((message) => message.startsWith(`${title} already running`) && message.endsWith('reusing it')).length;
      expect(['Meilisearch', 'PostgreSQL'].map((title) => [title, started(title), reused(title)])).toEqual([
        ['Meilisearch', 1, 1],
        ['PostgreSQL', 1, 1],
      ]);
      const pids = await pidsOf(config);
      await Promise.all([first.stop(), second.stop()]);
      expect([pids.meili, pids.postgres].filter((pid) => isProcessAlive(pid!))).toEqual([]);
    } finally {
      await stopServices(config, { logger });
      rmSync(config.dataDir, { recursive: true, force: true });
    }
  }, FIRST_START_TIMEOUT_MS);
});

describe('startServices, after PostgreSQL initdb was interrupted', () => {
  it('initialises the cluster again rather than take the half-made one for a cluster', async () => {
    const config = await testConfig();
    const data = join(config.dataDir, 'postgres', 'data');
    try {
      const starting = startServices(config, { which: ['postgres'], logger });
      // initdb writes PG_VERSION first of all: kill it once that is there, as a stop of the machine would.
      const initdb = await new Promise<number>((resolve, reject) => {
        const deadline = Date.now() + 60_000;
        const look = () => {
          const pid = processWithArgument(`--pgdata=${data}`) ?? processWithArgument(`--pgdata=${data}.initdb`);
          const written = [data, `${data}.initdb`].some((directory) => existsSync(join(directory, 'PG_VERSION')));
          if (pid && written) resolve(pid);
          else if (Date.now() > deadline) reject(new Error('initdb did not write PG_VERSION within 60 s'));
          else setTimeout(look, 5);
        };
        look();
      });
      process.kill(initdb, 'SIGKILL');
      await expect(starting).rejects.toThrow('PostgreSQL initdb failed');
      await expectPostgresToStartAndAnswer(config);
    } finally {
      rmSync(config.dataDir, { recursive: true, force: true });
    }
  }, FIRST_START_TIMEOUT_MS);
});

describe('startServices, detached (`polder services up`, then `down`)', () => {
  let config: PolderConfig;

  beforeAll(async () => {
    config = await testConfig();
  });
  afterAll(async () => {
    await stopServices(config, { logger });
    rmSync(config.dataDir, { recursive: true, force: true });
  }, 120_000);

  it('leaves the processes running in their own session, for `down` to stop by pid', async () => {
    const started = await startServices(config, { detached: true, logger });
    const pids = await pidsOf(config);
    for (const pid of Object.values(pids)) expect(sessionOf(pid!)).toBe(pid);
    expect((await servicesStatus(config)).map(({ state, detail }) => ({ state, detail }))).toEqual([
      { state: 'running', detail: 'detached' },
      { state: 'running', detail: 'detached' },
      { state: 'running', detail: 'detached' },
    ]);

    // An attached start (`npm start`) uses them and leaves them running.
    const attached = await startServices(config, { logger });
    expect(attached.postgres).toEqual(started.postgres);
    await attached.stop();
    expect(await pidsOf(config)).toEqual(pids);

    const stopped = await stopServices(config, { logger });
    expect(stopped.map((service) => service.name).sort()).toEqual(['meili', 'neo4j', 'postgres']);
    expect(Object.values(pids).filter((pid) => isProcessAlive(pid!))).toEqual([]);
  }, FIRST_START_TIMEOUT_MS);
});

function selectOne(postgres: StartedServices<'postgres'>['postgres']): Promise<unknown[]> {
  return withPostgresClient(postgres, 'postgres', async (client) => (await client.query('SELECT 1 AS one')).rows);
}

/** Starts PostgreSQL alone, expects it to answer, and stops it. */
async function expectPostgresToStartAndAnswer(config: PolderConfig): Promise<void> {
  const started = await startServices(config, { which: ['postgres'], logger });
  try {
    expect(await selectOne(started.postgres)).toEqual([{ one: 1 }]);
  } finally {
    await started.stop();
  }
}

/** `ip:port` of every TCP socket `pid` listens on, from /proc (Linux). */
function listeningAddresses(pid: number): string[] {
  const socketInodes = new Set(
    readdirSync(`/proc/${pid}/fd`).flatMap((fd) => {
      try {
        return [/^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1]].filter(Boolean);
      } catch {
        return [];
      }
    }),
  );
  const LISTEN = '0A';
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((table) =>
    readFileSync(table, 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((columns) => columns[3] === LISTEN && socketInodes.has(columns[9]!))
      .map((columns) => decodeProcNetAddress(columns[1]!)),
  );
}

/** `0100007F:1E61` → `127.0.0.1:7777`; IPv6 addresses come out as eight hex groups in brackets. */
function decodeProcNetAddress(hex: string): string {
  const [address, port] = hex.split(':') as [string, string];
  // The kernel prints each 32-bit word of the address in host (little-endian) byte order.
  const bytes = address.match(/.{8}/g)!.flatMap((word) => word.match(/../g)!.reverse()).map((byte) => parseInt(byte, 16));
  const ip =
    bytes.length === 4
      ? bytes.join('.')
      : `[${Array.from({ length: 8 }, (_, i) => ((bytes[2 * i]! << 8) | bytes[2 * i + 1]!).toString(16)).join(':')}]`;
  return `${ip}:${parseInt(port, 16)}`;
}

/** The session id of a process: a detached child leads its own session. */
function sessionOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[3]);
}

/** The pid of a running process with `argument` on its command line (Linux /proc), if any. */
function processWithArgument(argument: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(argument)) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  return undefined;
}
