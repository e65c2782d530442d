/**
 * Runs quality checks against their sources and returns one result per check.
 * It never throws for a check: a query that fails, a source that cannot be
 * reached, a secret that is missing or a timeout becomes an ERROR result with
 * the reason, and the other checks still run.
 *
 * Checks run one after the other: they are read queries on domains' production
 * stores, and one at a time keeps Polder's load on a store predictable.
 */
import type { CheckConfig, Logger, SourceConfig } from '@polder/runtime';
import type { CheckRunResult } from './CheckRunResult.ts';
import { checkTarget, type CheckableSource, type CheckTarget, type CrawledTableNames } from './checkTarget.ts';
import { evaluateCheck } from './evaluateCheck.ts';
import { observeCheck } from './observeCheck.ts';
import { checkErrorReason } from './checkErrorReason.ts';
import { withTimeout } from './withTimeout.ts';
import type { OwnReads } from '../usage/OwnReads.ts';

export interface RunChecksOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
  /** Receives what the checks read of each table (usage/OwnReads.ts). */
  ownReads?: OwnReads[];
  /**
   * Where each crawled dataset's name splits into schema and table (readCrawledTableNames.ts); a
   * dataset not in it is split at the first dot, which is wrong when its schema's name holds a dot.
   */
  crawledTables?: CrawledTableNames;
}

export async function runChecks(checks: readonly CheckConfig[], sources: readonly SourceConfig[], options: RunChecksOptions = {}): Promise<CheckRunResult[]> {
  const results: CheckRunResult[] = [];
  for (const check of checks) {
    const result = await runCheck(check, sources, options.env ?? process.env, options.ownReads ?? [], options.crawledTables);
    options.logger?.info({ check: check.id, source: check.source, outcome: result.outcome, observedValue: result.observedValue, durationMs: result.durationMs }, `check ${check.id}: ${result.outcome} ${result.message}`);
    results.push(result);
  }
  return results;
}

async function runCheck(check: CheckConfig, sources: readonly SourceConfig[], env: NodeJS.ProcessEnv, ownReads: OwnReads[], crawledTables?: CrawledTableNames): Promise<CheckRunResult> {
  const started = performance.now();
  let target: CheckTarget | undefined;
  const result = (outcome: CheckRunResult['outcome'], observedValue: number | null, message: string, sampled = false): CheckRunResult => ({
    checkId: check.id,
    sourceId: check.source,
    kind: check.kind,
    outcome,
    observedValue,
    message,
    evaluatedAt: new Date().toISOString(),
    durationMs: Math.round(performance.now() - started),
    sampled,
    datasetUrn: target?.datasetUrn ?? null,
    fieldUrn: target?.fieldUrn ?? null,
  });
  try {
    const source = sources.find((candidate) => candidate.id === check.source);
    if (!source || !isCheckable(source)) return result('ERROR', null, `source ${check.source} is not a declared postgres, mysql or sqlite source`);
    target = checkTarget(check, source, crawledTables);
    const observation = await withTimeout(check.timeoutMs, (signal) => observeCheck(check, source, target!, { env, signal, ownReads }));
    const verdict = evaluateCheck(check, observation.value);
    const message = observation.sampled ? `${verdict.message}, in a sample of about ${(check as { sampleRows: number }).sampleRows.toLocaleString('en-US')} rows` : verdict.message;
    return result(verdict.outcome, observation.value, message, observation.sampled);
  } catch (error) {
    return result('ERROR', null, checkErrorReason(error, check.timeoutMs));
  }
}

function isCheckable(source: SourceConfig): source is CheckableSource {
  return source.kind === 'postgres' || source.kind === 'mysql' || source.kind === 'sqlite';
}

