/**
 * One run's results → the rows writeCheckResults sends in one UNWIND. Pure.
 *
 * Property names follow the dbt crawler's, so the API shows Polder's checks and
 * dbt's tests the same way: a QualityCheck has `name`, `kind`, `column`,
 * `description`; a CheckResult has the properties of checkResultProperties.ts.
 * The run declares these checks, so each row carries its check (`declaredCheck`).
 *
 *   urn:polder:qualityCheck:(polder,rentals-db,orders-not-empty)
 *   urn:polder:checkResult:(polder,rentals-db,orders-not-empty,<run id>)
 *   urn:polder:incident:(polder,rentals-db,orders-not-empty,<id of the run that opened it>)
 */
import { formatUrn, type PropertyMap } from '@polder/graph-schema';
import type { CheckConfig } from '@polder/runtime';
import { checkResultProperties } from './checkResultProperties.ts';
import type { CheckRunResult } from './CheckRunResult.ts';
import type { CheckResultRow } from './writeCheckResults.ts';

export const CHECK_PROVIDER_PREFIX = 'check:';

/** Who wrote a check's nodes: the checks of one source, as `dbt:<id>` names a dbt source's crawl. */
export function checkProvider(sourceId: string): string {
  return `${CHECK_PROVIDER_PREFIX}${sourceId}`;
}

/** The QualityCheck of a check polder.yaml declares. */
export function declaredCheckUrn(check: Pick<CheckConfig, 'source' | 'id'>): string {
  return formatUrn('qualityCheck', 'polder', check.source, check.id);
}

export interface CheckGraphRow extends CheckResultRow {
  checkId: string;
}

export function checkGraphRows(results: readonly CheckRunResult[], checks: readonly CheckConfig[], runId: string): CheckGraphRow[] {
  const byId = new Map(checks.map((check) => [check.id, check]));
  return results.map((result) => {
    const check = byId.get(result.checkId);
    if (!check) throw new Error(`result of check ${result.checkId}, which is not among the checks run`);
    const parts = ['polder', check.source, check.id] as const;
    // The Dataset, and the Field for a column check: what the check CHECKS, what an incident is ABOUT and whose trust it moves.
    const targetUrns = [result.datasetUrn, result.fieldUrn].filter((urn): urn is string => urn !== null);
    return {
      checkId: check.id,
      checkUrn: declaredCheckUrn(check),
      provider: checkProvider(check.source),
      outcome: result.outcome,
      declaredCheck: { properties: checkProperties(check), targetUrns },
      resultUrn: formatUrn('checkResult', ...parts, runId),
      resultProps: checkResultProperties(result, runId),
      incidentUrn: formatUrn('incident', ...parts, runId),
      incidentTitle: `${check.id} is failing on ${check.dataset}${'column' in check && check.column ? `.${check.column}` : ''}`,
      aboutUrns: targetUrns,
      assessedUrns: targetUrns,
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
