/**
 * The data directory and the homes of Neo4j and Meilisearch are their owner's alone (0700), made so on
 * every start, whatever the umask or an older Polder left: they hold the graph (accounts' password
 * hashes, token hashes, private domains' assets) and the search index. PostgreSQL's home and the
 * secrets are made 0700 where they are created; when PostgreSQL runs as another user, the data
 * directory gets the search bit it needs to reach its home (postgresUser.ts), and no more.
 */
import { chmod, mkdir } from 'node:fs/promises';
import type { Logger } from '../logger.ts';
import type { ServicePaths } from './servicePaths.ts';

export async function makePrivateDataDirectories(paths: ServicePaths, logger: Logger): Promise<void> {
  for (const dir of [paths.dataDir, paths.neo4jHome, paths.meiliHome]) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // A directory someone else owns (a mounted volume) keeps its mode; the services still start.
    await chmod(dir, 0o700).catch((error: NodeJS.ErrnoException) => logger.warn({ dir, code: error.code }, `could not make ${dir} private (0700): ${error.code}`));
  }
}
