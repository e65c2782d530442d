import { retireUndeclaredChecks, runAndRecordChecks, runAndRecordContractChecks, type CheckRunResult, type ContractRuleResult, type ScheduledTask } from '@polder/crawlers';
import type { CheckConfig, Logger, PolderConfig } from '@polder/runtime';
import { openPlatform, type Platform } from '../platform.ts';
import { checksAskedFor } from './checksAskedFor.ts';
import type { Command } from './Command.ts';

export const check: Command = {
  summary:
    'Run the quality checks of polder.yaml now (all, or those of one source, or those named by --check), or with --contracts every runnable quality rule of the data contracts; exits 1 when one fails or errors.',
  usage: 'check [--source ID] [--check ID ...] | check --contracts',
  async run(args, { config, logger }) {
    const asked = checksAskedFor(args, config.mesh);
    if (asked.contracts) return runContractRulesNow(config, logger);
    const { checks } = asked;
    const declared = config.mesh.checks ?? [];
    if (checks.length === 0) {
      process.stdout.write('no checks to run (declare them under "checks:" in polder.yaml)\n');
      return 0;
    }

    const platform = await openPlatform(config, logger, ['neo4j']);
    try {
      await retireUndeclaredChecks(platform.driver, declared, { database: config.neo4j.database });
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

/**
 * `polder check --contracts`: every quality rule of the data contracts in the graph, run against the
 * crawled tables their schema objects describe, one line per rule (SKIP with the reason for a rule
 * Polder cannot run); exits 1 when one fails or errors, not when one is skipped.
 */
async function runContractRulesNow(config: PolderConfig, logger: Logger): Promise<number> {
  const platform = await openPlatform(config, logger, ['neo4j']);
  try {
    const { results, written } = await recordContractChecks(platform, logger);
    if (results.length === 0) {
      process.stdout.write('no contract rules to run (crawl a source of kind contract, and the databases its contracts describe)\n');
      return 0;
    }
    for (const result of results) process.stdout.write(`${contractResultLine(result)}\n`);
    const skipped = results.filter((result) => result.outcome === 'SKIPPED').length;
    process.stdout.write(
      `${results.length} contract rule(s), ${skipped} skipped: ${written.incidentsOpened} incident(s) opened, ${written.incidentsStillOpen} still open, ${written.incidentsResolved} resolved\n`,
    );
    return results.every((result) => result.outcome === 'PASS' || result.outcome === 'SKIPPED') ? 0 : 1;
  } finally {
    await platform.close();
  }
}

/** `FAIL   courier-performance.odcs.yaml rule avg_stars_at_least_3 (courier_performance.avg_stars): the query returned 1 (must be 0)` */
function contractResultLine(result: ContractRuleResult): string {
  return `${(result.outcome === 'SKIPPED' ? 'SKIP' : result.outcome).padEnd(6)} ${result.label}: ${result.message}`;
}

function recordContractChecks(platform: Platform, logger: Logger) {
  const { config } = platform;
  return runAndRecordContractChecks(platform.driver, config.mesh.sources, { logger, settings: config.contractChecks, database: config.neo4j.database });
}

/** `FAIL   orders-fresh (rentals-db public.rental_order): newest booked_at is 2,900 minutes old (SLO: at most 1,440)` */
function resultLine(result: CheckRunResult): string {
  const check = result.checkId;
  return `${result.outcome.padEnd(6)} ${check} (${result.sourceId}): ${result.message}`;
}

function recordChecks(platform: Platform, checks: CheckConfig[], logger: Logger) {
  return runAndRecordChecks(platform.driver, checks, platform.config.mesh.sources, { logger, database: platform.config.neo4j.database });
}

/**
 * The checks, and the data contracts' rules, as scheduled tasks (`polder start`, `polder worker`):
 * one per check, on its `schedule` if it has one, and one for the contracts' rules, on
 * `contractChecks.schedule` if it is set. Each records its own errors as results.
 */
export function checkTasks(platform: Platform, logger: Logger): ScheduledTask[] {
  const checks = (platform.config.mesh.checks ?? []).map(
    (check): ScheduledTask => ({ key: `check:${check.id}`, schedule: check.schedule, run: () => recordChecks(platform, [check], logger) }),
  );
  return [...checks, { key: 'contract-checks', schedule: platform.config.contractChecks.schedule, run: () => recordContractChecks(platform, logger) }];
}
