/**
 * One run's results → the rows writeCheckResults sends in one UNWIND. Pure.
 *
 * Property names follow the dbt crawler's, so the API shows Polder's checks and
 * dbt's tests the same way: a QualityCheck has `name`, `kind`, `column`,
 * `description`; a CheckResult has `outcome`, `message`, `evaluatedAt`,
 * `durationSeconds` and `invocationId` (the run), plus `observedValue`.
 *
 *   urn:polder:qualityCheck:(polder,rentals-db,orders-not-empty)
 *   urn:polder:checkResult:(polder,rentals-db,orders-not-empty,<run id>)
 *   urn:polder:incident:(polder,rentals-db,orders-not-empty,<id of the run that opened it>)
 */
import { formatUrn, type PropertyMap } from '@polder/graph-schema';
import type { CheckConfig } from '@polder/runtime';
import type { CheckOutcome, CheckRunResult } from './CheckRunResult.ts';

/** Who wrote a check's nodes: the checks of one source, as `dbt:<id>` names a dbt source's crawl. */
export function checkProvider(sourceId: string): string {
  return `check:${sourceId}`;
}

export interface CheckGraphRow {
  checkId: string;
  provider: string;
  outcome: CheckOutcome;
  checkUrn: string;
  checkProps: PropertyMap;
  /** The Dataset, and the Field for a column check: what the check CHECKS and an incident is ABOUT. */
  targetUrns: string[];
  resultUrn: string;
  resultProps: PropertyMap;
  /** Used only if this run opens an incident. */
  incidentUrn: string;
  incidentTitle: string;
}

export function checkGraphRows(results: readonly CheckRunResult[], checks: readonly CheckConfig[], runId: string): CheckGraphRow[] {
  const byId = new Map(checks.map((check) => [check.id, check]));
  return results.map((result) => {
    const check = byId.get(result.checkId);
    if (!check) throw new Error(`result of check ${result.checkId}, which is not among the checks run`);
    const parts = ['polder', check.source, check.id] as const;
    return {
      checkId: check.id,
      provider: checkProvider(check.source),
      outcome: result.outcome,
      checkUrn: formatUrn('qualityCheck', ...parts),
      checkProps: checkProperties(check),
      targetUrns: [result.datasetUrn, result.fieldUrn].filter((urn): urn is string => urn !== null),
      resultUrn: formatUrn('checkResult', ...parts, runId),
      resultProps: {
        outcome: result.outcome,
        observedValue: result.observedValue,
        message: result.message,
        evaluatedAt: result.evaluatedAt,
        durationSeconds: result.durationMs / 1000,
        invocationId: runId,
        sampled: result.sampled,
      },
      incidentUrn: formatUrn('incident', ...parts, runId),
      incidentTitle: `${check.id} is failing on ${check.dataset}${'column' in check && check.column ? `.${check.column}` : ''}`,
    };
  });
}

/** What the check is, as declared; thresholds keep their polder.yaml names. */
function checkProperties(check: CheckConfig): PropertyMap {
  const common: PropertyMap = {
    name: check.id,
    kind: check.kind,
    column: ('column' in check ? check.column : undefined) ?? null,
    description: check.description ?? null,
    engine: 'polder',
    sourceId: check.source,
    dataset: check.dataset,
    schedule: check.schedule ?? null,
    timeoutMs: check.timeoutMs,
    sampleRows: ('sampleRows' in check ? check.sampleRows : undefined) ?? null,
  };
  switch (check.kind) {
    case 'rowCount':
      return { ...common, min: check.min ?? null, max: check.max ?? null };
    case 'freshness':
      return { ...common, maxAgeMinutes: check.maxAgeMinutes };
    case 'nullFraction':
      return { ...common, max: check.max };
    case 'uniqueness':
      return { ...common, maxDuplicates: check.maxDuplicates };
    case 'acceptedValues':
      // A Neo4j list holds one type: values as text, as they read in polder.yaml.
      return { ...common, values: check.values.map(String) };
    case 'customSql':
      return { ...common, query: check.sql, min: check.min ?? null, max: check.max ?? null };
  }
}
