import { SearchIndexer } from '@polder/api';
import { exportGraph } from '../backup/exportGraph.ts';
import { importGraph } from '../backup/importGraph.ts';
import { BackupFormatError } from '../backup/backupFormat.ts';
import { openPlatform } from '../platform.ts';
import type { Command } from './Command.ts';

const USAGE = `Usage:
  npx polder backup export <file>    write the whole catalog graph to <file> (JSON Lines, 0600)
  npx polder backup restore <file>   load <file> into an empty graph, then rebuild the search index
`;

export const backup: Command = {
  summary: 'Back up the catalog graph to a file, or restore one into an empty instance (search is rebuilt).',
  usage: 'backup export|restore <file>',
  async run(args, { config, logger }) {
    const [action, file] = args;
    if ((action !== 'export' && action !== 'restore') || !file || args.length !== 2) {
      process.stderr.write(USAGE);
      return 2;
    }
    const platform = await openPlatform(config, logger, action === 'export' ? ['neo4j'] : ['neo4j', 'meili']);
    try {
      const started = performance.now();
      if (action === 'export') {
        const counts = await exportGraph(platform.driver, config.neo4j.database, file);
        process.stdout.write(`exported ${counts.nodes} nodes and ${counts.relationships} relationships to ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
        return 0;
      }
      const counts = await importGraph(platform.driver, config.neo4j.database, file);
      const indexed = await new SearchIndexer(platform.driver, platform.meili, { indexPrefix: config.meili.indexPrefix, logger, database: config.neo4j.database }).reindex();
      process.stdout.write(`restored ${counts.nodes} nodes and ${counts.relationships} relationships from ${file}; indexed ${indexed} search documents (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
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
