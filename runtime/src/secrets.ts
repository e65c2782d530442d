import { readFileSync } from 'node:fs';
import { PolderConfigError } from './config.ts';

/**
 * Resolves a secret referenced by name in polder.yaml: from an env var or a file.
 * Only called when a connection is opened; the value never enters the config,
 * a log line, the graph or the search index.
 */
export function resolveSecret(
  reference: { env?: string; file?: string },
  where: string,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (reference.env) {
    const value = env[reference.env];
    if (value === undefined) throw new PolderConfigError(`${where}: env var ${reference.env} is not set`);
    return value;
  }
  if (reference.file) {
    try {
      return readFileSync(reference.file, 'utf8').trim();
    } catch (error) {
      throw new PolderConfigError(`${where}: cannot read secret file ${reference.file}: ${(error as NodeJS.ErrnoException).code}`);
    }
  }
  return undefined;
}
