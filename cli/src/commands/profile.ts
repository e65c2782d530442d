import { parseArgs } from 'node:util';
import { runAndRecordProfiles, type DatasetProfileResult, type ScheduledTask } from '@polder/crawlers';
import { profilingTargets, type Logger, type ProfilingTarget } from '@polder/runtime';
import { openPlatform, type Platform } from '../platform.ts';
import type { Command } from './Command.ts';
import { UsageError } from './UsageError.ts';

export const profile: Command = {
  summary: 'Profile the columns of the datasets polder.yaml\'s "profiling:" names now (all, those of one source, or one dataset); exits 1 when one fails.',
  usage: 'profile [--source ID] [--dataset NAME]',
  async run(args, { config, logger }) {
    const { values } = parseArgs({ args, options: { source: { type: 'string' }, dataset: { type: 'string' } } });
    const declared = profilingTargets(config.mesh.profiling);
    if (values.source !== undefined && !declared.some((target) => target.source === values.source)) {
      const known = config.mesh.sources.some((source) => source.id === values.source);
      throw new UsageError(
        `${known ? `source ${values.source} has no entry` : `unknown source ${values.source}`} under "profiling.sources" in polder.yaml (entries: ${declared.map((target) => target.source).join(', ') || 'none'})`,
      );
    }
    const targets = declared.filter((target) => (values.source ?? target.source) === target.source);
    if (targets.length === 0) {
      process.stdout.write('nothing to profile (list sources under "profiling: sources:" in polder.yaml)\n');
      return 0;
    }

    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      const { results, written } = await recordProfiles(platform, targets, logger, values.dataset);
      for (const result of results) process.stdout.write(`${resultLine(result)}\n`);
      const failed = results.filter((result) => result.outcome !== 'OK').length;
      // A table without columns is no failure, but nothing was profiled in it either.
      const empty = results.filter((result) => result.outcome === 'OK' && result.columns.length === 0).length;
      process.stdout.write(
        `${results.length} dataset(s): ${results.length - failed - empty} profiled, ${failed} failed${empty > 0 ? `, ${empty} with no columns to profile` : ''}; ` +
          `${written.columns} column profile(s) written\n`,
      );
      return failed === 0 ? 0 : 1;
    } finally {
      await platform.close();
    }
  },
};

/** `OK     rentals-db public.customer: 40 rows, 8 columns; values of 2 sensitive columns withheld` */
function resultLine(result: DatasetProfileResult): string {
  return `${result.outcome.padEnd(6)} ${result.sourceId} ${result.dataset}: ${result.message}`;
}

function recordProfiles(platform: Platform, targets: ProfilingTarget[], logger: Logger, dataset?: string) {
  return runAndRecordProfiles(platform.driver, targets, platform.config.mesh.sources, { logger, database: platform.config.neo4j.database, dataset });
}

/** The profiling entries as scheduled tasks (`polder start`, `polder worker`): one per entry (one source), on its `schedule` if it has one. */
export function profileTasks(platform: Platform, logger: Logger): ScheduledTask[] {
  return profilingTargets(platform.config.mesh.profiling).map((target) => ({
    key: `profile:${target.source}`,
    schedule: target.schedule,
    run: () => recordProfiles(platform, [target], logger),
  }));
}
