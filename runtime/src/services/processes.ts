/**
 * The OS-process side of the services: spawn with output to a log file, tell
 * whether a recorded pid is still our process, and stop one by pid.
 *
 * Everything goes through `spawn` with an argument array: no shell ever parses a
 * path or a setting.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ProcessExit } from './ServiceStartError.ts';
import type { LaunchCommand } from './serviceTypes.ts';

export interface SpawnedProcess {
  child: ChildProcess;
  pid: number;
  /** Set once the process has ended. */
  exit(): ProcessExit | undefined;
}

/**
 * Starts `launch` with stdout and stderr appended to the log opened as `logFd`.
 * Detached: in its own session, not waited for, so it outlives this process.
 */
export function spawnLogged(launch: LaunchCommand, logFd: number, detached: boolean): Promise<SpawnedProcess> {
  const child = spawn(launch.command, launch.args, {
    cwd: launch.cwd,
    env: launch.env,
    uid: launch.uid,
    gid: launch.gid,
    detached,
    stdio: [launch.stdin, logFd, logFd],
  });
  let exit: ProcessExit | undefined;
  child.once('exit', (code, signal) => {
    exit = { code, signal };
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('spawn', () => {
      if (detached) child.unref();
      resolve({ child, pid: child.pid!, exit: () => exit });
    });
  });
}

/** Runs a set-up command (mvn, javac, initdb) to completion, output appended to the log. */
export async function runToCompletion(launch: LaunchCommand, logFd: number): Promise<ProcessExit> {
  const { child } = await spawnLogged(launch, logFd, false);
  if (child.exitCode !== null || child.signalCode !== null) return { code: child.exitCode, signal: child.signalCode };
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** True while `pid` exists and is not a zombie waiting to be reaped. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return processState(pid) !== 'Z';
}

/** True when `pid` is alive and `marker` appears in its command line (Linux /proc). */
export function isProcessRunning(pid: number, marker: string): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
    return commandLine.includes(marker);
  } catch {
    return false;
  }
}

/**
 * Sends `signal`, waits up to `graceMs` for the process to end, then SIGKILLs it.
 * Resolves once it is gone; a pid that is already gone is fine.
 */
export async function stopProcess(pid: number, signal: NodeJS.Signals, graceMs: number): Promise<void> {
  if (!sendSignal(pid, signal)) return;
  if (await waitForExit(pid, graceMs)) return;
  sendSignal(pid, 'SIGKILL');
  await waitForExit(pid, 5_000);
}

/** Sends a signal; false when there was no such process any more. */
export function sendSignal(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** The one-letter state from /proc/<pid>/stat ('R', 'S', 'Z', ...), or undefined off Linux. */
function processState(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may contain spaces; the state follows the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  } catch {
    return undefined;
  }
}
