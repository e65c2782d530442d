/**
 * One run of the data contracts' quality rules, start to end: read them from the
 * graph (readContractRules: the rules and the crawled tables their objects
 * DESCRIBE), run them (runContractRules: results, skipped rules with their
 * reason, never throws for a rule), then write the results, history and incidents
 * (writeCheckResults, as for Polder's own checks: one transaction), and what the rules read of
 * each table, to be left out of its usage (recordOwnReads). What `polder check --contracts`
 * and the schedule of `polder start` share.
 */
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { ContractCheckConfig, Logger, SourceConfig } from '@polder/runtime';
import { writeCheckResults, type CheckWriteCounts } from '../checks/writeCheckResults.ts';
import type { OwnReads } from '../usage/OwnReads.ts';
import { recordOwnReads } from '../usage/recordOwnReads.ts';
import { contractResultRows } from './contractResultRows.ts';
import { readContractRules } from './readContractRules.ts';
import { runContractRules, type ContractRuleResult } from './runContractRules.ts';

export interface ContractCheckRun {
  runId: string;
  /** One per rule, skipped ones included. */
  results: ContractRuleResult[];
  written: CheckWriteCounts;
}

export async function runAndRecordContractChecks(
  driver: Driver,
  sources: readonly SourceConfig[],
  options: { logger: Logger; settings: ContractCheckConfig; database?: string; env?: NodeJS.ProcessEnv },
): Promise<ContractCheckRun> {
  const runId = randomUUID();
  const rules = await readContractRules(driver, { database: options.database });
  const ownReads: OwnReads[] = [];
  const results = await runContractRules(rules, sources, {
    timeoutMs: options.settings.timeoutMs,
    sampleRows: options.settings.sampleRows,
    env: options.env,
    logger: options.logger,
    ownReads,
  });
  const written = await writeCheckResults(driver, contractResultRows(results, runId), { database: options.database });
  await recordOwnReads(driver, ownReads, { database: options.database });
  const count = (outcome: ContractRuleResult['outcome']) => results.filter((result) => result.outcome === outcome).length;
  options.logger.info(
    { runId, rules: results.length, passed: count('PASS'), failed: count('FAIL'), errors: count('ERROR'), skipped: count('SKIPPED'), ...written },
    `contract rules: ${count('PASS')} passed, ${count('FAIL')} failed, ${count('ERROR')} could not run, ${count('SKIPPED')} skipped of ${results.length}`,
  );
  if (written.missingChecks > 0) {
    options.logger.warn({ runId, missingChecks: written.missingChecks }, `${written.missingChecks} contract rule(s) were removed while they ran: their results were not kept`);
  }
  return { runId, results, written };
}
