import { checkSearchConsistency, SearchIndexer } from '@polder/api';
import { openPlatform } from '../platform.ts';
import type { Command } from './Command.ts';
import { UsageError } from './UsageError.ts';

export const reindex: Command = {
  summary: 'Rebuild the search index from the graph and swap it in (no empty window); --check only compares them.',
  usage: 'reindex [--check]',
  async run(args, { config, logger }) {
    if (args.some((arg) => arg !== '--check')) throw new UsageError(`reindex: unknown option ${args.join(' ')} (option: --check)`);
    const platform = await openPlatform(config, logger, ['neo4j', 'meili']);
    try {
      if (args.includes('--check')) {
        const report = await checkSearchConsistency(platform.driver, platform.meili, { indexPrefix: config.meili.indexPrefix, database: config.neo4j.database });
        const differences = report.missingFromIndex.length + report.notInGraph.length + report.stale.length + (report.projectionBehind ? 1 : 0);
        process.stdout.write(
          `graph: ${report.graphAssets} searchable assets; index: ${report.indexDocuments} documents; outbox: ${report.pendingInOutbox} pending\n` +
            `missing from the index: ${report.missingFromIndex.length}; in the index but not the graph: ${report.notInGraph.length}; stale: ${report.stale.length}\n` +
            (report.projectionBehind ? 'the index holds documents an older Polder built: the next start, or `polder reindex`, indexes every asset again\n' : '') +
            [...report.missingFromIndex.map((urn) => `  missing  ${urn}`), ...report.notInGraph.map((urn) => `  extra    ${urn}`), ...report.stale.map((urn) => `  stale    ${urn}`)]
              .slice(0, 50)
              .map((line) => `${line}\n`)
              .join(''),
        );
        return differences === 0 ? 0 : 4;
      }
      const indexer = new SearchIndexer(platform.driver, platform.meili, { indexPrefix: config.meili.indexPrefix, logger, database: config.neo4j.database });
      const started = performance.now();
      const count = await indexer.reindex();
      process.stdout.write(`indexed ${count} documents in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    } finally {
      await platform.close();
    }
  },
};
