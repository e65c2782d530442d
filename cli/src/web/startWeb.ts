/**
 * Runs the Next.js web catalog as a child process: builds it when its sources
 * changed since the last build (a production build, so what users see is what
 * they would deploy), then its server (web/server.mjs) bound to the configured host and port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { withFileLock, type Logger } from '@polder/runtime';
import { webEnvironment } from './webEnvironment.ts';
import { webSourcesDigest } from './webSourcesDigest.ts';

const WEB_DIR = join(import.meta.dirname, '../../../web');
const BUILD_ID = join(WEB_DIR, '.next', 'BUILD_ID');
/** Beside the build: the digest of the sources it was made from, and the build's id (a build made by other means is not trusted). */
const BUILT_FROM = join(WEB_DIR, '.next', 'polder-sources.sha256');
/**
 * Held while one process checks and makes the build: two starting together (`polder start` in two
 * terminals, two test files) would otherwise both build into the same .next/, each deleting the
 * other's files. Outside .next/, which a build empties.
 */
const BUILD_LOCK = join(WEB_DIR, '.polder-build.lock');
/** A build takes under a minute here, a few on a loaded machine; one still running after this is stuck. */
const BUILD_TIMEOUT_MS = 15 * 60_000;
const STOP_GRACE_MS = 10_000;

export interface StartWebOptions {
  /** Stops a build under way (and the start fails): a caller with a deadline of its own. */
  signal?: AbortSignal;
}

export async function startWeb(listen: { host: string; port: number }, apiUrl: string, logger: Logger, options: StartWebOptions = {}): Promise<{ url: string; stop(): Promise<void> }> {
  const next = createRequire(join(WEB_DIR, 'package.json')).resolve('next/dist/bin/next');
  const env = webEnvironment(process.env, { POLDER_API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: '1' });
  await withFileLock(BUILD_LOCK, () => buildUnlessBuilt(next, env, logger, options.signal), { logger, holderIs: 'building the web catalog', timeoutMs: BUILD_TIMEOUT_MS });
  // Not `next start`: web/server.mjs is Next's server with the browser's address taken from the socket.
  // Its stdin is a pipe from this process, never written: however this process ends, SIGKILL included, the
  // pipe closes and the server stops, instead of holding the port against the next start (stdinLifeline.mjs).
  const child = spawn(process.execPath, [join(WEB_DIR, 'server.mjs')], {
    cwd: WEB_DIR,
    env: { ...env, POLDER_WEB_HOST: listen.host, POLDER_WEB_PORT: String(listen.port), POLDER_WEB_STDIN_LIFELINE: '1' },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const url = `http://${listen.host}:${listen.port}`;
  await waitForHttp(url, child);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        // A server still busy after this would keep its caller's process alive.
        const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

/** Builds the web catalog unless the last build was made from its current sources. */
async function buildUnlessBuilt(next: string, env: NodeJS.ProcessEnv, logger: Logger, signal: AbortSignal | undefined): Promise<void> {
  const sources = webSourcesDigest(WEB_DIR);
  if (builtFrom() === `${sources} ${readBuildId()}`) return;
  const started = performance.now();
  logger.info('building the web catalog (no build of its current sources yet; takes a minute)');
  const build = spawn(process.execPath, [next, 'build'], { cwd: WEB_DIR, env, stdio: ['ignore', 'ignore', 'pipe'] });
  await run(build, 'next build', AbortSignal.any([AbortSignal.timeout(BUILD_TIMEOUT_MS), ...(signal ? [signal] : [])]));
  writeFileSync(BUILT_FROM, `${sources} ${readBuildId()}\n`);
  logger.info({ seconds: Math.round((performance.now() - started) / 1000) }, 'web catalog built');
}

/** `<digest> <build id>` of the last build startWeb made; null when it made none. */
function builtFrom(): string | null {
  try {
    return readFileSync(BUILT_FROM, 'utf8').trim();
  } catch {
    return null;
  }
}

/** The id of the production build in .next/; null when there is none. */
function readBuildId(): string | null {
  try {
    return readFileSync(BUILD_ID, 'utf8').trim();
  } catch {
    return null;
  }
}

/** Waits for `child` to succeed; kills it (and fails) when `signal` aborts first. */
function run(child: ChildProcess, what: string, signal: AbortSignal): Promise<void> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const tail = () => stderr.trim().split('\n').slice(-10).join('\n');
  return new Promise((resolve, reject) => {
    const stop = () => {
      child.kill('SIGKILL');
      const why = signal.reason instanceof Error && signal.reason.name !== 'TimeoutError' ? signal.reason.message : `still running after ${BUILD_TIMEOUT_MS / 60_000} min`;
      reject(new Error(`${what} stopped: ${why}${stderr ? `; its last output: ${tail()}` : ''}`));
    };
    if (signal.aborted) return stop();
    signal.addEventListener('abort', stop, { once: true });
    child.once('exit', (code) => {
      signal.removeEventListener('abort', stop);
      if (code === 0) resolve();
      else reject(new Error(`${what} failed (exit ${code}): ${tail()}`));
    });
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
