import { SearchIndexer } from '@polder/api';
import { openPlatform } from '../platform.ts';
import type { Command } from './Command.ts';

export const reindex: Command = {
  summary: 'Rebuild the search index from the graph into a new index and swap it in (no empty window).',
  usage: 'reindex',
  async run(_args, { config, logger }) {
    const platform = await openPlatform(config, logger, ['neo4j', 'meili']);
    try {
      const indexer = new SearchIndexer(platform.driver, platform.meili, { indexPrefix: config.meili.indexPrefix, logger, database: config.neo4j.database });
      const started = performance.now();
      const count = await indexer.reindex();
      process.stdout.write(`indexed ${count} documents in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    } finally {
      await platform.close();
    }
  },
};
