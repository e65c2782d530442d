import { parseArgs } from 'node:util';
import { crawlOne, writeMesh } from '../meshCrawler.ts';
import { openPlatform } from '../platform.ts';
import { terminalProgress } from '../progressBar.ts';
import type { Command } from './Command.ts';
import { UsageError } from './UsageError.ts';

export const crawl: Command = {
  summary: 'Crawl the named sources of polder.yaml now (all of them when none is named); --full diffs in full even when nothing changed.',
  usage: 'crawl [--full] [source...]',
  async run(args, { config, logger }) {
    // `check` and `profile` take --source; a person trying it here is told what crawl takes instead.
    const sourceOption = args.find((arg) => arg === '--source' || arg.startsWith('--source='));
    if (sourceOption) throw new UsageError(`crawl takes the sources as arguments, not ${sourceOption}: npx polder crawl ${args.filter((arg) => arg !== sourceOption && !arg.startsWith('-')).join(' ') || 'SOURCE...'}`);
    const { values, positionals: ids } = parseArgs({ args, options: { full: { type: 'boolean', default: false } }, allowPositionals: true });
    const known = config.mesh.sources.map((source) => source.id);
    const unknown = ids.filter((id) => !known.includes(id));
    if (unknown.length > 0) throw new UsageError(`unknown source ${unknown.join(', ')} (polder.yaml declares: ${known.join(', ') || 'none'})`);
    const sources = ids.length > 0 ? config.mesh.sources.filter((source) => ids.includes(source.id)) : config.mesh.sources;

    const platform = await openPlatform(config, logger, ['neo4j']);
    let failed = 0;
    try {
      await writeMesh(platform, logger);
      for (const source of sources) {
        const progress = terminalProgress(source.id);
        try {
          const result = await crawlOne(platform, source, logger, progress.update, values.full).finally(progress.done);
          process.stdout.write(
            `${source.id}: ${result.counts.created} created, ${result.counts.updated} updated, ${result.counts.unchanged} unchanged, ${result.counts.removed} removed (${result.durationMs} ms)\n`,
          );
          for (const warning of result.warnings) process.stdout.write(`  warning: ${warning}\n`);
        } catch (error) {
          failed++;
          process.stderr.write(`${source.id}: FAILED: ${(error as Error).message}\n`);
        }
      }
    } finally {
      await platform.close();
    }
    return failed > 0 ? 1 : 0;
  },
};
