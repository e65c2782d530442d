import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isProcessAlive, isProcessRunning, spawnLogged, stopProcess, type SpawnedProcess } from './processes.ts';
import { openServiceLog } from './serviceLogs.ts';
import type { LaunchCommand } from './serviceTypes.ts';

const tempRoot = mkdtempSync(join(tmpdir(), 'polder-proc-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

async function spawnScript(script: string): Promise<SpawnedProcess> {
  const log = openServiceLog(join(tempRoot, 'script.log'));
  try {
    const launch: LaunchCommand = { command: 'sh', args: ['-c', script], env: process.env, cwd: tempRoot, stdin: 'ignore' };
    return await spawnLogged(launch, log.fd, false);
  } finally {
    log.close();
  }
}

describe('isProcessRunning', () => {
  it('matches a live process by a marker in its command line', async () => {
    const { pid } = await spawnScript('sleep 30');
    expect(isProcessRunning(pid, 'sleep 30')).toBe(true);
    expect(isProcessRunning(pid, '/some/other/data/dir')).toBe(false);
    await stopProcess(pid, 'SIGTERM', 5_000);
  });
});

describe('stopProcess', () => {
  it('escalates to SIGKILL when the signal is ignored', async () => {
    // Ignores SIGTERM, like a server stuck in its shutdown.
    const { pid } = await spawnScript("trap '' TERM; sleep 30");
    await stopProcess(pid, 'SIGTERM', 300);
    expect(isProcessAlive(pid)).toBe(false);
  });
});
