/**
 * Runs the Next.js web catalog as a child process: builds it on first start
 * (a production build, so what users see is what they would deploy), then
 * `next start` bound to the configured host and port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Logger } from '@polder/runtime';

const WEB_DIR = join(import.meta.dirname, '../../../web');

export async function startWeb(listen: { host: string; port: number }, apiUrl: string, logger: Logger): Promise<{ url: string; stop(): Promise<void> }> {
  const next = createRequire(join(WEB_DIR, 'package.json')).resolve('next/dist/bin/next');
  const env = { ...process.env, POLDER_API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: '1' };
  if (buildIsStale()) {
    logger.info('building the web catalog (after a change to web/ only; takes a minute)');
    await run(spawn(process.execPath, [next, 'build'], { cwd: WEB_DIR, env, stdio: ['ignore', 'ignore', 'pipe'] }), 'next build');
  }
  const child = spawn(process.execPath, [next, 'start', '--hostname', listen.host, '--port', String(listen.port)], {
    cwd: WEB_DIR,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = `http://${listen.host}:${listen.port}`;
  await waitForHttp(url, child);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const SOURCE_DIRS = ['app', 'components', 'lib'];
const SOURCE_FILES = ['next.config.ts', 'proxy.ts', 'package.json', 'tsconfig.json'];

/** True when there is no production build, or a source of the web is newer than it. */
function buildIsStale(): boolean {
  let builtAt: number;
  try {
    builtAt = statSync(join(WEB_DIR, '.next', 'BUILD_ID')).mtimeMs;
  } catch {
    return true;
  }
  const newest = (path: string): number => {
    const stat = statSync(path);
    if (!stat.isDirectory()) return stat.mtimeMs;
    return Math.max(stat.mtimeMs, ...readdirSync(path).map((entry) => newest(join(path, entry))));
  };
  const sources = [...SOURCE_DIRS, ...SOURCE_FILES].map((entry) => join(WEB_DIR, entry));
  return sources.some((path) => newest(path) > builtAt);
}

function run(child: ChildProcess, what: string): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code}): ${stderr.trim().split('\n').slice(-10).join('\n')}`))));
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the web catalog exited (code ${child.exitCode}): ${stderr.trim().split('\n').slice(-5).join(' | ')}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  child.kill('SIGTERM');
  throw new Error(`the web catalog did not answer at ${url} within ${timeoutMs / 1000} s (is port ${new URL(url).port} in use? set POLDER_WEB_PORT)`);
}
