/**
 * PostgreSQL refuses to run as root. When Polder runs as root (containers, CI),
 * the server runs as the unprivileged `postgres` user instead, which must own its
 * data directory and be able to walk down to it.
 */
import { execFile } from 'node:child_process';
import { chmod, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from '../logger.ts';
import { ServiceStartError } from './ServiceStartError.ts';

export const POSTGRES_OS_USER = 'postgres';

export interface OsUser {
  name: string;
  uid: number;
  gid: number;
}

/** The user to run PostgreSQL as; undefined when Polder does not run as root (then: as ourselves). */
export async function findPostgresRunAsUser(): Promise<OsUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const run = promisify(execFile);
    const [uid, gid] = await Promise.all([
      run('id', ['-u', POSTGRES_OS_USER]).then(({ stdout }) => Number(stdout.trim())),
      run('id', ['-g', POSTGRES_OS_USER]).then(({ stdout }) => Number(stdout.trim())),
    ]);
    return { name: POSTGRES_OS_USER, uid, gid };
  } catch {
    throw new ServiceStartError(
      `PostgreSQL cannot run as root, and there is no "${POSTGRES_OS_USER}" user to run it as. ` +
        `Create one (useradd --system --user-group ${POSTGRES_OS_USER}) or run Polder as a non-root user.`,
    );
  }
}

/**
 * Makes sure `user` can traverse every directory above `dir`. Only `dataDir`
 * itself (Polder's own) is fixed, by adding the search bit alone — nobody gains
 * the right to list it; directories above it belong to somebody else, so
 * those are reported instead of changed.
 */
export async function ensureTraversable(user: OsUser, dir: string, dataDir: string, logger: Logger): Promise<void> {
  for (let current = dirname(dir); ; current = dirname(current)) {
    const info = await stat(current);
    const missingBit = missingSearchBit(info, user);
    if (missingBit !== undefined) {
      if (current !== dataDir) {
        throw new ServiceStartError(
          `PostgreSQL runs as user "${user.name}", which cannot enter ${current}. ` +
            `Allow it (chmod o+x ${current}) or put the data dir elsewhere with POLDER_DATA_DIR.`,
        );
      }
      await chmod(current, info.mode | missingBit);
      logger.info(`Allowed user "${user.name}" to traverse ${current} (search permission only) for PostgreSQL`);
    }
    if (current === dirname(current)) return;
  }
}

/**
 * The permission bit `user` lacks to traverse a directory with this owner and
 * mode — the owner, group or other "x" bit, whichever class applies to them — or
 * undefined when nothing is missing. (Supplementary groups are not considered.)
 */
export function missingSearchBit(
  info: { mode: number; uid: number; gid: number },
  user: Pick<OsUser, 'uid' | 'gid'>,
): number | undefined {
  const bit = info.uid === user.uid ? 0o100 : info.gid === user.gid ? 0o010 : 0o001;
  return info.mode & bit ? undefined : bit;
}
