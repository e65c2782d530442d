/**
 * One run of checks, start to end: find where each dataset's name splits into
 * schema and table, as its crawler read it (readCrawledTableNames: one graph
 * query), run them (runChecks: results, never throws for a check), then write
 * the results, history and incidents to the graph (writeCheckResults: one
 * transaction), and what the checks read of each table, to be left out of its
 * usage (recordOwnReads). What `polder check` and the scheduler share.
 */
import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { CheckConfig, Logger, SourceConfig } from '@polder/runtime';
import type { OwnReads } from '../usage/OwnReads.ts';
import { recordOwnReads } from '../usage/recordOwnReads.ts';
import { checkGraphRows, declaredCheckUrn } from './checkGraphRows.ts';
import { readCrawledTableNames } from './readCrawledTableNames.ts';
import type { CheckRunResult } from './CheckRunResult.ts';
import { runChecks } from './runChecks.ts';
import { writeCheckResults, type CheckWriteCounts } from './writeCheckResults.ts';

export interface CheckRun {
  runId: string;
  results: CheckRunResult[];
  written: CheckWriteCounts;
}

export async function runAndRecordChecks(
  driver: Driver,
  checks: readonly CheckConfig[],
  sources: readonly SourceConfig[],
  options: { logger: Logger; database?: string; env?: NodeJS.ProcessEnv },
): Promise<CheckRun> {
  const runId = randomUUID();
  const ownReads: OwnReads[] = [];
  const crawledTables = await readCrawledTableNames(driver, checks, sources, { database: options.database });
  const results = await runChecks(checks, sources, { env: options.env, logger: options.logger, ownReads, crawledTables });
  const written = await writeCheckResults(driver, checkGraphRows(results, checks, runId), { database: options.database });
  await recordOwnReads(driver, ownReads, { database: options.database });
  if (written.missingTargets > 0) {
    const unplaced = checks.filter((check) => written.checksMissingTargets.includes(declaredCheckUrn(check)));
    const named = unplaced.map((check) => `${check.id} (${check.dataset}${'column' in check && check.column ? `.${check.column}` : ''})`);
    options.logger.warn(
      { runId, missingTargets: written.missingTargets },
      `${written.missingTargets} check(s) point at a dataset or column the graph does not hold: ${named.join(', ')}; crawl their sources, or correct the names in polder.yaml`,
    );
  }
  return { runId, results, written };
}
