import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { dirname, resolve } from 'node:path';
import { SearchIndexer } from '@polder/api';
import { exportGraph } from '../backup/exportGraph.ts';
import { restoreBackup } from '../backup/importGraph.ts';
import { readBackup, type Backup } from '../backup/readBackup.ts';
import { BackupFormatError, refuseFolder } from '../backup/backupFormat.ts';
import { describeFailure } from '../describeFailure.ts';
import { openPlatform } from '../platform.ts';
import type { Command } from './Command.ts';
import { UsageError } from './UsageError.ts';

const USAGE = `Usage:
  npx polder backup export <file>                        write the whole catalog graph to <file> (JSON Lines, 0600)
  npx polder backup restore <file> [--accept-version-1]  load <file> into an empty graph, then rebuild the search index

A backup's last line counts its nodes and relationships and carries a checksum of the lines before
it. A restore refuses a file without that line (cut short) or that disagrees with it (lines lost,
added or changed), before it writes anything.
--accept-version-1: also restore a backup of version 1 (before that line), whose completeness cannot
be checked; the restore then says so. Refused without it.
`;

export const backup: Command = {
  summary: 'Back up the catalog graph to a file, or restore one into an empty instance (search is rebuilt).',
  usage: 'backup export|restore <file>',
  help: USAGE,
  async run(args, { config, logger }) {
    const { positionals, values } = parseArgs({ args, allowPositionals: true, options: { 'accept-version-1': { type: 'boolean' } } });
    const [action, file, ...extra] = positionals;
    if (action !== 'export' && action !== 'restore') throw new UsageError(`backup needs one of export, restore (got ${action ?? 'nothing'})`, { showUsage: true });
    if (!file) throw new UsageError(`backup ${action}: name the file to ${action === 'export' ? 'write' : 'restore'}`, { showUsage: true });
    if (extra.length > 0) throw new UsageError(`backup ${action}: one file at a time (got also ${extra.join(' ')})`, { showUsage: true });
    const acceptVersion1 = values['accept-version-1'] ?? false;
    if (action === 'export' && acceptVersion1) throw new UsageError('backup export: --accept-version-1 is for restore; an export writes the current version', { showUsage: true });
    // The file is checked before Neo4j starts: a restore reads it whole, an export needs its folder.
    let backup: Backup | undefined;
    try {
      if (action === 'restore') backup = await readBackup(file, { acceptVersion1 });
      else await refuseUnwritable(file);
    } catch (error) {
      // A file that is not there was named wrong, as a file that is no backup was: the command line's mistake (exit 2).
      if (error instanceof BackupFormatError || (error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`backup ${action}: ${describeFailure(error)}`);
      throw error;
    }
    const platform = await openPlatform(config, logger, action === 'export' ? ['neo4j'] : ['neo4j', 'meili']);
    try {
      const started = performance.now();
      const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
      if (action === 'export') {
        const counts = await exportGraph(platform.driver, config.neo4j.database, file);
        process.stdout.write(`exported ${counts.nodes} nodes and ${counts.relationships} relationships to ${file} in ${seconds()} s\n`);
        if (counts.skippedRelationships > 0) {
          process.stdout.write(`left out ${counts.skippedRelationships} relationships made during the export to nodes made after the nodes were read (the next export has them)\n`);
        }
        return 0;
      }
      const counts = await restoreBackup(platform.driver, config.neo4j.database, backup!, file);
      const counted = `${counts.nodes} nodes and ${counts.relationships} relationships`;
      const restored = `${counted} from ${file}`;
      if (counts.unfinishedRemoved > 0) process.stdout.write(`deleted the ${counts.unfinishedRemoved} nodes a failed restore had left, first\n`);
      // Said now, not after the index: it holds whatever happens to the index.
      if (!backup!.verified) {
        process.stderr.write(
          `warning: ${file} is a backup of version 1, which has no end line: whether it held the whole graph cannot be checked; ` +
            `compare the ${counted} restored with what its export printed\n`,
        );
      }
      let indexed: number;
      try {
        indexed = await new SearchIndexer(platform.driver, platform.meili, { indexPrefix: config.meili.indexPrefix, logger, database: config.neo4j.database }).reindex();
      } catch (error) {
        // The graph is whole and a second restore would find it not empty: what is left to do is the index alone.
        throw new Error(`graph restored (${restored}); search index not rebuilt (${error instanceof Error ? error.message : String(error)}): run \`npx polder reindex\``, { cause: error });
      }
      process.stdout.write(`restored ${restored}; indexed ${indexed} search documents (${seconds()} s)\n`);
      return 0;
    } finally {
      await platform.close();
    }
  },
};

/** An export's file must not be a folder, and its folder must exist. */
async function refuseUnwritable(file: string): Promise<void> {
  try {
    await refuseFolder(file);
  } catch (error) {
    throw new BackupFormatError((error as Error).message);
  }
  const folder = dirname(resolve(file));
  if (!(await stat(folder).catch(() => undefined))?.isDirectory()) throw new BackupFormatError(`${folder} is not a folder: create it first`);
}
