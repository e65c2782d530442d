import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnLogged, stopProcess } from './processes.ts';
import { openServiceLog } from './serviceLogs.ts';
import type { LaunchCommand } from './serviceTypes.ts';
import { waitUntilHealthy } from './waitUntilHealthy.ts';

const tempRoot = mkdtempSync(join(tmpdir(), 'polder-wait-'));
afterAll(() => rmSync(tempRoot, { recursive: true, force: true }));

/** A stand-in service: a shell script with its output in a log of its own. */
async function startFakeService(script: string) {
  const log = openServiceLog(join(mkdtempSync(join(tempRoot, 'case-')), 'logs', 'fake.log'));
  try {
    const launch: LaunchCommand = { command: 'sh', args: ['-c', script], env: process.env, cwd: tempRoot, stdin: 'ignore' };
    const child = await spawnLogged(launch, log.fd, false);
    return { log, child };
  } finally {
    log.close();
  }
}

describe('waitUntilHealthy', () => {
  it('resolves as soon as the health check passes', async () => {
    const { log, child } = await startFakeService('sleep 30');
    let attempts = 0;
    await waitUntilHealthy({
      title: 'Fake',
      process: child,
      log,
      timeoutMs: 5_000,
      checkHealth: async () => {
        if (++attempts < 3) throw new Error('not yet');
      },
    });
    expect(attempts).toBe(3);
    await stopProcess(child.pid, 'SIGTERM', 1_000);
  });

  it('reports a process that exits first, with what it wrote', async () => {
    const { log, child } = await startFakeService('echo "bind failed"; exit 3');
    await expect(
      waitUntilHealthy({
        title: 'Fake',
        process: child,
        log,
        timeoutMs: 5_000,
        checkHealth: () => Promise.reject(new Error('refused')),
      }),
    ).rejects.toThrow(`Fake exited before it was ready (exit code 3). Last lines of ${log.file}:\n  | bind failed`);
  });

  it('gives up after the timeout with the last health problem', async () => {
    const { log, child } = await startFakeService('echo starting; sleep 30');
    await expect(
      waitUntilHealthy({
        title: 'Fake',
        process: child,
        log,
        timeoutMs: 1_000,
        checkHealth: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1')),
      }),
    ).rejects.toThrow(
      'Fake was not ready after 1 s (last health check: connect ECONNREFUSED 127.0.0.1:1). ' +
        `Last lines of ${log.file}:\n  | starting`,
    );
    await stopProcess(child.pid, 'SIGTERM', 1_000);
  });
});
