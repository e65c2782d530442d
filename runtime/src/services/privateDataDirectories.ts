/**
 * The data directory and the homes of Neo4j and Meilisearch are their owner's alone (0700), made so on
 * every start, whatever the umask or an older Polder left: they hold the graph (accounts' password
 * hashes, token hashes, private domains' assets) and the search index. PostgreSQL's home and the
 * secrets are made 0700 where they are created; when PostgreSQL runs as another user, the data
 * directory gets the search bit it needs to reach its home (postgresUser.ts), and no more.
 */
import { chmod, mkdir, stat } from 'node:fs/promises';
import type { Logger } from '../logger.ts';
import { findPostgresRunAsUser, missingSearchBit, type OsUser } from './postgresUser.ts';
import type { ServicePaths } from './servicePaths.ts';

export async function makePrivateDataDirectories(paths: ServicePaths, logger: Logger): Promise<void> {
  // Every command passes here, also one that reuses a running PostgreSQL: taking its user's search bit
  // away from the data directory left that server unable to reach its own files (it died at its next
  // checkpoint). No such user (not root, or none made): no PostgreSQL of another user to keep going.
  const postgresUser = await findPostgresRunAsUser().catch(() => undefined);
  for (const dir of [paths.dataDir, paths.neo4jHome, paths.meiliHome]) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const mode = dir === paths.dataDir ? privateMode(await stat(dir), postgresUser) : 0o700;
    // A directory someone else owns (a mounted volume) keeps its mode; the services still start.
    await chmod(dir, mode).catch((error: NodeJS.ErrnoException) => logger.warn({ dir, code: error.code }, `could not make ${dir} private (0${mode.toString(8)}): ${error.code}`));
  }
}

/** 0700, and the search bit PostgreSQL's user needs to pass through when it is another user. */
export function privateMode(owner: { uid: number; gid: number }, postgresUser: Pick<OsUser, 'uid' | 'gid'> | undefined): number {
  return 0o700 | (postgresUser ? (missingSearchBit({ ...owner, mode: 0o700 }, postgresUser) ?? 0) : 0);
}
