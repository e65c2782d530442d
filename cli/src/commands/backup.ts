import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { SearchIndexer } from '@polder/api';
import { exportGraph } from '../backup/exportGraph.ts';
import { restoreBackup } from '../backup/importGraph.ts';
import { readBackup, type Backup } from '../backup/readBackup.ts';
import { BackupFormatError, refuseFolder } from '../backup/backupFormat.ts';
import { openPlatform } from '../platform.ts';
import type { Command } from './Command.ts';

const USAGE = `Usage:
  npx polder backup export <file>    write the whole catalog graph to <file> (JSON Lines, 0600)
  npx polder backup restore <file>   load <file> into an empty graph, then rebuild the search index
`;

export const backup: Command = {
  summary: 'Back up the catalog graph to a file, or restore one into an empty instance (search is rebuilt).',
  usage: 'backup export|restore <file>',
  help: USAGE,
  async run(args, { config, logger }) {
    const [action, file] = args;
    if ((action !== 'export' && action !== 'restore') || !file || args.length !== 2) {
      process.stderr.write(USAGE);
      return 2;
    }
    // The file is checked before Neo4j starts: a restore reads it whole, an export needs its folder.
    let backup: Backup | undefined;
    try {
      if (action === 'restore') backup = await readBackup(file);
      else await refuseUnwritable(file);
    } catch (error) {
      if (!(error instanceof BackupFormatError)) throw error;
      process.stderr.write(`backup ${action}: ${error.message}\n`);
      return 2;
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
      const restored = `${counts.nodes} nodes and ${counts.relationships} relationships from ${file}`;
      if (counts.unfinishedRemoved > 0) process.stdout.write(`deleted the ${counts.unfinishedRemoved} nodes a failed restore had left, first\n`);
      let indexed: number;
      try {
        indexed = await new SearchIndexer(platform.driver, platform.meili, { indexPrefix: config.meili.indexPrefix, logger, database: config.neo4j.database }).reindex();
      } catch (error) {
        // The graph is whole and a second restore would find it not empty: what is left to do is the index alone.
        throw new Error(`graph restored (${restored}); search index not rebuilt (${error instanceof Error ? error.message : String(error)}): run \`npx polder reindex\``, { cause: error });
      }
      process.stdout.write(`restored ${restored}; indexed ${indexed} search documents (${seconds()} s)\n`);
      return 0;
    } catch (error) {
      if (error instanceof BackupFormatError) {
        process.stderr.write(`backup ${action}: ${error.message}\n`);
        return 2;
      }
      throw error;
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
