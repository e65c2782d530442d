/**
 * A throw-away MariaDB server for the MySQL crawler's tests: a fresh data
 * directory under /tmp, loopback only, on a free port, with a read-only crawler
 * user that logs in with a password, the way a domain's database would be crawled.
 *
 * It uses Debian's `mariadb-server` (`.ci/run` installs it). Without it the test
 * fails, saying so: a test of a store never passes without the store.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { findFreePort } from '@polder/runtime';
import { registerSecret } from './knownSecrets.ts';

export interface RunningMariaDb {
  host: string;
  port: number;
  /** A user with SELECT and SHOW VIEW on every database, as a crawler is meant to be granted. */
  user: string;
  password: string;
  /**
   * Runs SQL as root through MariaDB's own client, which, unlike a driver, reads
   * `DELIMITER` (the Sakila schema's triggers and routines need it).
   */
  runSql(sql: string): Promise<void>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

// Debian installs the server in /usr/sbin, which is on root's PATH but not always on a user's.
const SEARCH_PATH = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin', '/usr/local/sbin'].filter((dir) => dir !== '');

function findProgram(...names: string[]): string | undefined {
  for (const name of names) {
    for (const dir of SEARCH_PATH) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

function requireProgram(names: string[], what: string): string {
  const found = findProgram(...names);
  if (!found) throw new Error(`${names[0]} not found: install ${what} (.ci/run does)`);
  return found;
}

export async function startMariaDb(): Promise<RunningMariaDb> {
  const server = requireProgram(['mariadbd', 'mysqld'], 'mariadb-server');
  const installDb = requireProgram(['mariadb-install-db', 'mysql_install_db'], 'mariadb-server');
  const client = requireProgram(['mariadb', 'mysql'], 'mariadb-client');

  const dir = mkdtempSync(join(tmpdir(), 'polder-mariadb-'));
  const dataDir = join(dir, 'data');
  const socket = join(dir, 'mariadbd.sock');
  const errorLog = join(dir, 'error.log');
  const port = await findFreePort();
  // The server refuses to run as root unless told to; a throw-away server on loopback may.
  const runAs = process.getuid?.() === 0 ? ['--user=root'] : [];

  // root logs in without a password, over the socket only (the port is for the crawler).
  await run(installDb, ['--no-defaults', `--datadir=${dataDir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...runAs]);

  const child = spawn(
    server,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      '--skip-networking=0',
      // Users are matched by address ('crawler'@'127.0.0.1'), without a DNS lookup.
      '--skip-name-resolve',
      `--pid-file=${join(dir, 'mariadbd.pid')}`,
      `--log-error=${errorLog}`,
      ...runAs,
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  // A worker that ends without afterAll (a crash, Ctrl-C) must not leave the server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const asRoot = (sql: string) => run(client, ['--no-defaults', `--socket=${socket}`, '--user=root', '--batch'], sql);
  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitUntilReady(child, () => asRoot('SELECT 1'), errorLog);
    const user = 'crawler';
    const password = randomBytes(12).toString('hex');
    registerSecret('MariaDB password of the crawler user', password);
    await asRoot(
      `CREATE USER '${user}'@'127.0.0.1' IDENTIFIED BY '${password}';
       GRANT SELECT, SHOW VIEW ON *.* TO '${user}'@'127.0.0.1';`,
    );
    return { host: '127.0.0.1', port, user, password, runSql: asRoot, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitUntilReady(child: ChildProcess, check: () => Promise<void>, errorLog: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let lastProblem = '';
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`mariadbd exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${logTail(errorLog)}`);
    }
    try {
      await check();
      return;
    } catch (error) {
      lastProblem = (error as Error).message;
    }
    if (Date.now() > deadline) {
      throw new Error(`mariadbd was not ready after ${START_TIMEOUT_MS / 1000} s (${lastProblem}):\n${logTail(errorLog)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function logTail(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-20).join('\n') : '(no log)';
}

/** Runs a program to its end, feeding it `input`; rejects with what it printed when it fails. */
function run(program: string, args: string[], input = ''): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    // A program that fails before reading its input closes the pipe; its exit code says why.
    child.stdin.on('error', () => {});
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${program} exited with ${code}: ${output.trim().slice(-2000)}`))));
    child.stdin.end(input);
  });
}
