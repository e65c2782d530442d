/** Finding programs the way a shell would, without a shell. */
import { accessSync, constants, statSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

/** Absolute path of `name` in `PATH`, or undefined when it is not there. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return undefined;
}

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Some npm packages ship binaries without the executable bit (npm does not keep
 * it for every tarball); adds it when missing. Rejects when that is impossible.
 */
export async function ensureExecutable(file: string): Promise<void> {
  if (isExecutable(file)) return;
  await chmod(file, statSync(file).mode | 0o111);
}
