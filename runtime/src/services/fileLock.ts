/**
 * One holder at a time of a lock file, across processes: one start or stop of the services per data
 * directory, one build of the web catalog per checkout. Two commands
 * started together on a fresh data directory (`polder start` in one terminal, `polder crawl` in another)
 * both found nothing running and both started every service: the second Neo4j failed on the first's
 * store lock, and PostgreSQL's two initdbs left a cluster that neither, nor any later start, could run.
 * With the lock, the second waits for the first to finish starting, then reuses what it started.
 *
 * The lock is a file created whole or not at all (written aside, then hard-linked into place), holding
 * its holder's pid and that process's start time: a holder that is gone, or whose pid the system has
 * since given to another process, leaves a stale lock, which the next taker removes.
 */
import { link, mkdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../logger.ts';
import { isProcessAlive } from './processes.ts';
import { ServiceStartError } from './ServiceStartError.ts';

/** A first start resolves Neo4j's jars from Maven Central and may initialise PostgreSQL: minutes, on a slow network. */
const DEFAULT_TIMEOUT_MS = 15 * 60_000;
const POLL_MS = 200;
/** A lock file without a readable holder is one whose writer died between creating and linking it: impossible, or older than this. */
const UNREADABLE_GRACE_MS = 10_000;

export interface FileLockOptions {
  logger: Logger;
  /** What the lock's holder does, for the messages of those waiting: "starting or stopping the services of this data directory". */
  holderIs: string;
  timeoutMs?: number;
}

export async function withFileLock<T>(lockFile: string, work: () => Promise<T>, options: FileLockOptions): Promise<T> {
  const holder = holderOf(process.pid);
  await acquire(lockFile, holder, options);
  try {
    return await work();
  } finally {
    await release(lockFile, holder);
  }
}

async function acquire(lockFile: string, holder: string, { logger, holderIs, timeoutMs = DEFAULT_TIMEOUT_MS }: FileLockOptions): Promise<void> {
  await mkdir(dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let toldWhoWeWaitFor = false;
  const waited = timeoutMs >= 60_000 ? `${Math.round(timeoutMs / 60_000)} minutes` : `${timeoutMs / 1000} s`;
  for (;;) {
    if (await createWith(lockFile, holder)) return;
    const current = await readHolder(lockFile);
    if (current === undefined) continue; // released between our two looks
    const stale = current === '' ? await olderThan(lockFile, UNREADABLE_GRACE_MS) : !isLiveHolder(current);
    const pid = current.split(' ')[0] || 'unknown';
    if (Date.now() > deadline) {
      throw new ServiceStartError(
        stale
          ? `The lock ${lockFile} was left by process ${pid}, which is gone, and could not be removed in ${waited}. Remove it, and ${lockFile}.break, by hand.`
          : `Process ${pid} has been ${holderIs} for ${waited} (it holds ${lockFile}). Wait for it, or stop it if it is stuck.`,
      );
    }
    if (stale) {
      if (await removeStaleLock(lockFile, current, holder)) logger.info({ lockFile, holder: current }, 'removed the lock of a process that is gone');
      else await new Promise((resolve) => setTimeout(resolve, POLL_MS)); // another process is removing it
      continue;
    }
    if (!toldWhoWeWaitFor) {
      logger.info(`waiting for process ${pid}, which is ${holderIs}`);
      toldWhoWeWaitFor = true;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Removes the lock `stale` holds, if it still does. Two processes finding the same stale lock must not
 * both remove it: the second could remove the lock the first has just taken. So only the process that
 * holds `<lock>.break` may, and one that died holding that is presumed gone after a while.
 */
async function removeStaleLock(lockFile: string, stale: string, holder: string): Promise<boolean> {
  const breaker = `${lockFile}.break`;
  if (!(await createWith(breaker, holder))) {
    if (await olderThan(breaker, UNREADABLE_GRACE_MS)) await rm(breaker, { force: true });
    return false;
  }
  try {
    if ((await readHolder(lockFile)) !== stale) return false;
    await rm(lockFile, { force: true });
    return true;
  } finally {
    await rm(breaker, { force: true });
  }
}

/** Creates the lock file holding `holder`, whole; false when it exists. */
async function createWith(lockFile: string, holder: string): Promise<boolean> {
  const aside = `${lockFile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  await writeFile(aside, holder, { mode: 0o600 });
  try {
    await link(aside, lockFile);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(aside);
  }
}

/** Removes the lock if it is still ours (a lock removed as stale and taken by another is not). */
async function release(lockFile: string, holder: string): Promise<void> {
  if ((await readHolder(lockFile)) === holder) await rm(lockFile, { force: true });
}

async function readHolder(lockFile: string): Promise<string | undefined> {
  try {
    return (await readFile(lockFile, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function olderThan(file: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(file)).mtimeMs > ms;
  } catch {
    return false;
  }
}

/** `<pid> <start time>`: the start time tells the process from a later one given the same pid. */
export function holderOf(pid: number): string {
  return `${pid} ${processStartTime(pid) ?? 'unknown'}`;
}

/** True while the process named in `holder` runs (the same process: same pid, same start time). */
export function isLiveHolder(holder: string): boolean {
  const pid = Number(holder.split(' ')[0]);
  return Number.isInteger(pid) && pid > 0 && isProcessAlive(pid) && holderOf(pid) === holder;
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot; undefined when there is no such process. */
function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may contain spaces: count the fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}
