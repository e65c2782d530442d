import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const LIFELINE = new URL('./stdinLifeline.mjs', import.meta.url).href;
// A server stand-in: waits for ever, unless its stdin closes.
const SERVER = `import { stopWhenStdinCloses } from ${JSON.stringify(LIFELINE)}; stopWhenStdinCloses(() => process.exit(0)); setInterval(() => {}, 60_000);`;
// `polder start` stand-in: starts the server with a pipe as its stdin, says its pid, and waits.
const STARTER = `import { spawn } from 'node:child_process';
const server = spawn(process.execPath, ['--input-type=module', '-e', ${JSON.stringify(SERVER)}], { stdio: ['pipe', 'ignore', 'ignore'] });
process.stdout.write(server.pid + '\\n'); setInterval(() => {}, 60_000);`;

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function exitsWithin(pid: number, ms: number): Promise<boolean> {
  for (const deadline = Date.now() + ms; Date.now() < deadline; ) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return !isAlive(pid);
}

describe('stopWhenStdinCloses', () => {
  it('stops a server whose starter was killed with SIGKILL, which runs no handler', async () => {
    const starter = spawn(process.execPath, ['--input-type=module', '-e', STARTER], { stdio: ['ignore', 'pipe', 'inherit'] });
    const serverPid = await new Promise<number>((resolve) => starter.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim()))));
    try {
      // Still running while its starter is.
      expect(await exitsWithin(serverPid, 500)).toBe(false);
      starter.kill('SIGKILL');
      expect(await exitsWithin(serverPid, 10_000)).toBe(true);
    } finally {
      if (isAlive(serverPid)) process.kill(serverPid, 'SIGKILL');
    }
  }, 20_000);
});
