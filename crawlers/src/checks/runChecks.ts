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
import { checkTarget, type CheckableSource, type CheckTarget } from './checkTarget.ts';
import { evaluateCheck } from './evaluateCheck.ts';
import { observeCheck } from './observeCheck.ts';

export interface RunChecksOptions {
  env?: NodeJS.ProcessEnv;
  logger?: Logger;
}

export async function runChecks(checks: readonly CheckConfig[], sources: readonly SourceConfig[], options: RunChecksOptions = {}): Promise<CheckRunResult[]> {
  const results: CheckRunResult[] = [];
  for (const check of checks) {
    const result = await runCheck(check, sources, options.env ?? process.env);
    options.logger?.info({ check: check.id, source: check.source, outcome: result.outcome, observedValue: result.observedValue, durationMs: result.durationMs }, `check ${check.id}: ${result.outcome} ${result.message}`);
    results.push(result);
  }
  return results;
}

async function runCheck(check: CheckConfig, sources: readonly SourceConfig[], env: NodeJS.ProcessEnv): Promise<CheckRunResult> {
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
    target = checkTarget(check, source);
    const observation = await withTimeout(check.timeoutMs, (signal) => observeCheck(check, source, target!, { env, signal }));
    const verdict = evaluateCheck(check, observation.value);
    const message = observation.sampled ? `${verdict.message}, in a sample of about ${(check as { sampleRows: number }).sampleRows.toLocaleString('en-US')} rows` : verdict.message;
    return result(verdict.outcome, observation.value, message, observation.sampled);
  } catch (error) {
    return result('ERROR', null, errorReason(error, check.timeoutMs));
  }
}

function isCheckable(source: SourceConfig): source is CheckableSource {
  return source.kind === 'postgres' || source.kind === 'mysql' || source.kind === 'sqlite';
}

class CheckTimeoutError extends Error {
  override name = 'CheckTimeoutError';
}

/** Runs `work`, aborting it (and rejecting) once `timeoutMs` has passed. */
async function withTimeout<T>(timeoutMs: number, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new CheckTimeoutError());
    }, timeoutMs);
  });
  const running = work(controller.signal);
  // Once timed out, the aborted work still settles (its connection closed under it); that late failure is expected.
  running.catch(() => {});
  try {
    return await Promise.race([running, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

// The stores' own "statement timeout" errors: PostgreSQL 57014, MariaDB 1969, MySQL 3024.
const STATEMENT_TIMEOUT_CODES = new Set(['57014', 'ER_STATEMENT_TIMEOUT', 'ER_QUERY_TIMEOUT', 1969, 3024]);

function errorReason(error: unknown, timeoutMs: number): string {
  const { code, errno, message } = error as { code?: string; errno?: number; message?: string };
  if (error instanceof CheckTimeoutError || STATEMENT_TIMEOUT_CODES.has(code ?? '') || STATEMENT_TIMEOUT_CODES.has(errno ?? -1)) {
    return `timed out after ${timeoutMs.toLocaleString('en-US')} ms`;
  }
  return message ?? String(error);
}
