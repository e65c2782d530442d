import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { holderOf, isLiveHolder, withDataDirLock } from './dataDirLock.ts';

const logger = createLogger('lock-test', 'silent');
const directories: string[] = [];
function lockFileIn(): string {
  const directory = mkdtempSync(join(tmpdir(), 'polder-lock-'));
  directories.push(directory);
  return join(directory, 'run', 'services.lock');
}
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** The pid of a process that has exited (and been reaped). */
function goneProcessPid(): number {
  return spawnSync('true').pid!;
}

describe('withDataDirLock', () => {
  it('holds the lock while the work runs, with its pid and start time, and removes it after, also when the work fails', async () => {
    const lockFile = lockFileIn();
    await withDataDirLock(lockFile, async () => expect(readFileSync(lockFile, 'utf8')).toBe(holderOf(process.pid)), { logger });
    expect(existsSync(lockFile)).toBe(false);
    await expect(withDataDirLock(lockFile, async () => Promise.reject(new Error('initdb failed')), { logger })).rejects.toThrow('initdb failed');
    expect(existsSync(lockFile)).toBe(false);
  });

  it('runs two works one after the other, the second once the first is done', async () => {
    const lockFile = lockFileIn();
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      events.push(`${name} ends`);
    };
    await Promise.all([withDataDirLock(lockFile, work('first'), { logger }), withDataDirLock(lockFile, work('second'), { logger })]);
    expect(events).toEqual(['first starts', 'first ends', 'second starts', 'second ends']);
  });

  it('takes over the lock of a process that is gone, and of one whose pid now names another process', async () => {
    const lockFile = lockFileIn();
    await withDataDirLock(lockFile, async () => undefined, { logger }); // makes the directory
    for (const stale of [`${goneProcessPid()} 12345`, `${process.pid} 1`]) {
      writeFileSync(lockFile, stale);
      expect(isLiveHolder(stale)).toBe(false);
      expect(await withDataDirLock(lockFile, async () => 'ran', { logger, timeoutMs: 1_000 })).toBe('ran');
    }
  });

  it('takes over an empty lock file only once it is old', async () => {
    const lockFile = lockFileIn();
    await withDataDirLock(lockFile, async () => undefined, { logger });
    writeFileSync(lockFile, '');
    await expect(withDataDirLock(lockFile, async () => 'ran', { logger, timeoutMs: 500 })).rejects.toThrow();
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lockFile, minuteAgo, minuteAgo);
    expect(await withDataDirLock(lockFile, async () => 'ran', { logger, timeoutMs: 500 })).toBe('ran');
  });

  it('gives up after the timeout, naming the process that holds the lock', async () => {
    const lockFile = lockFileIn();
    let release!: () => void;
    const held = withDataDirLock(lockFile, () => new Promise<void>((resolve) => (release = resolve)), { logger });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(withDataDirLock(lockFile, async () => 'ran', { logger, timeoutMs: 400 })).rejects.toThrow(
      `Process ${process.pid} has been starting or stopping the services of this data directory`,
    );
    release();
    await held;
  });
});
