/**
 * The outcome of each dbt test in run_results.json → a CheckResult node, RESULT_OF
 * its QualityCheck. The URN holds dbt's invocation id, so re-crawling the same
 * run_results.json rewrites nothing and the next run's results are new nodes.
 */
import { formatUrn, InvalidUrnError } from '@polder/graph-schema';
import { executedAt, type ExecutedRunResults } from './executedRunResults.ts';
import { dbtWhere, type DbtMapContext, type SnapshotPart } from './mapContext.ts';

// dbt's test statuses. "success" is not one: it is what compile-only commands report.
const OUTCOMES: Record<string, string> = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', error: 'ERROR', skipped: 'SKIPPED' };

/** `checkUrns` maps a test's unique_id to its QualityCheck. */
export function mapCheckResults(executed: ExecutedRunResults | null, checkUrns: Map<string, string>, context: DbtMapContext): SnapshotPart {
  const part: SnapshotPart = { nodes: [], edges: [], warnings: [] };
  if (!executed) return part;
  for (const [uniqueId, checkUrn] of checkUrns) {
    const result = executed.byUniqueId.get(uniqueId);
    // Own keys only: a status such as "constructor" must not find Object.prototype's.
    const outcome = result && Object.hasOwn(OUTCOMES, result.status) ? OUTCOMES[result.status] : undefined;
    if (!result || !outcome) continue;
    let urn: string;
    try {
      urn = formatUrn('checkResult', 'dbt', context.sourceId, uniqueId, executed.invocationId);
    } catch (error) {
      if (!(error instanceof InvalidUrnError)) throw error;
      part.warnings.push({ where: dbtWhere(context, uniqueId), message: `Skipped result: ${error.message}` });
      continue;
    }
    part.nodes.push({
      label: 'CheckResult',
      urn,
      properties: {
        outcome,
        failures: result.failures ?? null,
        message: result.message || null,
        // A result's history is read by its check and time (migration 014): a result without timing takes its run's.
        evaluatedAt: executedAt(result) ?? executed.generatedAt,
        durationSeconds: result.execution_time ?? null,
        invocationId: executed.invocationId,
      },
    });
    part.edges.push({ type: 'RESULT_OF', from: urn, to: checkUrn });
  }
  return part;
}
