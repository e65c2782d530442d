import { parseArgs } from 'node:util';
import { CheckScheduler, runAndRecordChecks, type CheckRunResult } from '@polder/crawlers';
import type { CheckConfig, Logger } from '@polder/runtime';
import { openPlatform, type Platform } from '../platform.ts';
import type { Command } from './Command.ts';

export const check: Command = {
  summary: 'Run the quality checks of polder.yaml now (all, or those of one source, or one check); exits 1 when one fails or errors.',
  usage: 'check [--source ID] [--check ID]',
  async run(args, { config, logger }) {
    const { values } = parseArgs({ args, options: { source: { type: 'string' }, check: { type: 'string' } } });
    const declared = config.mesh.checks ?? [];
    if (values.source !== undefined && !config.mesh.sources.some((source) => source.id === values.source)) {
      throw new Error(`unknown source ${values.source} (polder.yaml declares: ${config.mesh.sources.map((source) => source.id).join(', ') || 'none'})`);
    }
    if (values.check !== undefined && !declared.some((candidate) => candidate.id === values.check)) {
      throw new Error(`unknown check ${values.check} (polder.yaml declares: ${declared.map((candidate) => candidate.id).join(', ') || 'none'})`);
    }
    const checks = declared.filter((candidate) => (values.source ?? candidate.source) === candidate.source && (values.check ?? candidate.id) === candidate.id);
    if (checks.length === 0) {
      process.stdout.write('no checks to run (declare them under "checks:" in polder.yaml)\n');
      return 0;
    }

    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      const { results, written } = await recordChecks(platform, checks, logger);
      for (const result of results) process.stdout.write(`${resultLine(result)}\n`);
      process.stdout.write(
        `${results.length} check(s): ${written.incidentsOpened} incident(s) opened, ${written.incidentsStillOpen} still open, ${written.incidentsResolved} resolved\n`,
      );
      return results.every((result) => result.outcome === 'PASS') ? 0 : 1;
    } finally {
      await platform.close();
    }
  },
};

/** `FAIL   orders-fresh (rentals-db public.rental_order): newest booked_at is 2,900 minutes old (SLO: at most 1,440)` */
function resultLine(result: CheckRunResult): string {
  const check = result.checkId;
  return `${result.outcome.padEnd(6)} ${check} (${result.sourceId}): ${result.message}`;
}

function recordChecks(platform: Platform, checks: CheckConfig[], logger: Logger) {
  return runAndRecordChecks(platform.driver, checks, platform.config.mesh.sources, { logger, database: platform.config.neo4j.database });
}

/**
 * Starts running the checks that have a `schedule`, in this process, beside the
 * crawl scheduler of `worker` and `start`; returns the stop function.
 */
export function scheduleChecks(platform: Platform, logger: Logger): { scheduled: string[]; stop: () => Promise<void> } {
  const scheduler = new CheckScheduler((checks) => recordChecks(platform, checks, logger), logger);
  const scheduled = scheduler.start(platform.config.mesh.checks ?? []);
  return { scheduled, stop: () => scheduler.stop() };
}
