import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { holderOf, isLiveHolder, withFileLock } from './fileLock.ts';

const lockOptions = { logger: createLogger('lock-test', 'silent'), holderIs: 'starting or stopping the services of this data directory' };
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

describe('withFileLock', () => {
  it('holds the lock while the work runs, with its pid and start time, and removes it after, also when the work fails', async () => {
    const lockFile = lockFileIn();
    await withFileLock(lockFile, async () => expect(readFileSync(lockFile, 'utf8')).toBe(holderOf(process.pid)), lockOptions);
    expect(existsSync(lockFile)).toBe(false);
    await expect(withFileLock(lockFile, async () => Promise.reject(new Error('initdb failed')), lockOptions)).rejects.toThrow('initdb failed');
    expect(existsSync(lockFile)).toBe(false);
  });

  it('runs two works one after the other, the second once the first is done (whichever takes the lock first)', async () => {
    const lockFile = lockFileIn();
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      events.push(`${name} ends`);
    };
    await Promise.all([withFileLock(lockFile, work('first'), lockOptions), withFileLock(lockFile, work('second'), lockOptions)]);
    const [winner, other] = events[0] === 'first starts' ? ['first', 'second'] : ['second', 'first'];
    expect(events).toEqual([`${winner} starts`, `${winner} ends`, `${other} starts`, `${other} ends`]);
  });

  it('takes over the lock of a process that is gone, and of one whose pid now names another process', async () => {
    const lockFile = lockFileIn();
    await withFileLock(lockFile, async () => undefined, lockOptions); // makes the directory
    for (const stale of [`${goneProcessPid()} 12345`, `${process.pid} 1`]) {
      writeFileSync(lockFile, stale);
      expect(isLiveHolder(stale)).toBe(false);
      expect(await withFileLock(lockFile, async () => 'ran', { ...lockOptions, timeoutMs: 1_000 })).toBe('ran');
    }
  });

  it('lets one of many takers at a time have a stale lock, however many found it stale at once', async () => {
    const lockFile = lockFileIn();
    await withFileLock(lockFile, async () => undefined, lockOptions);
    writeFileSync(lockFile, `${goneProcessPid()} 12345`);
    let running = 0;
    let mostAtOnce = 0;
    const work = async () => {
      mostAtOnce = Math.max(mostAtOnce, ++running);
      await new Promise((resolve) => setTimeout(resolve, 20));
      running--;
    };
    await Promise.all(Array.from({ length: 6 }, () => withFileLock(lockFile, work, lockOptions)));
    expect(mostAtOnce).toBe(1);
    expect(existsSync(lockFile)).toBe(false);
  });

  it('leaves a stale lock to the process already removing it, and takes over from one that died doing so', async () => {
    const lockFile = lockFileIn();
    await withFileLock(lockFile, async () => undefined, lockOptions);
    writeFileSync(lockFile, `${goneProcessPid()} 12345`);
    writeFileSync(`${lockFile}.break`, holderOf(process.pid)); // another taker, removing it right now
    await expect(withFileLock(lockFile, async () => 'ran', { ...lockOptions, timeoutMs: 600 })).rejects.toThrow('which is gone, and could not be removed in 0.6 s');
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(`${lockFile}.break`, minuteAgo, minuteAgo);
    expect(await withFileLock(lockFile, async () => 'ran', { ...lockOptions, timeoutMs: 2_000 })).toBe('ran');
    expect(existsSync(`${lockFile}.break`)).toBe(false);
  });

  it('takes over an empty lock file only once it is old', async () => {
    const lockFile = lockFileIn();
    await withFileLock(lockFile, async () => undefined, lockOptions);
    writeFileSync(lockFile, '');
    await expect(withFileLock(lockFile, async () => 'ran', { ...lockOptions, timeoutMs: 500 })).rejects.toThrow();
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lockFile, minuteAgo, minuteAgo);
    expect(await withFileLock(lockFile, async () => 'ran', { ...lockOptions, timeoutMs: 500 })).toBe('ran');
  });

  it('gives up after the timeout, naming the process that holds the lock', async () => {
    const lockFile = lockFileIn();
    let release!: () => void;
    const held = withFileLock(lockFile, () => new Promise<void>((resolve) => (release = resolve)), lockOptions);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(withFileLock(lockFile, async () => 'ran', { ...lockOptions, timeoutMs: 400 })).rejects.toThrow(
      `Process ${process.pid} has been starting or stopping the services of this data directory`,
    );
    release();
    await held;
  });
});
