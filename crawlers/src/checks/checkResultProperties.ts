/**
 * The properties of one CheckResult node, the same for Polder's own checks
 * (checkGraphRows.ts) and for contract rules (contractResultRows.ts), so the API
 * shows both alike. Property names follow the dbt crawler's: `outcome`,
 * `message`, `evaluatedAt`, `durationSeconds` and `invocationId` (the run), plus
 * `observedValue` and `sampled`. Pure.
 */
import type { PropertyMap } from '@polder/graph-schema';
import type { CheckRunResult } from './CheckRunResult.ts';

export type JudgedResult = Pick<CheckRunResult, 'outcome' | 'observedValue' | 'message' | 'evaluatedAt' | 'durationMs' | 'sampled'>;

export function checkResultProperties(result: JudgedResult, runId: string): PropertyMap {
  return {
    outcome: result.outcome,
    observedValue: result.observedValue,
    message: result.message,
    evaluatedAt: result.evaluatedAt,
    durationSeconds: result.durationMs / 1000,
    invocationId: runId,
    sampled: result.sampled,
  };
}
