/**
 * One run's contract rule results → the rows writeContractCheckResults sends in
 * one UNWIND. Pure. Skipped rules have no row: nothing ran, and a rule Polder
 * can never run (a text rule) would otherwise add a result every run.
 *
 * A result and an incident are keyed under the contract's QualityCheck and the
 * run, so a rerun adds a result (history) and never another check:
 *
 *   urn:polder:checkResult:(<the rule's qualityCheck urn>,<run id>)
 *   urn:polder:incident:(<the rule's qualityCheck urn>,<id of the run that opened it>)
 *
 * Property names are those of Polder's own check results (checkGraphRows.ts), so
 * the API shows them alike; `ranOn` adds the crawled tables the rule ran on.
 */
import { formatUrn, parseUrn, type PropertyMap } from '@polder/graph-schema';
import type { ContractRuleResult } from './runContractRules.ts';

/** Who wrote a contract rule's results and incidents: not the contract crawl (`contract:<id>`), whose run would remove them. */
export function contractCheckProvider(contractSourceId: string): string {
  return `contract-check:${contractSourceId}`;
}

export interface ContractResultRow {
  checkUrn: string;
  provider: string;
  outcome: 'PASS' | 'FAIL' | 'ERROR';
  resultUrn: string;
  resultProps: PropertyMap;
  /** Used only if this run opens an incident. */
  incidentUrn: string;
  incidentTitle: string;
  /** What a new incident is ABOUT: the contract's dataset (and field), and the crawled tables (and columns) where the rule failed. */
  aboutUrns: string[];
  /** Whose trust and policies a new result may move. */
  assessedUrns: string[];
}

export function contractResultRows(results: readonly ContractRuleResult[], runId: string): ContractResultRow[] {
  return results.flatMap((result) => {
    if (result.outcome === 'SKIPPED') return [];
    const check = parseUrn(result.checkUrn);
    return [
      {
        checkUrn: result.checkUrn,
        provider: contractCheckProvider(result.contractSource),
        outcome: result.outcome,
        resultUrn: formatUrn('checkResult', check, runId),
        resultProps: {
          outcome: result.outcome,
          observedValue: result.observedValue,
          message: result.message,
          evaluatedAt: result.evaluatedAt,
          durationSeconds: result.durationMs / 1000,
          invocationId: runId,
          sampled: result.sampled,
          ranOn: result.ranOn.length > 0 ? result.ranOn : null,
        },
        incidentUrn: formatUrn('incident', check, runId),
        incidentTitle: `${result.label} is failing`,
        aboutUrns: [...new Set([...result.contractUrns, ...result.failedOn])],
        assessedUrns: [...new Set([...result.contractUrns, ...result.ranOn])],
      },
    ];
  });
}
